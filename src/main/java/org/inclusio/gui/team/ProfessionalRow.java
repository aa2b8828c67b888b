package org.inclusio.gui.team;

import java.time.LocalDate;
import java.util.UUID;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.inclusio.logic.team.ProfessionalDraft;
import org.inclusio.model.CareLevel;

/** One professional on the team being edited, as editable properties. */
public final class ProfessionalRow {

    private final UUID personId;
    private final String personCode;
    private final StringProperty profession = new SimpleStringProperty("");
    private final StringProperty areaOfCare = new SimpleStringProperty("");
    private final ObjectProperty<CareLevel> careLevel = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> joinedOn = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> leftOn = new SimpleObjectProperty<>();

    public ProfessionalRow(ProfessionalDraft draft) {
        personId = draft.personId();
        personCode = draft.personCode();
        profession.set(draft.profession() == null ? "" : draft.profession());
        areaOfCare.set(draft.areaOfCare() == null ? "" : draft.areaOfCare());
        careLevel.set(draft.careLevel());
        joinedOn.set(draft.joinedOn());
        leftOn.set(draft.leftOn());
    }

    public ProfessionalDraft toDraft() {
        return new ProfessionalDraft(personId, personCode, emptyToNull(profession.get()), emptyToNull(areaOfCare.get()),
                careLevel.get(), joinedOn.get(), leftOn.get());
    }

    static String emptyToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** Everything whose change alters the row. */
    public Observable[] observables() {
        return new Observable[] {profession, areaOfCare, careLevel, joinedOn, leftOn};
    }

    public UUID personId() {
        return personId;
    }

    public String personCode() {
        return personCode;
    }

    public StringProperty professionProperty() {
        return profession;
    }

    public StringProperty areaOfCareProperty() {
        return areaOfCare;
    }

    public ObjectProperty<CareLevel> careLevelProperty() {
        return careLevel;
    }

    public ObjectProperty<LocalDate> joinedOnProperty() {
        return joinedOn;
    }

    public ObjectProperty<LocalDate> leftOnProperty() {
        return leftOn;
    }
}
