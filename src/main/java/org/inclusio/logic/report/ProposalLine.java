package org.inclusio.logic.report;

import java.time.LocalDate;
import org.inclusio.model.ProposalOutcome;

/**
 * A proposal as "you said, we did" lists it: what was proposed, where, and what became of it; never who
 * proposed it.
 *
 * @param heldOn    the day of the activity it was made at
 * @param activity  the activity's title
 * @param team      the activity's team, or null
 * @param content   what was proposed
 * @param outcome   what became of it
 * @param outcomeOn when that was decided, or null
 * @param reason    why, as recorded, or null
 */
public record ProposalLine(LocalDate heldOn, String activity, String team, String content, ProposalOutcome outcome,
                           LocalDate outcomeOn, String reason) {
}
