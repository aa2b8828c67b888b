package org.inclusio.logic.task;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Long work (import, export, analysis, loading large data) described independently of how it is
 * run: the GUI runs it on a worker thread with progress and a cancel button, the command line
 * and tests run it on the calling thread. Work checks {@link #checkCancelled()} between steps.
 *
 * @param <V> what the work produces
 */
public abstract class BackgroundTask<V> implements TaskContext {

    private final String title;
    private volatile boolean cancelled;
    private volatile ProgressListener progressListener = ProgressListener.NONE;
    private Consumer<V> onSuccess = value -> { };
    private Consumer<Throwable> onFailure;
    private Runnable onCancelled = () -> { };

    protected BackgroundTask(String title) {
        this.title = Objects.requireNonNull(title);
    }

    /** Creates a task from a lambda that does the work with the task's progress reporting. */
    public static <V> BackgroundTask<V> of(String title, Work<V> work) {
        return new BackgroundTask<>(title) {
            @Override
            protected V call() throws Exception {
                return work.run(this);
            }
        };
    }

    /**
     * A task that does no work of its own: a channel for progress and cancellation when work runs
     * directly on the calling thread (the command line).
     */
    public static BackgroundTask<Void> progressChannel(String title) {
        return of(title, task -> null);
    }

    /** The work itself; runs off the FX thread. */
    protected abstract V call() throws Exception;

    /** Runs the work; executors call this on the thread they chose. */
    public final V run() throws Exception {
        checkCancelled();
        return call();
    }

    public String title() {
        return title;
    }

    public void cancel() {
        cancelled = true;
    }

    @Override
    public boolean isCancelled() {
        return cancelled;
    }

    /** Stops the work by throwing when the user has cancelled it. */
    @Override
    public void checkCancelled() throws CancelledException {
        if (cancelled) {
            throw new CancelledException();
        }
    }

    @Override
    public void updateProgress(long done, long total) {
        progressListener.progress(done, total);
    }

    @Override
    public void updateMessage(String message) {
        progressListener.message(message);
    }

    public void setProgressListener(ProgressListener listener) {
        this.progressListener = listener == null ? ProgressListener.NONE : listener;
    }

    /**
     * Adds a listener beside the one already set, so that an executor's status bar and a screen's own
     * progress bar both follow the task.
     */
    public void addProgressListener(ProgressListener listener) {
        ProgressListener earlier = progressListener;
        if (earlier == ProgressListener.NONE) {
            setProgressListener(listener);
            return;
        }
        this.progressListener = new ProgressListener() {
            @Override
            public void progress(long done, long total) {
                earlier.progress(done, total);
                listener.progress(done, total);
            }

            @Override
            public void message(String message) {
                earlier.message(message);
                listener.message(message);
            }
        };
    }

    public BackgroundTask<V> onSuccess(Consumer<V> handler) {
        this.onSuccess = Objects.requireNonNull(handler);
        return this;
    }

    public BackgroundTask<V> onFailure(Consumer<Throwable> handler) {
        this.onFailure = Objects.requireNonNull(handler);
        return this;
    }

    public BackgroundTask<V> onCancelled(Runnable handler) {
        this.onCancelled = Objects.requireNonNull(handler);
        return this;
    }

    public Consumer<V> successHandler() {
        return onSuccess;
    }

    /** The failure handler, or null when the executor's default (tell the user) applies. */
    public Consumer<Throwable> failureHandler() {
        return onFailure;
    }

    public Runnable cancelledHandler() {
        return onCancelled;
    }

    /** Work written as a lambda. */
    @FunctionalInterface
    public interface Work<V> {
        V run(TaskContext context) throws Exception;
    }
}
