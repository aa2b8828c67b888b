package org.inclusio.logic.exchange.sheet;

/**
 * How the text of a cell is read for a target field. {@link #GROUPS}: a list of words (separated by
 * {@code ;}, {@code ,} or {@code |}), each mapped to one of the store's active disadvantaged groups.
 */
public enum ValueType {
    TEXT, DATE, WHOLE_NUMBER, YES_NO, CHOICE, TEAM, ORGANISATION, GROUPS;

    /** Whether the distinct source values of a column of this type are mapped one by one. */
    public boolean mapsValues() {
        return this == CHOICE || this == TEAM || this == ORGANISATION || this == GROUPS;
    }

    /** Whether a cell holds a list of source values, each mapped on its own. */
    public boolean listsValues() {
        return this == GROUPS;
    }
}
