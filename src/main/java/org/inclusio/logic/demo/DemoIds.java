package org.inclusio.logic.demo;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Identities for demo records in the layout of UUID version 7: the time the load started, then a
 * counter from a random start. Each identity is larger than the one before, so the store appends
 * to its indexes instead of rewriting pages all over them, which keeps a large load fast and the
 * store file small; the random start keeps identities from different loads apart.
 */
final class DemoIds {

    private static final long VERSION_7 = 0x7000L;
    private static final long VARIANT = 0x8000_0000_0000_0000L;
    /** Room left above the random start so the counter never reaches the variant bits. */
    private static final long COUNTER_START_BOUND = 1L << 61;

    private final long mostSignificant;
    private long counter;

    DemoIds(long startMillis, SecureRandom random) {
        long randomA = random.nextInt(1 << 12);
        this.mostSignificant = (startMillis << 16) | VERSION_7 | randomA;
        this.counter = random.nextLong(COUNTER_START_BOUND);
    }

    static DemoIds startingNow() {
        return new DemoIds(System.currentTimeMillis(), new SecureRandom());
    }

    UUID next() {
        counter++;
        return new UUID(mostSignificant, VARIANT | counter);
    }
}
