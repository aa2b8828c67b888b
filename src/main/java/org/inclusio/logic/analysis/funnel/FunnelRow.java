package org.inclusio.logic.analysis.funnel;

import org.inclusio.logic.analysis.Count;
import org.inclusio.logic.analysis.GroupRef;

/**
 * The participation funnel of one disadvantaged group, or of all lay participants: distinct lay people
 * per stage, each count passed through the suppression policy. Stages are counted independently
 * (someone who came without an invitation counts as attended, not as invited).
 *
 * @param group    the group, or null for all lay participants
 * @param invited  distinct people invited
 * @param attended distinct people who attended
 * @param spoke    distinct people with at least one speaking turn
 * @param proposed distinct people who made at least one proposal
 * @param adopted  distinct people with at least one proposal adopted or partly adopted
 */
public record FunnelRow(GroupRef group, Count invited, Count attended, Count spoke, Count proposed, Count adopted) {

    /** Whether this row covers all lay participants rather than one group. */
    public boolean allLayParticipants() {
        return group == null;
    }

    /** The count of one stage. */
    public Count stage(FunnelStage stage) {
        return switch (stage) {
            case INVITED -> invited;
            case ATTENDED -> attended;
            case SPOKE -> spoke;
            case PROPOSED -> proposed;
            case ADOPTED -> adopted;
        };
    }
}
