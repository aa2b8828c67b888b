package org.inclusio.gui.util;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Runs an action on the FX thread once calls have stopped for a while: a burst of saves leads to
 * one run, the given quiet time after the last of them. Call it on the FX thread.
 */
public final class FxDebounce implements Runnable {

    private final PauseTransition pause;

    public FxDebounce(Duration quiet, Runnable action) {
        pause = new PauseTransition(quiet);
        pause.setOnFinished(event -> action.run());
    }

    /** Starts, or starts again, the wait before the action. */
    @Override
    public void run() {
        pause.playFromStart();
    }

    /** Forgets a pending run. */
    public void cancel() {
        pause.stop();
    }
}
