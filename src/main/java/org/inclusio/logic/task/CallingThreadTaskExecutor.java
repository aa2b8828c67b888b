package org.inclusio.logic.task;

import java.util.function.Consumer;

/**
 * Runs each task on the calling thread, at once. Failures go to the task's own handler, or to the
 * default handler given here.
 */
public final class CallingThreadTaskExecutor implements TaskExecutor {

    private final Consumer<Throwable> defaultFailureHandler;

    public CallingThreadTaskExecutor(Consumer<Throwable> defaultFailureHandler) {
        this.defaultFailureHandler = defaultFailureHandler;
    }

    @Override
    public <V> void execute(BackgroundTask<V> task) {
        V result;
        try {
            result = task.run();
        } catch (CancelledException e) {
            task.cancelledHandler().run();
            return;
        } catch (Exception | Error e) {
            Consumer<Throwable> handler = task.failureHandler();
            (handler != null ? handler : defaultFailureHandler).accept(e);
            return;
        }
        task.successHandler().accept(result);
    }
}
