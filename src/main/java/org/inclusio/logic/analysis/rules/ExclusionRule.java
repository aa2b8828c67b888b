package org.inclusio.logic.analysis.rules;

import java.util.List;

/**
 * A rule that looks for one pattern of external or internal exclusion in the store. A rule reads
 * through SQL aggregates in the database and returns only its findings; it never changes the store.
 */
public interface ExclusionRule {

    /** What the rule is, its texts and its parameters. */
    RuleDescriptor descriptor();

    /** The rule's findings for the context's filter and parameter values. */
    List<Finding> evaluate(RuleContext context);
}
