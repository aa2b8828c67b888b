package org.inclusio.logic.analysis.rules.builtin;

import java.util.ArrayList;
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
 *
 * <p>The activities and the texts the explanations quote are read where the analyses aggregate (the
 * column copy holds this free text where it is filled in).
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
        List<Finding> findings = new ArrayList<>();
        AnalysisQuery.of("select a.id, a.team_id, a.topics_avoided from activity a"
                        + " where a.topics_avoided is not null and trim(a.topics_avoided) <> ''")
                .and(context.activities().on("a"))
                .append(" order by a.held_on, a.id")
                .forEach(context.aggregates(), (rs, row) -> {
                    String text = rs.getString(3);
                    if (text == null || text.isBlank()) {
                        // blanks other than spaces: no text to quote
                        return null;
                    }
                    UUID id = rs.getObject(1, UUID.class);
                    return context.finding(rs.getObject(2, UUID.class), id, null, List.of(id), text.strip());
                }, finding -> {
                    if (finding != null) {
                        findings.add(finding);
                    }
                });
        return findings;
    }
}
