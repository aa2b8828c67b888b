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
 * Expected only to comment: an activity where participants were expected to comment, not to
 * develop, update or challenge. Evidence: the activity.
 */
final class CommentOnlyRule implements ExclusionRule {

    static final String CODE = "COMMENT_ONLY";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.of(CODE, ExclusionKind.INTERNAL, Severity.LOW);

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Finding> evaluate(RuleContext context) {
        return AnalysisQuery.of("select a.id, a.team_id from activity a where a.expected_role = 'COMMENT'")
                .and(context.activities().on("a"))
                .append(" order by a.held_on, a.id")
                .list(context.aggregates(), (rs, row) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return context.finding(rs.getObject("team_id", UUID.class), id, null, List.of(id));
                });
    }
}
