package org.inclusio.logic.analysis.rules.builtin;

import java.time.LocalDate;
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
 * Proposals left hanging: proposals by lay people at a team's activities without an outcome more than
 * {@code maxPendingDays} days after the activity. Measured at the rule's reference date (the end of
 * the analysed period, or today for an open period): a proposal counts when it was held before that
 * date minus the days and had no outcome on that date (still PENDING, or decided only later). One
 * finding per team; the activities without a team are judged together, as one finding without a
 * team (over the whole region, or the filter's organisation). Evidence: those proposals.
 */
final class PendingProposalsRule implements ExclusionRule {

    static final String CODE = "PROPOSALS_PENDING";
    static final String MAX_PENDING_DAYS = "maxPendingDays";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.of(CODE, ExclusionKind.INTERNAL, Severity.LOW,
            ParameterDefinition.integer(MAX_PENDING_DAYS, 90, 0));

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Finding> evaluate(RuleContext context) {
        int days = context.parameters().integer(MAX_PENDING_DAYS);
        List<Pending> rows = AnalysisQuery.of("select a.team_id, pr.id, a.held_on from proposal pr"
                        + " join activity a on a.id = pr.activity_id join person p on p.id = pr.proposer_id"
                        + " where " + pendingOn("pr") + " and a.held_on < :pending_cutoff"
                        + " and " + AnalysisSql.lay("p"))
                .bind("pending_cutoff", context.referenceDate().minusDays(days))
                .bind("reference_date", context.referenceDate())
                .and(context.activities().on("a"))
                .append(" order by a.team_id, a.held_on, pr.id")
                .list(context.aggregates(), (rs, row) -> new Pending(rs.getObject("team_id", UUID.class),
                        rs.getObject("id", UUID.class), rs.getObject("held_on", LocalDate.class)));
        Map<UUID, List<Pending>> byTeam = new LinkedHashMap<>();
        rows.forEach(row -> byTeam.computeIfAbsent(row.teamId(), id -> new ArrayList<>()).add(row));
        List<Finding> findings = new ArrayList<>();
        byTeam.forEach((teamId, pending) -> findings.add(context.finding(teamId, null, null,
                pending.stream().map(Pending::proposalId).toList(), context.count(pending.size()), days,
                pending.get(0).heldOn())));
        return findings;
    }

    /**
     * The proposal behind alias {@code pr} had no outcome on the reference date bound as
     * {@code :reference_date}: it is still pending, or its outcome was given after that date.
     */
    static String pendingOn(String pr) {
        return "(" + pr + ".outcome = 'PENDING' or " + pr + ".outcome_on > :reference_date)";
    }

    private record Pending(UUID teamId, UUID proposalId, LocalDate heldOn) {
    }
}
