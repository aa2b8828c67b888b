package org.inclusio.logic.demo;

/** An inclusive range of whole numbers, such as the speaking turns a kind of participant takes. */
record Range(int min, int max) {

    Range {
        if (min > max) {
            throw new IllegalArgumentException("min " + min + " > max " + max);
        }
    }

    static Range of(int min, int max) {
        return new Range(min, max);
    }
}
