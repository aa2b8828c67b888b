package org.inclusio.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;

/**
 * The state of an activity run as a live workshop that is not kept on the activity itself: the
 * stage, and the timer with its breaks, so that a session reopened after a crash resumes where it was.
 * Check-ins, tallies and proposals are stored on the activity's participations and proposals.
 */
@Entity
@Table(name = "workshop_session", uniqueConstraints = @UniqueConstraint(columnNames = "activity_id"))
public class WorkshopSession extends BaseEntity {

    @ManyToOne(optional = false)
    private Activity activity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private WorkshopStage stage = WorkshopStage.TALLY;

    /** When the timer was first started, or null while it never ran. */
    private Instant timerStartedAt;

    /** Since when the timer runs, or null while it is stopped or paused. */
    private Instant runningSince;

    /** Since when the timer is paused (a break), or null. */
    private Instant pausedAt;

    /** Seconds the session ran before {@code runningSince}. */
    private long workedSeconds;

    /** Seconds spent in breaks that have ended. */
    private long breakSeconds;

    private int breakCount;

    public Activity getActivity() {
        return activity;
    }

    public void setActivity(Activity activity) {
        this.activity = activity;
    }

    public WorkshopStage getStage() {
        return stage;
    }

    public void setStage(WorkshopStage stage) {
        this.stage = stage;
    }

    public Instant getTimerStartedAt() {
        return timerStartedAt;
    }

    public void setTimerStartedAt(Instant timerStartedAt) {
        this.timerStartedAt = timerStartedAt;
    }

    public Instant getRunningSince() {
        return runningSince;
    }

    public void setRunningSince(Instant runningSince) {
        this.runningSince = runningSince;
    }

    public Instant getPausedAt() {
        return pausedAt;
    }

    public void setPausedAt(Instant pausedAt) {
        this.pausedAt = pausedAt;
    }

    public long getWorkedSeconds() {
        return workedSeconds;
    }

    public void setWorkedSeconds(long workedSeconds) {
        this.workedSeconds = workedSeconds;
    }

    public long getBreakSeconds() {
        return breakSeconds;
    }

    public void setBreakSeconds(long breakSeconds) {
        this.breakSeconds = breakSeconds;
    }

    public int getBreakCount() {
        return breakCount;
    }

    public void setBreakCount(int breakCount) {
        this.breakCount = breakCount;
    }
}
