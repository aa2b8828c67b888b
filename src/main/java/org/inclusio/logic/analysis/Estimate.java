package org.inclusio.logic.analysis;

/**
 * A derived figure (a share or a ratio) with its 95% interval, or the reason it cannot be shown:
 * suppressed because a count it comes from is small, or undefined (a zero denominator, or no
 * reference share to compare with).
 *
 * @param status   whether the figure is available, suppressed or undefined
 * @param value    the figure; 0 unless available
 * @param interval the 95% interval; null unless available
 */
public record Estimate(Status status, double value, Interval interval) {

    /** Whether an estimate can be shown. */
    public enum Status {
        AVAILABLE,
        SUPPRESSED,
        UNDEFINED
    }

    public Estimate {
        if (status == Status.AVAILABLE) {
            if (Double.isNaN(value) || Double.isInfinite(value) || interval == null) {
                throw new IllegalArgumentException("an available estimate needs a finite value and an interval");
            }
        } else if (value != 0 || interval != null) {
            throw new IllegalArgumentException("a " + status + " estimate carries no figures");
        }
    }

    public static Estimate of(double value, Interval interval) {
        return new Estimate(Status.AVAILABLE, value, interval);
    }

    public static Estimate suppressed() {
        return new Estimate(Status.SUPPRESSED, 0, null);
    }

    public static Estimate undefined() {
        return new Estimate(Status.UNDEFINED, 0, null);
    }

    public boolean available() {
        return status == Status.AVAILABLE;
    }

    /**
     * This estimate divided by a reference figure, interval bounds included. Undefined when the
     * reference is zero (or negative); otherwise keeps this estimate's status.
     */
    public Estimate dividedBy(double reference) {
        if (!(reference > 0)) {
            return undefined();
        }
        return available() ? of(value / reference, interval.dividedBy(reference)) : this;
    }
}
