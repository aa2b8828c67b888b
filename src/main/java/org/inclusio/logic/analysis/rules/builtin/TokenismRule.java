package org.inclusio.logic.analysis.rules.builtin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.inclusio.logic.analysis.AnalysisQuery;
import org.inclusio.logic.analysis.rules.ExclusionRule;
import org.inclusio.logic.analysis.rules.Finding;
import org.inclusio.logic.analysis.rules.ParameterDefinition;
import org.inclusio.logic.analysis.rules.RuleContext;
import org.inclusio.logic.analysis.rules.RuleDescriptor;
import org.inclusio.model.ExclusionKind;
import org.inclusio.model.Severity;

/**
 * Tokenism: a team with fewer lay members than {@code minLayMembers}, or fewer lay members per
 * professional than {@code minLayPerProfessional}. Seats count within the membership window; a team
 * without any seat is not judged. Evidence: the team's lay seats.
 */
final class TokenismRule implements ExclusionRule {

    static final String CODE = "TOKENISM";
    static final String MIN_LAY_MEMBERS = "minLayMembers";
    static final String MIN_LAY_PER_PROFESSIONAL = "minLayPerProfessional";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.of(CODE, ExclusionKind.EXTERNAL, Severity.HIGH,
            ParameterDefinition.integer(MIN_LAY_MEMBERS, 2, 1),
            ParameterDefinition.decimal(MIN_LAY_PER_PROFESSIONAL, "0.2", "0", null));

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Finding> evaluate(RuleContext context) {
        int minLay = context.parameters().integer(MIN_LAY_MEMBERS);
        double minRatio = context.parameters().decimal(MIN_LAY_PER_PROFESSIONAL);
        List<TeamSeats> teams = AnalysisQuery.of("select tm.team_id,"
                        + " count(case when p.role <> 'PROFESSIONAL' then 1 end) as lay,"
                        + " count(case when p.role = 'PROFESSIONAL' then 1 end) as professionals"
                        + " from team_membership tm join process_team t on t.id = tm.team_id"
                        + " join person p on p.id = tm.person_id where p.deleted = false")
                .and(context.teams().on("t")).and(context.window().on("tm"))
                .append(" group by tm.team_id")
                .list(context.aggregates(), (rs, row) -> new TeamSeats(rs.getObject("team_id", UUID.class),
                        rs.getLong("lay"), rs.getLong("professionals")));
        Map<UUID, List<UUID>> laySeats = Evidence.laySeats(context, null);
        List<Finding> findings = new ArrayList<>();
        for (TeamSeats team : teams) {
            boolean tooFew = team.lay() < minLay;
            boolean outnumbered = team.professionals() > 0 && (double) team.lay() / team.professionals() < minRatio;
            if (tooFew || outnumbered) {
                findings.add(context.finding(team.teamId(), null, null,
                        laySeats.getOrDefault(team.teamId(), List.of()),
                        context.count(team.lay()), team.professionals(), minLay, minRatio));
            }
        }
        return findings;
    }

    private record TeamSeats(UUID teamId, long lay, long professionals) {
    }
}
