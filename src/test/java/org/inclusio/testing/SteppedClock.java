package org.inclusio.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock that stands still until a test moves it on. */
public final class SteppedClock extends Clock {

    private Instant now;
    private final ZoneId zone;

    public SteppedClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    /** Moves the clock on. */
    public void advance(Duration step) {
        now = now.plus(step);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new SteppedClock(now, other);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
