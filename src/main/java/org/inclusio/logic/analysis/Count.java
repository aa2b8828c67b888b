package org.inclusio.logic.analysis;

/**
 * A count of people or records as an analysis may show it: either the number, or only the fact that
 * it was suppressed because it is small enough to point at individuals. A suppressed count carries
 * no number (its value is 0), so the true figure never leaves the analysis.
 *
 * @param value      the count; 0 when suppressed
 * @param suppressed whether the count is withheld (shown as "&lt;" and the threshold)
 */
public record Count(long value, boolean suppressed) {

    public Count {
        if (value < 0) {
            throw new IllegalArgumentException("negative count " + value);
        }
        if (suppressed && value != 0) {
            throw new IllegalArgumentException("a suppressed count carries no value");
        }
    }

    public static Count of(long value) {
        return new Count(value, false);
    }

    public static Count withheld() {
        return new Count(0, true);
    }
}
