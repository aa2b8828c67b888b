package org.inclusio.logic.catalogue;

/**
 * The whole numbers a field accepts, both ends included.
 *
 * @param min the smallest accepted value
 * @param max the largest accepted value
 */
public record Range(int min, int max) {

    public Range {
        if (min > max) {
            throw new IllegalArgumentException("empty range: " + min + " - " + max);
        }
    }

    /** Whether the value lies in the range. */
    public boolean contains(long value) {
        return value >= min && value <= max;
    }
}
