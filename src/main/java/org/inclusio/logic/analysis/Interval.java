package org.inclusio.logic.analysis;

/**
 * A confidence interval.
 *
 * @param lower lower bound
 * @param upper upper bound
 */
public record Interval(double lower, double upper) {

    public Interval {
        if (Double.isNaN(lower) || Double.isNaN(upper) || lower > upper) {
            throw new IllegalArgumentException("not an interval: " + lower + ", " + upper);
        }
    }

    /** Both bounds divided by a positive number (e.g. a share interval turned into a ratio interval). */
    public Interval dividedBy(double divisor) {
        if (!(divisor > 0)) {
            throw new IllegalArgumentException("divisor must be positive: " + divisor);
        }
        return new Interval(lower / divisor, upper / divisor);
    }
}
