package org.inclusio.logic.analysis.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * A rule that judges one activity at a time. The detector reads the meetings of a run once and hands
 * each to every such rule ({@link MeetingScan}), instead of every rule reading all participations
 * again; evaluated on its own, the rule reads them itself.
 */
public interface MeetingRule extends ExclusionRule {

    /** The finding for this meeting, or null when the meeting shows no problem. */
    Finding judge(Meeting meeting, RuleContext context);

    @Override
    default List<Finding> evaluate(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        MeetingScan.forEach(context.aggregates(), context.activities(), meeting -> {
            Finding finding = judge(meeting, context);
            if (finding != null) {
                findings.add(finding);
            }
        });
        return findings;
    }
}
