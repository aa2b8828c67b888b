package org.inclusio.logic.analysis.rules;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * The parameter values a rule runs with: the region's stored settings, or the defaults.
 *
 * @param ruleCode the rule
 * @param values   value by parameter name
 */
public record ParameterValues(String ruleCode, Map<String, BigDecimal> values) {

    public ParameterValues {
        values = Map.copyOf(values);
    }

    /** The defaults of a rule. */
    public static ParameterValues defaults(RuleDescriptor rule) {
        Map<String, BigDecimal> values = new HashMap<>();
        rule.parameters().forEach(p -> values.put(p.name(), p.defaultValue()));
        return new ParameterValues(rule.code(), values);
    }

    public BigDecimal value(String name) {
        BigDecimal value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException(ruleCode + " has no parameter " + name);
        }
        return value;
    }

    public int integer(String name) {
        return value(name).intValueExact();
    }

    public double decimal(String name) {
        return value(name).doubleValue();
    }
}
