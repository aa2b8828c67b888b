package org.inclusio.logic.workshop;

import java.time.Duration;
import java.time.Instant;

/**
 * The session's timer: how long it ran before the current run, since when it runs (or since when
 * it is paused), and the breaks taken.
 *
 * @param startedAt     when the timer was first started, or null while it never ran
 * @param runningSince  since when it runs, or null while stopped or paused
 * @param pausedAt      since when it is paused, or null
 * @param workedSeconds seconds run before {@code runningSince}
 * @param breakSeconds  seconds of the breaks that have ended
 * @param breakCount    how many breaks were taken
 */
public record WorkshopTimer(Instant startedAt, Instant runningSince, Instant pausedAt, long workedSeconds,
                            long breakSeconds, int breakCount) {

    /** A timer that never ran. */
    public static WorkshopTimer notStarted() {
        return new WorkshopTimer(null, null, null, 0, 0, 0);
    }

    public boolean running() {
        return runningSince != null;
    }

    public boolean paused() {
        return pausedAt != null;
    }

    /** Seconds the session has run, breaks left out, as of {@code now}. */
    public long runSeconds(Instant now) {
        long current = runningSince == null ? 0 : Math.max(0, Duration.between(runningSince, now).getSeconds());
        return workedSeconds + current;
    }

    /** Seconds of breaks, the current one included, as of {@code now}. */
    public long breakSeconds(Instant now) {
        long current = pausedAt == null ? 0 : Math.max(0, Duration.between(pausedAt, now).getSeconds());
        return breakSeconds + current;
    }
}
