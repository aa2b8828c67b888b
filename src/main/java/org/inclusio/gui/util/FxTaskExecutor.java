package org.inclusio.gui.util;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Task;
import org.inclusio.logic.task.BackgroundTask;
import org.inclusio.logic.task.CancelledException;
import org.inclusio.logic.task.ProgressListener;
import org.inclusio.logic.task.TaskExecutor;

/**
 * Runs background tasks on worker threads as JavaFX {@link Task}s, shows the latest one in the
 * status bar through {@link TaskProgressModel}, and hands every outcome back on the FX thread:
 * success and cancellation to the task's handlers, failure to its handler or else to the user.
 */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {

    private final ExecutorService workers = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "inclusio-worker");
        thread.setDaemon(true);
        return thread;
    });
    private final TaskProgressModel progress;
    private final Consumer<Throwable> defaultFailureHandler;

    public FxTaskExecutor(TaskProgressModel progress, Consumer<Throwable> defaultFailureHandler) {
        this.progress = progress;
        this.defaultFailureHandler = defaultFailureHandler;
    }

    @Override
    public <V> void execute(BackgroundTask<V> task) {
        Task<V> fxTask = new Task<>() {
            @Override
            protected V call() throws Exception {
                return task.run();
            }
        };
        // the status bar follows the task as well as any listener of the screen that started it
        task.addProgressListener(new ProgressListener() {
            @Override
            public void progress(long done, long total) {
                double fraction = total <= 0 ? -1 : (double) done / total;
                Platform.runLater(() -> progress.progressed(fraction));
            }

            @Override
            public void message(String message) {
                Platform.runLater(() -> progress.messaged(message));
            }
        });
        fxTask.setOnSucceeded(event -> {
            progress.ended(task);
            task.successHandler().accept(fxTask.getValue());
        });
        fxTask.setOnFailed(event -> {
            progress.ended(task);
            Throwable failure = fxTask.getException();
            if (failure instanceof CancelledException) {
                task.cancelledHandler().run();
                return;
            }
            Consumer<Throwable> handler = task.failureHandler();
            (handler != null ? handler : defaultFailureHandler).accept(failure);
        });
        progress.started(task);
        workers.execute(fxTask);
    }

    @Override
    public void close() {
        workers.shutdownNow();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
