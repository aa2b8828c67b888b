package org.inclusio.logic.exchange;

/**
 * Hides counts small enough to point at individuals: a count from 1 to {@code threshold - 1} is
 * shown as "&lt;threshold"; zero and larger counts are shown as they are.
 */
public record SmallCountRule(int threshold) {

    /** The rule the screens use: counts under 5 are hidden. */
    public static final SmallCountRule DEFAULT = new SmallCountRule(5);

    public SmallCountRule {
        if (threshold < 1) {
            throw new IllegalArgumentException("threshold must be at least 1");
        }
    }

    /** The count itself, or the text that stands for a hidden count. */
    public Object shown(long count) {
        return count > 0 && count < threshold ? "<" + threshold : (Object) count;
    }
}
