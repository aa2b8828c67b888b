package org.inclusio.logic.activity;

import java.time.LocalDate;
import java.util.UUID;
import org.inclusio.model.ProposalOutcome;

/**
 * A proposal made at an activity and what became of it, as the editor holds it.
 *
 * @param id            the stored proposal, or null for a new one
 * @param proposerId    who proposed it (an attendee), or null when not known
 * @param proposerCode  the proposer's code (for display), or null
 * @param content       what was proposed
 * @param outcome       adopted, partly adopted, rejected or pending
 * @param outcomeOn     when the outcome was decided, or null while pending
 * @param outcomeReason why, or null
 */
public record ProposalDraft(UUID id, UUID proposerId, String proposerCode, String content, ProposalOutcome outcome,
                            LocalDate outcomeOn, String outcomeReason) {
}
