package org.inclusio.logic.exchange;

import java.util.Arrays;
import java.util.List;

/**
 * One field of a record kind: its name in the interchange format, the column it is stored in,
 * its type and the limits an imported value must keep.
 *
 * @param name       the JSON member name (camelCase)
 * @param column     the database column
 * @param kind       the value type
 * @param required   whether the value may be absent
 * @param maxLength  the longest text accepted (TEXT only)
 * @param min        the smallest number accepted (INTEGER, DECIMAL)
 * @param max        the largest number accepted (INTEGER, DECIMAL)
 * @param choices    the accepted constant names (CHOICE, CHOICE_LIST)
 * @param target     the record kind referred to (REFERENCE)
 */
public record FieldSpec(String name, String column, FieldKind kind, boolean required, int maxLength,
        double min, double max, List<String> choices, RecordKind target) {

    static FieldSpec text(String name, String column, int maxLength, boolean required) {
        return new FieldSpec(name, column, FieldKind.TEXT, required, maxLength, 0, 0, List.of(), null);
    }

    static FieldSpec integer(String name, String column, long min, long max, boolean required) {
        return new FieldSpec(name, column, FieldKind.INTEGER, required, 0, min, max, List.of(), null);
    }

    static FieldSpec decimal(String name, String column, double min, double max) {
        return new FieldSpec(name, column, FieldKind.DECIMAL, true, 0, min, max, List.of(), null);
    }

    static FieldSpec flag(String name, String column) {
        return new FieldSpec(name, column, FieldKind.BOOLEAN, true, 0, 0, 0, List.of(), null);
    }

    static FieldSpec date(String name, String column, boolean required) {
        return new FieldSpec(name, column, FieldKind.DATE, required, 0, 0, 0, List.of(), null);
    }

    static FieldSpec time(String name, String column) {
        return new FieldSpec(name, column, FieldKind.TIME, false, 0, 0, 0, List.of(), null);
    }

    static FieldSpec choice(String name, String column, Class<? extends Enum<?>> type, boolean required) {
        return new FieldSpec(name, column, FieldKind.CHOICE, required, 0, 0, 0, names(type), null);
    }

    static FieldSpec choices(String name, String column, Class<? extends Enum<?>> type) {
        return new FieldSpec(name, column, FieldKind.CHOICE_LIST, false, 0, 0, 0, names(type), null);
    }

    static FieldSpec reference(String name, String column, RecordKind target, boolean required) {
        return new FieldSpec(name, column, FieldKind.REFERENCE, required, 0, 0, 0, List.of(), target);
    }

    private static List<String> names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }
}
