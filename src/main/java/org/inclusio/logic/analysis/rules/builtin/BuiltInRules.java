package org.inclusio.logic.analysis.rules.builtin;

import java.util.List;
import org.inclusio.logic.analysis.rules.ExclusionRule;

/**
 * The exclusion rules the program comes with, external exclusion (no place) first, then internal
 * exclusion (no say). Their patterns come from Eriksson (2021) and Young (2000) as summarised in
 * each rule's source text.
 */
public final class BuiltInRules {

    private BuiltInRules() {
    }

    /** A fresh list of every built-in rule, in a stable order. */
    public static List<ExclusionRule> all() {
        return List.of(
                new AbsentGroupRule(),
                new TokenismRule(),
                new HandPickedRule(),
                new UnlikePopulationRule(),
                new RepeatedAbsenceRule(),
                new LongUnpaidMeetingRule(),
                new SpeakingShareRule(),
                new ProfessionalDominanceRule(),
                new PendingProposalsRule(),
                new ProposalsNeverAdoptedRule(),
                new LowHeardRatingRule(),
                new TopicsAvoidedRule(),
                new CommentOnlyRule());
    }
}
