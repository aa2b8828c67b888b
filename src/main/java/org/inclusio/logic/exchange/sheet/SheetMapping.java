package org.inclusio.logic.exchange.sheet;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How a spreadsheet's columns and values become records: for each target field the header of
 * the column it is read from (fields not in the map are left empty), and for fields whose values
 * are mapped one by one, each source value (compared by {@link #normalise}) to a
 * {@link ValueOption#code()}.
 */
public record SheetMapping(SheetKind kind, Map<TargetField, String> columns,
                           Map<TargetField, Map<String, String>> values) {

    public SheetMapping {
        Map<TargetField, String> copiedColumns = new EnumMap<>(TargetField.class);
        columns.forEach((field, header) -> {
            if (field.kind() != kind) {
                throw new IllegalArgumentException(field + " is not a field of " + kind);
            }
            if (header != null && !header.isBlank()) {
                copiedColumns.put(field, header);
            }
        });
        columns = Map.copyOf(copiedColumns);
        Map<TargetField, Map<String, String>> copiedValues = new EnumMap<>(TargetField.class);
        values.forEach((field, map) -> {
            Map<String, String> normalised = new HashMap<>();
            map.forEach((source, code) -> {
                if (code != null && !code.isBlank()) {
                    normalised.put(normalise(source), code);
                }
            });
            copiedValues.put(field, Map.copyOf(normalised));
        });
        values = Map.copyOf(copiedValues);
    }

    /** No column mapped and no value mapped. */
    public static SheetMapping empty(SheetKind kind) {
        return new SheetMapping(kind, Map.of(), Map.of());
    }

    public Optional<String> column(TargetField field) {
        return Optional.ofNullable(columns.get(field));
    }

    /** The code a source value of a field is mapped to, if any. */
    public Optional<String> value(TargetField field, String source) {
        return Optional.ofNullable(values.getOrDefault(field, Map.of()).get(normalise(source)));
    }

    /** A copy with one column mapped (null or blank: unmapped). */
    public SheetMapping withColumn(TargetField field, String header) {
        Map<TargetField, String> changed = new EnumMap<>(TargetField.class);
        changed.putAll(columns);
        changed.remove(field);
        if (header != null && !header.isBlank()) {
            changed.put(field, header);
        }
        return new SheetMapping(kind, changed, values);
    }

    /** A copy with one source value mapped (null code: unmapped). */
    public SheetMapping withValue(TargetField field, String source, String code) {
        Map<TargetField, Map<String, String>> changed = new EnumMap<>(TargetField.class);
        changed.putAll(values);
        Map<String, String> fieldValues = new HashMap<>(values.getOrDefault(field, Map.of()));
        fieldValues.remove(normalise(source));
        if (code != null && !code.isBlank()) {
            fieldValues.put(normalise(source), code);
        }
        changed.put(field, fieldValues);
        return new SheetMapping(kind, columns, changed);
    }

    /** Lower case, dashes and underscores as spaces, single spaces, no surrounding space. */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        return text.toLowerCase(Locale.ROOT).replace('-', ' ').replace('_', ' ').replaceAll("\\s+", " ").strip();
    }
}
