package org.inclusio.logic.analysis.rules.builtin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.inclusio.logic.analysis.AnalysisQuery;
import org.inclusio.logic.analysis.AnalysisSql;
import org.inclusio.logic.analysis.SqlCondition;
import org.inclusio.logic.analysis.rules.ExclusionRule;
import org.inclusio.logic.analysis.rules.Finding;
import org.inclusio.logic.analysis.rules.ParameterDefinition;
import org.inclusio.logic.analysis.rules.RuleContext;
import org.inclusio.logic.analysis.rules.RuleDescriptor;
import org.inclusio.model.ExclusionKind;
import org.inclusio.model.Severity;

/**
 * Hand-picked representatives ("alibi", "hostage"): a team whose lay members were chosen by staff
 * ({@code HAND_PICKED}) at a share of at least {@code minHandPickedShare} (default 1: all of them).
 * Evidence: the hand-picked lay seats.
 */
final class HandPickedRule implements ExclusionRule {

    static final String CODE = "HAND_PICKED";
    static final String MIN_HAND_PICKED_SHARE = "minHandPickedShare";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.of(CODE, ExclusionKind.EXTERNAL,
            Severity.MEDIUM, ParameterDefinition.decimal(MIN_HAND_PICKED_SHARE, "1", "0", "1"));

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Finding> evaluate(RuleContext context) {
        double minShare = context.parameters().decimal(MIN_HAND_PICKED_SHARE);
        List<TeamRecruitment> teams = AnalysisQuery.of("select tm.team_id, count(*) as lay,"
                        + " count(case when p.recruitment_route = 'HAND_PICKED' then 1 end) as picked"
                        + " from team_membership tm join process_team t on t.id = tm.team_id"
                        + " join person p on p.id = tm.person_id where " + AnalysisSql.lay("p"))
                .and(context.teams().on("t")).and(context.window().on("tm"))
                .append(" group by tm.team_id")
                .list(context.aggregates(), (rs, row) -> new TeamRecruitment(rs.getObject("team_id", UUID.class),
                        rs.getLong("lay"), rs.getLong("picked")));
        Map<UUID, List<UUID>> pickedSeats = Evidence.laySeats(context,
                new SqlCondition("p.recruitment_route = 'HAND_PICKED'", Map.of()));
        List<Finding> findings = new ArrayList<>();
        for (TeamRecruitment team : teams) {
            if (team.picked() > 0 && (double) team.picked() / team.lay() >= minShare) {
                findings.add(context.finding(team.teamId(), null, null,
                        pickedSeats.getOrDefault(team.teamId(), List.of()),
                        context.part(team.picked(), team.lay()), context.count(team.lay())));
            }
        }
        return findings;
    }

    private record TeamRecruitment(UUID teamId, long lay, long picked) {
    }
}
