package org.inclusio.gui.team;

import java.time.LocalDate;
import java.util.UUID;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.inclusio.logic.team.LayMemberDraft;
import org.inclusio.model.PersonRole;
import org.inclusio.model.RecruitmentRoute;

/** One lay member on the team being edited: role and recruitment route shown, tenure editable. */
public final class LayMemberRow {

    private final UUID personId;
    private final String personCode;
    private final PersonRole role;
    private final RecruitmentRoute recruitmentRoute;
    private final ObjectProperty<LocalDate> joinedOn = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> leftOn = new SimpleObjectProperty<>();

    public LayMemberRow(LayMemberDraft draft) {
        personId = draft.personId();
        personCode = draft.personCode();
        role = draft.role();
        recruitmentRoute = draft.recruitmentRoute();
        joinedOn.set(draft.joinedOn());
        leftOn.set(draft.leftOn());
    }

    public LayMemberDraft toDraft() {
        return new LayMemberDraft(personId, personCode, role, recruitmentRoute, joinedOn.get(), leftOn.get());
    }

    /** Everything whose change alters the row. */
    public Observable[] observables() {
        return new Observable[] {joinedOn, leftOn};
    }

    public UUID personId() {
        return personId;
    }

    public String personCode() {
        return personCode;
    }

    public PersonRole role() {
        return role;
    }

    public RecruitmentRoute recruitmentRoute() {
        return recruitmentRoute;
    }

    public ObjectProperty<LocalDate> joinedOnProperty() {
        return joinedOn;
    }

    public ObjectProperty<LocalDate> leftOnProperty() {
        return leftOn;
    }
}
