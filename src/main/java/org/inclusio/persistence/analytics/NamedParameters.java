package org.inclusio.persistence.analytics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Turns SQL with {@code :name} parameters into SQL with {@code ?} placeholders and the values in their
 * order, as plain JDBC wants them. Text in single quotes and {@code ::} casts are left alone; a
 * collection value becomes one placeholder per element.
 *
 * @param sql    the SQL with placeholders
 * @param values the values, one per placeholder
 */
record NamedParameters(String sql, List<Object> values) {

    static NamedParameters of(String sql, Map<String, Object> parameters) {
        StringBuilder out = new StringBuilder(sql.length());
        List<Object> values = new ArrayList<>();
        boolean quoted = false;
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
                out.append(c);
                i++;
            } else if (!quoted && c == ':' && i + 1 < sql.length() && sql.charAt(i + 1) == ':') {
                out.append("::");
                i += 2;
            } else if (!quoted && c == ':' && i + 1 < sql.length() && isNameStart(sql.charAt(i + 1))) {
                int end = i + 1;
                while (end < sql.length() && isNamePart(sql.charAt(end))) {
                    end++;
                }
                String name = sql.substring(i + 1, end);
                if (!parameters.containsKey(name)) {
                    throw new IllegalArgumentException("no value for parameter " + name);
                }
                Object value = parameters.get(name);
                if (value instanceof Collection<?> many) {
                    if (many.isEmpty()) {
                        out.append("null");
                    }
                    int n = 0;
                    for (Object element : many) {
                        out.append(n++ == 0 ? "?" : ", ?");
                        values.add(element);
                    }
                } else {
                    out.append('?');
                    values.add(value);
                }
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return new NamedParameters(out.toString(), java.util.Collections.unmodifiableList(values));
    }

    private static boolean isNameStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
