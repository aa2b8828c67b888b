package org.inclusio.logic.common;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a list into consecutive pieces of at most a given size, so that a query over an unbounded
 * list of ids binds a bounded number of parameters each time (H2 refuses a statement with more than
 * 100,000 of them).
 */
public final class Chunks {

    /** The size used where nothing else is asked for: far below the database's limit, and few round trips. */
    public static final int DEFAULT_SIZE = 1000;

    private Chunks() {
    }

    /** The consecutive pieces of the list, each of at most {@code size} elements; none for an empty list. */
    public static <T> List<List<T>> of(List<T> items, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("chunk size must be at least 1: " + size);
        }
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < items.size(); from += size) {
            chunks.add(items.subList(from, Math.min(items.size(), from + size)));
        }
        return chunks;
    }
}
