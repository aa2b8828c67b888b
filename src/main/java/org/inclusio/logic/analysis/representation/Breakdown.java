package org.inclusio.logic.analysis.representation;

/**
 * How representation and influence figures are split within each team: not at all, by mode, by
 * level, or by the calendar year or quarter the activities were held in.
 */
public enum Breakdown {
    NONE,
    MODE,
    LEVEL,
    YEAR,
    QUARTER
}
