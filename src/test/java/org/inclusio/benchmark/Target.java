package org.inclusio.benchmark;

/**
 * What a figure should reach: its ratio against the baseline at most or at least a bound, or its
 * median under an absolute limit.
 *
 * @param kind  how the bound is applied
 * @param bound the bound
 */
public record Target(Kind kind, double bound) {

    /** How a target's bound is applied. */
    public enum Kind {
        RATIO_AT_MOST("ratio <= "), RATIO_AT_LEAST("ratio >= "), VALUE_BELOW("median < ");

        private final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }
    }

    public static Target ratioAtMost(double bound) {
        return new Target(Kind.RATIO_AT_MOST, bound);
    }

    public static Target ratioAtLeast(double bound) {
        return new Target(Kind.RATIO_AT_LEAST, bound);
    }

    public static Target below(double bound) {
        return new Target(Kind.VALUE_BELOW, bound);
    }

    boolean metBy(Figure figure) {
        return switch (kind) {
            case RATIO_AT_MOST -> figure.ratio() <= bound;
            case RATIO_AT_LEAST -> figure.ratio() >= bound;
            case VALUE_BELOW -> figure.samples().median() < bound;
        };
    }

    @Override
    public String toString() {
        return kind.prefix + bound;
    }
}
