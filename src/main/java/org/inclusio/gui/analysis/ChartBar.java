package org.inclusio.gui.analysis;

/**
 * One bar of an analysis chart: which series it belongs to, its category on the axis, its length
 * and, for an estimate, its 95% interval. Suppressed or undefined figures get no bar.
 *
 * @param series   the series (legend entry)
 * @param category the category on the axis
 * @param value    the length
 * @param lower    the interval's lower bound, or NaN without an interval
 * @param upper    the interval's upper bound, or NaN without an interval
 */
public record ChartBar(String series, String category, double value, double lower, double upper) {

    /** A bar without an interval (a count). */
    public ChartBar(String series, String category, double value) {
        this(series, category, value, Double.NaN, Double.NaN);
    }

    /** Whether the bar carries an interval to draw as whiskers. */
    public boolean hasInterval() {
        return !Double.isNaN(lower) && !Double.isNaN(upper);
    }
}
