package org.inclusio.logic.workshop;

import java.util.UUID;
import org.inclusio.model.ProposalOutcome;

/**
 * A proposal noted in a live workshop.
 *
 * @param id           the stored proposal
 * @param proposerId   who proposed it, or null
 * @param proposerCode the proposer's code, or null
 * @param content      what was proposed
 * @param outcome      what became of it; pending unless set in the review
 */
public record WorkshopProposal(UUID id, UUID proposerId, String proposerCode, String content,
                               ProposalOutcome outcome) {
}
