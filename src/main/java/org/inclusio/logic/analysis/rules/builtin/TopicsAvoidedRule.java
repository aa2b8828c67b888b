package org.inclusio.logic.analysis.rules.builtin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.inclusio.logic.analysis.AnalysisQuery;
import org.inclusio.logic.analysis.rules.ExclusionRule;
import org.inclusio.logic.analysis.rules.Finding;
import org.inclusio.logic.analysis.rules.RuleContext;
import org.inclusio.logic.analysis.rules.RuleDescriptor;
import org.inclusio.model.ExclusionKind;
import org.inclusio.model.Severity;

/**
 * Topics kept from lay participants ("so as not to worry the patients"): an activity with topics
 * recorded as avoided. Evidence: the activity.
 *
 * <p>The activities are found where the analyses aggregate (which knows only whether the free text is
 * filled in); the texts the explanations quote are then read from the store by id, a chunk at a time.
 */
final class TopicsAvoidedRule implements ExclusionRule {

    static final String CODE = "TOPICS_AVOIDED";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.of(CODE, ExclusionKind.INTERNAL, Severity.MEDIUM);
    private static final int CHUNK = 500;

    private record Avoided(UUID activityId, UUID teamId) {
    }

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Finding> evaluate(RuleContext context) {
        List<Avoided> activities = AnalysisQuery.of("select a.id, a.team_id from activity a"
                        + " where a.topics_avoided is not null and trim(a.topics_avoided) <> ''")
                .and(context.activities().on("a"))
                .append(" order by a.held_on, a.id")
                .list(context.aggregates(), (rs, row) -> new Avoided(rs.getObject("id", UUID.class),
                        rs.getObject("team_id", UUID.class)));
        List<Finding> findings = new ArrayList<>(activities.size());
        for (int start = 0; start < activities.size(); start += CHUNK) {
            List<Avoided> chunk = activities.subList(start, Math.min(activities.size(), start + CHUNK));
            Map<UUID, String> topics = new HashMap<>();
            AnalysisQuery.of("select a.id, a.topics_avoided from activity a where a.id in (:avoided)")
                    .bind("avoided", chunk.stream().map(Avoided::activityId).toList())
                    .forEach(context.database(), (rs, row) -> topics.put(rs.getObject("id", UUID.class),
                            rs.getString("topics_avoided")), ignored -> { });
            for (Avoided activity : chunk) {
                String text = topics.get(activity.activityId());
                // a text emptied between the two reads is no finding any more
                if (text != null && !text.isBlank()) {
                    findings.add(context.finding(activity.teamId(), activity.activityId(), null,
                            List.of(activity.activityId()), text.strip()));
                }
            }
        }
        return findings;
    }
}
