package org.inclusio.logic.demo;

import java.util.List;
import java.util.SplittableRandom;

/** The demo generator's only source of chance: a seeded random stream with the few draws it needs. */
final class Dice {

    private final SplittableRandom random;

    Dice(SplittableRandom random) {
        this.random = random;
    }

    Dice(long seed) {
        this(new SplittableRandom(seed));
    }

    /** An independent stream, so that one part of the generator does not shift another's draws. */
    Dice split() {
        return new Dice(random.split());
    }

    /** A whole number from {@code min} to {@code max}, both included. */
    int between(int min, int max) {
        return min >= max ? min : random.nextInt(min, max + 1);
    }

    int between(Range range) {
        return between(range.min(), range.max());
    }

    /** True with the given probability. */
    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    int below(int bound) {
        return random.nextInt(bound);
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    <T> T pick(T[] items) {
        return items[random.nextInt(items.length)];
    }
}
