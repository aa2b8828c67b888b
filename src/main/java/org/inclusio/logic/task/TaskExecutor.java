package org.inclusio.logic.task;

/**
 * Runs background tasks. The GUI's executor uses a worker thread and reports on the FX thread;
 * {@link CallingThreadTaskExecutor} runs them at once, for the command line and for tests.
 */
public interface TaskExecutor {

    /** Starts the task; its success, failure or cancellation handler is called when it ends. */
    <V> void execute(BackgroundTask<V> task);
}
