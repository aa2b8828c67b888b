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
 * Dominant voices: in one activity, the lay participants' share of speaking turns against their share
 * of those present. With {@code l} lay of {@code n} attendees and {@code lt} lay turns of {@code t}
 * turns, the ratio is {@code (lt / t) / (l / n)}; below {@code minRatio} is a finding when at least
 * {@code minTurns} turns were counted and at least one lay person attended. Evidence: the lay
 * attendances.
 */
final class ProfessionalDominanceRule implements ExclusionRule {

    static final String CODE = "PROFESSIONAL_DOMINANCE";
    static final String MIN_RATIO = "minRatio";
    static final String MIN_TURNS = "minTurns";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.of(CODE, ExclusionKind.INTERNAL,
            Severity.MEDIUM, ParameterDefinition.decimal(MIN_RATIO, "0.5", "0", null),
            ParameterDefinition.integer(MIN_TURNS, 10, 1));

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Finding> evaluate(RuleContext context) {
        double minRatio = context.parameters().decimal(MIN_RATIO);
        List<Meeting> meetings = AnalysisQuery.of("select a.id, a.team_id, count(*) as attendees,"
                        + " count(case when p.role <> 'PROFESSIONAL' then 1 end) as lay,"
                        + " sum(pa.speaking_turns) as turns,"
                        + " sum(case when p.role <> 'PROFESSIONAL' then pa.speaking_turns else 0 end) as lay_turns"
                        + " from participation pa join activity a on a.id = pa.activity_id"
                        + " left join person p on p.id = pa.person_id"
                        + " where p.deleted = false and " + AnalysisSql.attended("pa"))
                .and(context.activities().on("a"))
                .append(" group by a.id, a.team_id having sum(pa.speaking_turns) >= :min_turns")
                .bind("min_turns", context.parameters().integer(MIN_TURNS))
                .list(context.database(), (rs, row) -> new Meeting(rs.getObject("id", UUID.class),
                        rs.getObject("team_id", UUID.class), rs.getLong("attendees"), rs.getLong("lay"),
                        rs.getLong("turns"), rs.getLong("lay_turns")));
        List<Finding> findings = new ArrayList<>();
        for (Meeting meeting : meetings) {
            if (meeting.lay() == 0) {
                continue;
            }
            double presenceShare = (double) meeting.lay() / meeting.attendees();
            double turnShare = (double) meeting.layTurns() / meeting.turns();
            if (turnShare / presenceShare < minRatio) {
                findings.add(context.finding(meeting.teamId(), meeting.activityId(), null, layAttendances(context,
                        meeting.activityId()), presenceShare, turnShare, minRatio));
            }
        }
        return findings;
    }

    private static List<UUID> layAttendances(RuleContext context, UUID activityId) {
        return AnalysisQuery.of("select pa.id from participation pa join person p on p.id = pa.person_id"
                        + " where pa.activity_id = :evidence_activity and " + AnalysisSql.lay("p")
                        + " and " + AnalysisSql.attended("pa") + " order by pa.id")
                .bind("evidence_activity", activityId)
                .list(context.database(), (rs, row) -> rs.getObject("id", UUID.class));
    }

    private record Meeting(UUID activityId, UUID teamId, long attendees, long lay, long turns, long layTurns) {
    }
}
