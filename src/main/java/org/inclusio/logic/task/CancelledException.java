package org.inclusio.logic.task;

/** Thrown inside a task when the user cancelled it; executors treat it as cancellation, not failure. */
public class CancelledException extends Exception {

    private static final long serialVersionUID = 1L;

    public CancelledException() {
        super("cancelled");
    }
}
