package org.inclusio.gui.activity;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.inclusio.logic.activity.ParticipationDraft;
import org.inclusio.model.AttendanceStatus;
import org.inclusio.model.InvitationChannel;
import org.inclusio.model.PersonRole;

/** One participant of the activity being edited, as editable properties. */
public final class ParticipantRow {

    private final UUID personId;
    private final String personCode;
    private final BooleanProperty invited = new SimpleBooleanProperty();
    private final ObjectProperty<LocalDate> invitedOn = new SimpleObjectProperty<>();
    private final ObjectProperty<InvitationChannel> channel = new SimpleObjectProperty<>();
    private final ObservableSet<UUID> accommodationsOffered = FXCollections.observableSet();
    private final ObjectProperty<AttendanceStatus> attendance = new SimpleObjectProperty<>();
    private final StringProperty absenceReason = new SimpleStringProperty("");
    private final ObservableSet<UUID> barriersMet = FXCollections.observableSet();
    private final IntegerProperty speakingTurns = new SimpleIntegerProperty();
    private final IntegerProperty questions = new SimpleIntegerProperty();
    private final ObjectProperty<Integer> heardRating = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> expressRating = new SimpleObjectProperty<>();
    /** The person's role, for showing lay or staff; not part of the participation, so not in the draft. */
    private final ObjectProperty<PersonRole> role = new SimpleObjectProperty<>();

    public ParticipantRow(ParticipationDraft draft) {
        this.personId = draft.personId();
        this.personCode = draft.personCode();
        invited.set(draft.invited());
        invitedOn.set(draft.invitedOn());
        channel.set(draft.channel());
        accommodationsOffered.addAll(draft.accommodationsOffered());
        attendance.set(draft.attendance());
        absenceReason.set(draft.absenceReason() == null ? "" : draft.absenceReason());
        barriersMet.addAll(draft.barriersMet());
        speakingTurns.set(draft.speakingTurns());
        questions.set(draft.questions());
        heardRating.set(draft.heardRating());
        expressRating.set(draft.expressRating());
    }

    public ParticipationDraft toDraft() {
        return new ParticipationDraft(personId, personCode, invited.get(), invitedOn.get(), channel.get(),
                new HashSet<>(accommodationsOffered), attendance.get(), absenceReason.get(),
                new HashSet<>(barriersMet), speakingTurns.get(), questions.get(), heardRating.get(), expressRating.get());
    }

    /** Everything whose change alters the row. */
    public Observable[] observables() {
        return new Observable[] {invited, invitedOn, channel, accommodationsOffered, attendance, absenceReason,
            barriersMet, speakingTurns, questions, heardRating, expressRating};
    }

    /**
     * Counts one more speaking turn; a person whose attendance is not yet recorded has attended. A
     * person recorded as not attending keeps that record: the caller asks the user first and calls
     * {@link #markAttended()} when told so.
     */
    public void addSpeakingTurn() {
        attendIfUnknown();
        speakingTurns.set(speakingTurns.get() + 1);
    }

    /** Counts one more question, like {@link #addSpeakingTurn()}. */
    public void addQuestion() {
        attendIfUnknown();
        questions.set(questions.get() + 1);
    }

    /** Whether the person is recorded as having declined or not come. */
    public boolean recordedAsAbsent() {
        AttendanceStatus status = attendance.get();
        return status != null && status != AttendanceStatus.ATTENDED;
    }

    /** Records the person as having attended (and drops a reason for absence). */
    public void markAttended() {
        attendance.set(AttendanceStatus.ATTENDED);
        absenceReason.set("");
    }

    private void attendIfUnknown() {
        if (attendance.get() == null) {
            attendance.set(AttendanceStatus.ATTENDED);
        }
    }

    /** The person's role, or null while it is being read. */
    public ObjectProperty<PersonRole> roleProperty() {
        return role;
    }

    public UUID personId() {
        return personId;
    }

    public String personCode() {
        return personCode;
    }

    public BooleanProperty invitedProperty() {
        return invited;
    }

    public ObjectProperty<LocalDate> invitedOnProperty() {
        return invitedOn;
    }

    public ObjectProperty<InvitationChannel> channelProperty() {
        return channel;
    }

    public ObservableSet<UUID> accommodationsOffered() {
        return accommodationsOffered;
    }

    public ObjectProperty<AttendanceStatus> attendanceProperty() {
        return attendance;
    }

    public StringProperty absenceReasonProperty() {
        return absenceReason;
    }

    public ObservableSet<UUID> barriersMet() {
        return barriersMet;
    }

    public IntegerProperty speakingTurnsProperty() {
        return speakingTurns;
    }

    public IntegerProperty questionsProperty() {
        return questions;
    }

    public ObjectProperty<Integer> heardRatingProperty() {
        return heardRating;
    }

    public ObjectProperty<Integer> expressRatingProperty() {
        return expressRating;
    }

    /** For tests and the table: the set of accommodations offered, as a plain set. */
    public Set<UUID> offered() {
        return Set.copyOf(accommodationsOffered);
    }
}
