package org.inclusio.benchmark;

/**
 * One benchmark figure: what was measured, its samples, optionally the baseline measured in the
 * same run and the target for the ratio of their medians.
 *
 * @param name     a stable identifier, e.g. {@code analysis.matrix}
 * @param label    what the figure is, for the printed table
 * @param unit     the unit of the samples ({@code s}, {@code MB}, {@code rows/s})
 * @param samples  the measured values
 * @param baseline the baseline's values in the same unit, or null when the figure has none
 * @param target   the target the figure is judged against, or null
 */
public record Figure(String name, String label, String unit, Samples samples, Samples baseline, Target target) {

    /** The median divided by the baseline's median, or NaN without a baseline. */
    public double ratio() {
        return baseline == null ? Double.NaN : samples.median() / baseline.median();
    }

    /** Whether the target is met, or null without a target. */
    public Boolean met() {
        return target == null ? null : target.metBy(this);
    }
}
