package org.inclusio.logic.analysis.rules;

/** The type of a rule parameter's value. */
public enum ParameterType {
    /** A whole number, e.g. a number of people or days. */
    INTEGER,
    /** A decimal number, e.g. a ratio or a share. */
    DECIMAL
}
