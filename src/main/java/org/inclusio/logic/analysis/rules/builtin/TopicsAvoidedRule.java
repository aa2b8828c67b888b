package org.inclusio.logic.analysis.rules.builtin;

import java.util.List;
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
 */
final class TopicsAvoidedRule implements ExclusionRule {

    static final String CODE = "TOPICS_AVOIDED";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.of(CODE, ExclusionKind.INTERNAL, Severity.MEDIUM);

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Finding> evaluate(RuleContext context) {
        return AnalysisQuery.of("select a.id, a.team_id, a.topics_avoided from activity a"
                        + " where a.topics_avoided is not null and trim(a.topics_avoided) <> ''")
                .and(context.activities().on("a"))
                .append(" order by a.held_on, a.id")
                .list(context.database(), (rs, row) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return context.finding(rs.getObject("team_id", UUID.class), id, null, List.of(id),
                            rs.getString("topics_avoided").strip());
                });
    }
}
