package org.inclusio.logic.exchange.sheet;

/** How the text of a cell is read for a target field. */
public enum ValueType {
    TEXT, DATE, WHOLE_NUMBER, YES_NO, CHOICE, TEAM, ORGANISATION;

    /** Whether the distinct source values of a column of this type are mapped one by one. */
    public boolean mapsValues() {
        return this == CHOICE || this == TEAM || this == ORGANISATION;
    }
}
