package org.inclusio.logic.exchange;

/** The value types a field of the interchange format can have, and how each is stored. */
public enum FieldKind {
    /** A string of at most the field's length. */
    TEXT,
    /** A whole number between the field's minimum and maximum. */
    INTEGER,
    /** A fraction between the field's minimum and maximum. */
    DECIMAL,
    BOOLEAN,
    /** An ISO date, 2025-03-14. */
    DATE,
    /** An ISO time of day, 13:30 or 13:30:00. */
    TIME,
    /** The name of one constant of the field's enum. */
    CHOICE,
    /** A list of names of constants of the field's enum. */
    CHOICE_LIST,
    /** The id of a record of the field's target kind. */
    REFERENCE
}
