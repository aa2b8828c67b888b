package org.inclusio.logic.analysis.representation;

import java.util.Comparator;
import java.util.UUID;
import org.inclusio.model.Level;
import org.inclusio.model.Mode;

/**
 * The part of the data a row of figures describes: always one team (null for activities without a
 * team) and, depending on the {@link Breakdown}, one mode, one level or one period. Components the
 * breakdown does not use are null.
 *
 * @param teamId the team, or null for activities without a team
 * @param mode   the mode, with {@link Breakdown#MODE}
 * @param level  the level, with {@link Breakdown#LEVEL}
 * @param year    the calendar year, with {@link Breakdown#YEAR} and {@link Breakdown#QUARTER}
 * @param quarter the quarter of the year, 1 to 4, with {@link Breakdown#QUARTER}
 */
public record Slice(UUID teamId, Mode mode, Level level, Integer year, Integer quarter) {

    /** Mode, level, year and quarter in their natural order; the team id last, only to break ties. */
    public static final Comparator<Slice> ORDER = Comparator
            .comparing(Slice::mode, Comparator.nullsFirst(Comparator.<Mode>naturalOrder()))
            .thenComparing(Slice::level, Comparator.nullsFirst(Comparator.<Level>naturalOrder()))
            .thenComparing(Slice::year, Comparator.nullsFirst(Comparator.<Integer>naturalOrder()))
            .thenComparing(Slice::quarter, Comparator.nullsFirst(Comparator.<Integer>naturalOrder()))
            .thenComparing(slice -> String.valueOf(slice.teamId()));
}
