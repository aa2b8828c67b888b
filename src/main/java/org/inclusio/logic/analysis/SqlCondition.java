package org.inclusio.logic.analysis;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A piece of SQL (a boolean condition) with the named parameters it uses, so that conditions
 * built from a filter can be combined into one query.
 *
 * @param sql        the condition, using {@code :name} parameters
 * @param parameters the values of those parameters
 */
public record SqlCondition(String sql, Map<String, Object> parameters) {

    public SqlCondition {
        parameters = Map.copyOf(parameters);
    }

    /** A condition that always holds. */
    public static SqlCondition always() {
        return new SqlCondition("1 = 1", Map.of());
    }

    /** Both conditions. */
    public SqlCondition and(SqlCondition other) {
        Map<String, Object> merged = new LinkedHashMap<>(parameters);
        other.parameters.forEach((name, value) -> {
            Object previous = merged.putIfAbsent(name, value);
            if (previous != null && !previous.equals(value)) {
                throw new IllegalArgumentException("parameter " + name + " bound to two values");
            }
        });
        return new SqlCondition("(" + sql + ") and (" + other.sql + ")", merged);
    }
}
