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
 * Long meetings on unpaid time: an activity lasting more than {@code maxMinutes} that lay people
 * attended without being paid (the person is not marked paid and no accommodation with code
 * {@code PAYMENT} was offered for that attendance). Evidence: those attendances.
 */
final class LongUnpaidMeetingRule implements ExclusionRule {

    static final String CODE = "LONG_UNPAID_MEETING";
    static final String MAX_MINUTES = "maxMinutes";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.of(CODE, ExclusionKind.EXTERNAL,
            Severity.MEDIUM, ParameterDefinition.integer(MAX_MINUTES, 120, 1));

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Finding> evaluate(RuleContext context) {
        int maxMinutes = context.parameters().integer(MAX_MINUTES);
        List<UnpaidAttendance> rows = AnalysisQuery.of("select a.id as activity_id, a.team_id, a.duration_minutes,"
                        + " pa.id as participation_id from participation pa"
                        + " join activity a on a.id = pa.activity_id left join person p on p.id = pa.person_id"
                        + " where " + AnalysisSql.lay("p") + " and " + AnalysisSql.attended("pa")
                        + " and p.paid = false and a.duration_minutes > :max_minutes"
                        + " and not exists (select 1 from participation_accommodation pac"
                        + " join accommodation ac on ac.id = pac.accommodation_id"
                        + " where pac.participation_id = pa.id and ac.code = 'PAYMENT')")
                .bind("max_minutes", maxMinutes)
                .and(context.activities().on("a"))
                .append(" order by a.held_on, a.id, pa.id")
                .list(context.database(), (rs, row) -> new UnpaidAttendance(rs.getObject("activity_id", UUID.class),
                        rs.getObject("team_id", UUID.class), rs.getInt("duration_minutes"),
                        rs.getObject("participation_id", UUID.class)));
        Map<UUID, List<UnpaidAttendance>> byActivity = new LinkedHashMap<>();
        rows.forEach(row -> byActivity.computeIfAbsent(row.activityId(), id -> new ArrayList<>()).add(row));
        List<Finding> findings = new ArrayList<>();
        byActivity.forEach((activityId, attendances) -> {
            UnpaidAttendance first = attendances.get(0);
            findings.add(context.finding(first.teamId(), activityId, null,
                    attendances.stream().map(UnpaidAttendance::participationId).toList(),
                    first.minutes(), maxMinutes, attendances.size()));
        });
        return findings;
    }

    private record UnpaidAttendance(UUID activityId, UUID teamId, int minutes, UUID participationId) {
    }
}
