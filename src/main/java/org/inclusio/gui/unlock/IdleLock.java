package org.inclusio.gui.unlock;

import java.util.function.LongSupplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Locks the window after a time without a key press or mouse movement, or on request. The clock is given,
 * so that tests move time by hand; the window calls {@link #activity()} from an event filter and
 * {@link #check()} from a timer.
 */
public final class IdleLock {

    private static final long NANOS_PER_MINUTE = 60_000_000_000L;

    private final LongSupplier nanoClock;
    private final IntegerProperty idleMinutes;
    private final Runnable lockAction;
    private final SimpleBooleanProperty locked = new SimpleBooleanProperty(false);
    private final SimpleBooleanProperty enabled = new SimpleBooleanProperty(true);
    private long lastActivity;

    /**
     * @param nanoClock   a monotonic clock in nanoseconds ({@code System::nanoTime} in the window)
     * @param idleMinutes minutes of inactivity before locking; 0 never locks by itself
     * @param lockAction  hides every view (called once per lock)
     */
    public IdleLock(LongSupplier nanoClock, IntegerProperty idleMinutes, Runnable lockAction) {
        this.nanoClock = nanoClock;
        this.idleMinutes = idleMinutes;
        this.lockAction = lockAction;
        this.lastActivity = nanoClock.getAsLong();
    }

    /** The user did something. */
    public void activity() {
        lastActivity = nanoClock.getAsLong();
    }

    /** Locks when the idle time has passed; true when it locked now. */
    public boolean check() {
        int minutes = idleMinutes.get();
        if (locked.get() || !enabled.get() || minutes <= 0) {
            return false;
        }
        if (nanoClock.getAsLong() - lastActivity >= minutes * NANOS_PER_MINUTE) {
            lock();
            return true;
        }
        return false;
    }

    /** Locks at once (the menu, Ctrl+L, the Lock button). */
    public void lock() {
        if (locked.get() || !enabled.get()) {
            return;
        }
        locked.set(true);
        lockAction.run();
    }

    /** The right secret was given again. */
    public void unlocked() {
        locked.set(false);
        activity();
    }

    /** False where locking cannot work (a store in clear has no key to check against). */
    public void setEnabled(boolean canLock) {
        enabled.set(canLock);
    }

    public ReadOnlyBooleanProperty lockedProperty() {
        return locked;
    }

    public ReadOnlyBooleanProperty enabledProperty() {
        return enabled;
    }
}
