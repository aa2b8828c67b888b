package org.inclusio.logic.analysis.rules.builtin;

import java.util.ArrayList;
import java.util.List;
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
 * its activities have an outcome, and none of them was adopted, fully or partly. Evidence: the
 * decided proposals.
 */
final class ProposalsNeverAdoptedRule implements ExclusionRule {

    static final String CODE = "PROPOSALS_NEVER_ADOPTED";
    static final String MIN_DECIDED = "minDecided";

    private static final String DECIDED_LAY_PROPOSALS = " from proposal pr join activity a on a.id = pr.activity_id"
            + " join person p on p.id = pr.proposer_id"
            + " where pr.outcome <> 'PENDING' and a.team_id is not null and " + AnalysisSql.lay("p");

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.of(CODE, ExclusionKind.INTERNAL, Severity.HIGH,
            ParameterDefinition.integer(MIN_DECIDED, 3, 1));

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Finding> evaluate(RuleContext context) {
        List<UUID> teams = AnalysisQuery.of("select a.team_id" + DECIDED_LAY_PROPOSALS)
                .and(context.activities().on("a"))
                .append(" group by a.team_id having count(*) >= :min_decided"
                        + " and count(case when pr.outcome in " + AnalysisSql.ADOPTED_OUTCOMES + " then 1 end) = 0")
                .bind("min_decided", context.parameters().integer(MIN_DECIDED))
                .list(context.database(), (rs, row) -> rs.getObject("team_id", UUID.class));
        List<Finding> findings = new ArrayList<>();
        for (UUID teamId : teams) {
            List<UUID> proposals = AnalysisQuery.of("select pr.id" + DECIDED_LAY_PROPOSALS
                            + " and a.team_id = :evidence_team")
                    .bind("evidence_team", teamId)
                    .and(context.activities().on("a")).append(" order by a.held_on, pr.id")
                    .list(context.database(), (rs, row) -> rs.getObject("id", UUID.class));
            findings.add(context.finding(teamId, null, null, proposals, proposals.size()));
        }
        return findings;
    }
}
