package org.inclusio.logic.exchange.sheet;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** What a spreadsheet offered for import holds, one record per row: activities or people. */
public enum SheetKind {
    ACTIVITIES, PEOPLE;

    /** The fields a row of this kind can fill, in the order the mapping shows them. */
    public List<TargetField> fields() {
        return Arrays.stream(TargetField.values()).filter(field -> field.kind() == this).toList();
    }

    /** The name used on the command line and in remembered mappings. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
