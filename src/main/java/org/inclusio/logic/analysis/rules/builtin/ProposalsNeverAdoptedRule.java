package org.inclusio.logic.analysis.rules.builtin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.inclusio.logic.analysis.AnalysisQuery;
import org.inclusio.logic.analysis.AnalysisSql;
import org.inclusio.logic.analysis.rules.ExclusionRule;
import org.inclusio.logic.analysis.rules.Finding;
import org.inclusio.logic.analysis.rules.ParameterDefinition;
import org.inclusio.logic.analysis.rules.RuleContext;
import org.inclusio.logic.analysis.rules.RuleDescriptor;
import org.inclusio.model.ExclusionKind;
import org.inclusio.model.Severity;

/**
 * A team that never takes lay proposals up: at least {@code minDecided} proposals by lay people at
 * its activities are settled, and none of them was adopted, fully or partly. A proposal is settled
 * when it has an outcome, or when it is still without one more than {@code followUpDays} days after
 * its activity (left unanswered counts as not adopted). Measured at the rule's reference date (the
 * end of the analysed period, or today for an open period): an outcome given after that date does not
 * count yet. The activities without a team are judged together, as one finding without a team.
 * Evidence: the settled proposals.
 */
final class ProposalsNeverAdoptedRule implements ExclusionRule {

    static final String CODE = "PROPOSALS_NEVER_ADOPTED";
    static final String MIN_DECIDED = "minDecided";
    static final String FOLLOW_UP_DAYS = "followUpDays";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.of(CODE, ExclusionKind.INTERNAL, Severity.HIGH,
            ParameterDefinition.integer(MIN_DECIDED, 3, 1), ParameterDefinition.integer(FOLLOW_UP_DAYS, 90, 0));

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Finding> evaluate(RuleContext context) {
        int minSettled = context.parameters().integer(MIN_DECIDED);
        int followUpDays = context.parameters().integer(FOLLOW_UP_DAYS);
        String decided = "pr.outcome <> 'PENDING' and (pr.outcome_on is null or pr.outcome_on <= :reference_date)";
        List<Settled> rows = AnalysisQuery.of("select a.team_id, pr.id,"
                        + " case when " + decided + " then 1 else 0 end as decided,"
                        + " case when " + decided + " and pr.outcome in " + AnalysisSql.ADOPTED_OUTCOMES
                        + " then 1 else 0 end as adopted"
                        + " from proposal pr join activity a on a.id = pr.activity_id"
                        + " join person p on p.id = pr.proposer_id where " + AnalysisSql.lay("p")
                        + " and ((" + decided + ") or (" + PendingProposalsRule.pendingOn("pr")
                        + " and a.held_on < :follow_up_cutoff))")
                .bind("reference_date", context.referenceDate())
                .bind("follow_up_cutoff", context.referenceDate().minusDays(followUpDays))
                .and(context.activities().on("a"))
                .append(" order by a.team_id, a.held_on, pr.id")
                .list(context.aggregates(), (rs, row) -> new Settled(rs.getObject("team_id", UUID.class),
                        rs.getObject("id", UUID.class), rs.getInt("decided") == 1, rs.getInt("adopted") == 1));
        Map<UUID, List<Settled>> byTeam = new LinkedHashMap<>();
        rows.forEach(row -> byTeam.computeIfAbsent(row.teamId(), id -> new ArrayList<>()).add(row));
        List<Finding> findings = new ArrayList<>();
        byTeam.forEach((teamId, settled) -> {
            if (settled.size() >= minSettled && settled.stream().noneMatch(Settled::adopted)) {
                long decidedCount = settled.stream().filter(Settled::decided).count();
                findings.add(context.finding(teamId, null, null, settled.stream().map(Settled::proposalId).toList(),
                        context.count(settled.size()), context.part(decidedCount, settled.size()),
                        context.part(settled.size() - decidedCount, settled.size()), followUpDays));
            }
        });
        return findings;
    }

    private record Settled(UUID teamId, UUID proposalId, boolean decided, boolean adopted) {
    }
}
