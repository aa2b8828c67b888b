package org.inclusio.logic.analysis;

/**
 * The Wilson score interval for a share of {@code x} successes in {@code n} trials, which behaves
 * well for small {@code n} and for shares near 0 or 1 (unlike the normal approximation).
 *
 * <p>With {@code p = x / n} and {@code z} the 97.5% quantile of the standard normal distribution
 * (1.959963984540054 for a 95% interval):
 * <pre>
 *   centre    = (p + z^2 / (2n)) / (1 + z^2 / n)
 *   halfWidth = z / (1 + z^2 / n) * sqrt(p (1 - p) / n + z^2 / (4 n^2))
 *   interval  = [centre - halfWidth, centre + halfWidth]
 * </pre>
 * For example 5 of 10 gives [0.2366, 0.7634] and 0 of 10 gives [0, 0.2775].
 */
public final class WilsonScore {

    /** The two-sided 95% standard normal quantile. */
    public static final double Z95 = 1.959963984540054;

    private WilsonScore() {
    }

    /** The 95% Wilson score interval; {@code n} must be positive and {@code 0 <= x <= n}. */
    public static Interval interval95(long x, long n) {
        return interval(x, n, Z95);
    }

    /** The Wilson score interval for quantile {@code z}. */
    public static Interval interval(long x, long n, double z) {
        if (n <= 0 || x < 0 || x > n) {
            throw new IllegalArgumentException("need 0 <= x <= n and n > 0, got x=" + x + ", n=" + n);
        }
        double p = (double) x / n;
        double z2 = z * z;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denominator;
        double halfWidth = z / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        // With p 0 or 1 the bound is exactly 0 or 1, which rounding would miss by a hair either way.
        double lower = x == 0 ? 0 : Math.max(0, centre - halfWidth);
        double upper = x == n ? 1 : Math.min(1, centre + halfWidth);
        return new Interval(lower, upper);
    }
}
