package org.inclusio.logic.exchange;

import java.time.Instant;
import java.util.Objects;

/**
 * The state of one record as far as merging is concerned: its optimistic-locking version and when
 * it was last modified. Import copies both exactly, so two stores that last shared a record hold
 * the same stamp; an edit on either side gives a new one.
 */
public record Stamp(long version, Instant whenModified) {

    public Stamp {
        Objects.requireNonNull(whenModified, "whenModified");
    }
}
