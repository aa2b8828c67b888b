package org.inclusio.logic.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DemoIdsTest {

    @Test
    void identitiesAreVersionSevenWithTheStartTimeAndAlwaysIncrease() {
        long start = 0x0193_4E1A_2B3CL;
        DemoIds ids = new DemoIds(start, new SecureRandom());

        UUID previous = ids.next();
        for (int i = 0; i < 10_000; i++) {
            UUID next = ids.next();
            assertThat(next.version()).isEqualTo(7);
            assertThat(next.variant()).isEqualTo(2);
            assertThat(next.getMostSignificantBits() >>> 16).isEqualTo(start);
            assertThat(next.getMostSignificantBits()).isEqualTo(previous.getMostSignificantBits());
            assertThat(Long.compareUnsigned(next.getLeastSignificantBits(), previous.getLeastSignificantBits()))
                    .isPositive();
            assertThat(next.getLeastSignificantBits() - previous.getLeastSignificantBits()).isEqualTo(1);
            previous = next;
        }
    }

    @Test
    void twoLoadsStartingInTheSameMillisecondStillGetDifferentIdentities() {
        UUID first = new DemoIds(1_700_000_000_000L, new SecureRandom()).next();
        UUID second = new DemoIds(1_700_000_000_000L, new SecureRandom()).next();

        assertThat(first).isNotEqualTo(second);
    }
}
