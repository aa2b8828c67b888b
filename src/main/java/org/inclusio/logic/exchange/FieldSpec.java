package org.inclusio.logic.exchange;

import java.util.Arrays;
import java.util.List;
import org.inclusio.logic.catalogue.Range;

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
 * @param defaultValue the value of an optional field a file leaves out, or null
 */
public record FieldSpec(String name, String column, FieldKind kind, boolean required, int maxLength,
        double min, double max, List<String> choices, RecordKind target, Object defaultValue) {

    static FieldSpec text(String name, String column, int maxLength, boolean required) {
        return new FieldSpec(name, column, FieldKind.TEXT, required, maxLength, 0, 0, List.of(), null, null);
    }

    static FieldSpec integer(String name, String column, long min, long max, boolean required) {
        return new FieldSpec(name, column, FieldKind.INTEGER, required, 0, min, max, List.of(), null, null);
    }

    static FieldSpec integer(String name, String column, Range range, boolean required) {
        return integer(name, column, range.min(), range.max(), required);
    }

    /**
     * A whole-number field added after the first version of the format: optional in a file, read as
     * {@code defaultValue} when absent and left out of a written file when it has that value.
     */
    static FieldSpec integer(String name, String column, Range range, long defaultValue) {
        return new FieldSpec(name, column, FieldKind.INTEGER, false, 0, range.min(), range.max(), List.of(), null,
                defaultValue);
    }

    static FieldSpec decimal(String name, String column, double min, double max) {
        return new FieldSpec(name, column, FieldKind.DECIMAL, true, 0, min, max, List.of(), null, null);
    }

    static FieldSpec flag(String name, String column) {
        return new FieldSpec(name, column, FieldKind.BOOLEAN, true, 0, 0, 0, List.of(), null, null);
    }

    /**
     * A yes/no field added after the first version of the format: optional in a file, read as
     * {@code defaultValue} when absent and left out of a written file when it has that value, so files
     * written before and after it was added read alike.
     */
    static FieldSpec flag(String name, String column, boolean defaultValue) {
        return new FieldSpec(name, column, FieldKind.BOOLEAN, false, 0, 0, 0, List.of(), null, defaultValue);
    }

    static FieldSpec date(String name, String column, boolean required) {
        return new FieldSpec(name, column, FieldKind.DATE, required, 0, 0, 0, List.of(), null, null);
    }

    static FieldSpec time(String name, String column) {
        return new FieldSpec(name, column, FieldKind.TIME, false, 0, 0, 0, List.of(), null, null);
    }

    static FieldSpec choice(String name, String column, Class<? extends Enum<?>> type, boolean required) {
        return new FieldSpec(name, column, FieldKind.CHOICE, required, 0, 0, 0, names(type), null, null);
    }

    static FieldSpec choices(String name, String column, Class<? extends Enum<?>> type) {
        return new FieldSpec(name, column, FieldKind.CHOICE_LIST, false, 0, 0, 0, names(type), null, null);
    }

    static FieldSpec reference(String name, String column, RecordKind target, boolean required) {
        return new FieldSpec(name, column, FieldKind.REFERENCE, required, 0, 0, 0, List.of(), target, null);
    }

    private static List<String> names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }
}
