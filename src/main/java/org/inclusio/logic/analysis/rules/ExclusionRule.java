package org.inclusio.logic.analysis.rules;

import java.util.List;
import java.util.Set;

/**
 * A rule that looks for one pattern of external or internal exclusion in the store. A rule reads
 * through SQL aggregates in the database and returns only its findings; it never changes the store.
 */
public interface ExclusionRule {

    /** What the rule is, its texts and its parameters. */
    RuleDescriptor descriptor();

    /** The rule's findings for the context's filter and parameter values. */
    List<Finding> evaluate(RuleContext context);

    /**
     * The codes of rules whose finding states the same fact more strongly: when one of them finds
     * something about the same team, activity and group, the detector reports only that finding
     * (one finding per fact). None by default.
     */
    default Set<String> yieldsTo() {
        return Set.of();
    }
}
