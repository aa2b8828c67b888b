package org.inclusio.gui.workshop;

import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.inclusio.logic.workshop.WorkshopProposal;
import org.inclusio.model.ProposalOutcome;

/** A proposal noted in the live workshop, as the closing review shows and edits it. */
public final class ProposalItem {

    private final UUID id;
    private final String proposerCode;
    private final StringProperty content = new SimpleStringProperty();
    private final ObjectProperty<ProposalOutcome> outcome = new SimpleObjectProperty<>();

    ProposalItem(WorkshopProposal proposal) {
        this.id = proposal.id();
        this.proposerCode = proposal.proposerCode() == null ? "" : proposal.proposerCode();
        content.set(proposal.content());
        outcome.set(proposal.outcome());
    }

    public UUID id() {
        return id;
    }

    public String proposerCode() {
        return proposerCode;
    }

    public StringProperty contentProperty() {
        return content;
    }

    public ObjectProperty<ProposalOutcome> outcomeProperty() {
        return outcome;
    }
}
