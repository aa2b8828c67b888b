package org.inclusio.logic.task;

/**
 * What long work sees of the task it runs in: a place to report progress and a way to learn that
 * the user cancelled. Work takes this, not the task, so it does not depend on how it is run.
 */
public interface TaskContext {

    void updateProgress(long done, long total);

    void updateMessage(String message);

    boolean isCancelled();

    /** Stops the work by throwing when the user has cancelled it. */
    void checkCancelled() throws CancelledException;
}
