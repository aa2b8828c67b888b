package org.inclusio.gui.workshop;

import java.util.UUID;
import javafx.beans.Observable;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.inclusio.logic.workshop.WorkshopPerson;
import org.inclusio.model.AttendanceStatus;
import org.inclusio.model.PersonRole;

/** One person in the live workshop as the screen shows them: code, role, check-in and tallies, as stored. */
public final class WorkshopRow {

    private final UUID personId;
    private final String code;
    private final PersonRole role;
    private final boolean invited;
    private final java.util.Set<UUID> groups;
    private final ObjectProperty<AttendanceStatus> attendance = new SimpleObjectProperty<>();
    private final IntegerProperty speakingTurns = new SimpleIntegerProperty();
    private final IntegerProperty questions = new SimpleIntegerProperty();
    private final IntegerProperty proposals = new SimpleIntegerProperty();
    private final ObjectProperty<Integer> heardRating = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> expressRating = new SimpleObjectProperty<>();

    WorkshopRow(WorkshopPerson person, int proposalCount) {
        this.personId = person.personId();
        this.code = person.code();
        this.role = person.role();
        this.invited = person.invited();
        this.groups = person.groups();
        attendance.set(person.attendance());
        speakingTurns.set(person.speakingTurns());
        questions.set(person.questions());
        proposals.set(proposalCount);
        heardRating.set(person.heardRating());
        expressRating.set(person.expressRating());
    }

    Observable[] observables() {
        return new Observable[] {attendance, speakingTurns, questions, proposals};
    }

    public UUID personId() {
        return personId;
    }

    public String code() {
        return code;
    }

    public PersonRole role() {
        return role;
    }

    /** Whether the person takes part as a lay person (not staff). */
    public boolean lay() {
        return role == null || role.isLay();
    }

    /** The groups the person declared, under a consent valid on the day. */
    public java.util.Set<UUID> groups() {
        return groups;
    }

    public boolean invited() {
        return invited;
    }

    public boolean present() {
        return attendance.get() == AttendanceStatus.ATTENDED;
    }

    /** Recorded as having declined or not come. */
    public boolean recordedAsAbsent() {
        return attendance.get() == AttendanceStatus.DECLINED || attendance.get() == AttendanceStatus.NO_SHOW;
    }

    public ObjectProperty<AttendanceStatus> attendanceProperty() {
        return attendance;
    }

    public IntegerProperty speakingTurnsProperty() {
        return speakingTurns;
    }

    public IntegerProperty questionsProperty() {
        return questions;
    }

    public IntegerProperty proposalsProperty() {
        return proposals;
    }

    boolean rated() {
        return heardRating.get() != null || expressRating.get() != null;
    }

    void rated(Integer heard, Integer express) {
        heardRating.set(heard);
        expressRating.set(express);
    }
}
