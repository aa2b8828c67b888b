package org.inclusio.logic.analysis;

/**
 * Small-count suppression: a count of people above zero but below the threshold is withheld,
 * together with every figure derived from it, so that published tables cannot point at
 * individuals. Zero is shown (it identifies no one).
 *
 * @param threshold the smallest count that is shown; at least 1 (1 suppresses nothing)
 */
public record Suppression(int threshold) {

    /** The usual threshold for published equality statistics. */
    public static final int DEFAULT_THRESHOLD = 5;

    public Suppression {
        if (threshold < 1) {
            throw new IllegalArgumentException("threshold must be at least 1: " + threshold);
        }
    }

    public static Suppression standard() {
        return new Suppression(DEFAULT_THRESHOLD);
    }

    /** Whether a count is withheld: above zero and below the threshold. */
    public boolean suppresses(long count) {
        return count > 0 && count < threshold;
    }

    /** The count as it may be shown. */
    public Count count(long value) {
        return suppresses(value) ? Count.withheld() : Count.of(value);
    }

    /** What a suppressed count is shown as, e.g. "&lt;5". */
    public String marker() {
        return "<" + threshold;
    }

    /** The count as text: its number, or the {@link #marker()} when suppressed. */
    public String format(Count count) {
        return count.suppressed() ? marker() : Long.toString(count.value());
    }

    /**
     * A share {@code part / whole} with its Wilson interval, suppressed when either count is
     * suppressed and undefined when {@code whole} is zero.
     */
    public Estimate share(long part, long whole) {
        if (suppresses(part) || suppresses(whole)) {
            return Estimate.suppressed();
        }
        if (whole == 0) {
            return Estimate.undefined();
        }
        return Estimate.of((double) part / whole, WilsonScore.interval95(part, whole));
    }
}
