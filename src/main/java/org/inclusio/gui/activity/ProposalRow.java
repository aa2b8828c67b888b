package org.inclusio.gui.activity;

import java.time.LocalDate;
import java.util.UUID;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.inclusio.logic.activity.ProposalDraft;
import org.inclusio.logic.person.PersonChoice;
import org.inclusio.model.ProposalOutcome;

/** One proposal of the activity being edited, as editable properties. */
public final class ProposalRow {

    private final UUID id;
    private final ObjectProperty<PersonChoice> proposer = new SimpleObjectProperty<>();
    private final StringProperty content = new SimpleStringProperty("");
    private final ObjectProperty<ProposalOutcome> outcome = new SimpleObjectProperty<>(ProposalOutcome.PENDING);
    private final ObjectProperty<LocalDate> outcomeOn = new SimpleObjectProperty<>();
    private final StringProperty outcomeReason = new SimpleStringProperty("");

    public ProposalRow(ProposalDraft draft) {
        this.id = draft.id();
        if (draft.proposerId() != null) {
            proposer.set(new PersonChoice(draft.proposerId(), draft.proposerCode(), null));
        }
        content.set(draft.content() == null ? "" : draft.content());
        outcome.set(draft.outcome());
        outcomeOn.set(draft.outcomeOn());
        outcomeReason.set(draft.outcomeReason() == null ? "" : draft.outcomeReason());
    }

    public ProposalDraft toDraft() {
        PersonChoice who = proposer.get();
        return new ProposalDraft(id, who == null ? null : who.id(), who == null ? null : who.code(), content.get(),
                outcome.get(), outcomeOn.get(), outcomeReason.get());
    }

    public Observable[] observables() {
        return new Observable[] {proposer, content, outcome, outcomeOn, outcomeReason};
    }

    public ObjectProperty<PersonChoice> proposerProperty() {
        return proposer;
    }

    public StringProperty contentProperty() {
        return content;
    }

    public ObjectProperty<ProposalOutcome> outcomeProperty() {
        return outcome;
    }

    public ObjectProperty<LocalDate> outcomeOnProperty() {
        return outcomeOn;
    }

    public StringProperty outcomeReasonProperty() {
        return outcomeReason;
    }
}
