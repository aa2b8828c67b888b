package org.inclusio.logic.analysis.rules;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.inclusio.logic.analysis.AnalysisFilter;
import org.inclusio.logic.task.BackgroundTask;
import org.inclusio.logic.task.TaskExecutor;

/**
 * Keeps the stored automatic flags current: runs the rules in the background through the executor,
 * never two runs at once. A request made while a run is under way waits for it; requests for the
 * same filter that wait together lead to one run, over the data as it is when that run starts.
 * Every completed run is reported to the listeners; a failure goes to the failure handler, so the
 * user learns of it.
 *
 * <p>All methods and all handlers are called on one thread (the FX thread in the window, the
 * calling thread in tests), as the executor hands outcomes back there.
 */
public final class DetectionRefresh {

    private final ExclusionDetector detector;
    private final TaskExecutor executor;
    private final String title;
    private final List<Consumer<DetectionReport>> listeners = new ArrayList<>();
    private final List<Consumer<Boolean>> busyListeners = new ArrayList<>();
    private final Map<AnalysisFilter, List<Consumer<DetectionReport>>> waiting = new LinkedHashMap<>();
    private Consumer<Throwable> failureHandler;
    private BackgroundTask<DetectionReport> running;
    private boolean busy;

    /**
     * @param title          what the status bar says while the rules run
     * @param failureHandler tells the user that a run failed
     */
    public DetectionRefresh(ExclusionDetector detector, TaskExecutor executor, String title,
                            Consumer<Throwable> failureHandler) {
        this.detector = Objects.requireNonNull(detector);
        this.executor = Objects.requireNonNull(executor);
        this.title = Objects.requireNonNull(title);
        this.failureHandler = Objects.requireNonNull(failureHandler);
    }

    public void setFailureHandler(Consumer<Throwable> failureHandler) {
        this.failureHandler = Objects.requireNonNull(failureHandler);
    }

    /** Hears about every completed run. */
    public void addListener(Consumer<DetectionReport> listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    /** Hears {@code true} when runs start after none ran, and {@code false} when the last one ends. */
    public void addBusyListener(Consumer<Boolean> listener) {
        busyListeners.add(Objects.requireNonNull(listener));
    }

    /** Asks for a run over the whole store, as the data is now (after a save or an import). */
    public void request() {
        request(AnalysisFilter.all(), report -> { });
    }

    /** Asks for a run over the filter and hands its report to {@code done} as well as to the listeners. */
    public void request(AnalysisFilter filter, Consumer<DetectionReport> done) {
        waiting.computeIfAbsent(Objects.requireNonNull(filter), f -> new ArrayList<>()).add(Objects.requireNonNull(done));
        if (running == null) {
            next();
        }
    }

    /** Whether a run is under way. */
    public boolean isRunning() {
        return running != null;
    }

    /** Stops the run under way (nothing of it is written) and forgets the requests waiting for the next. */
    public void cancel() {
        waiting.clear();
        if (running != null) {
            running.cancel();
        }
    }

    private void next() {
        Iterator<Map.Entry<AnalysisFilter, List<Consumer<DetectionReport>>>> first = waiting.entrySet().iterator();
        if (!first.hasNext()) {
            setBusy(false);
            return;
        }
        Map.Entry<AnalysisFilter, List<Consumer<DetectionReport>>> entry = first.next();
        first.remove();
        AnalysisFilter filter = entry.getKey();
        List<Consumer<DetectionReport>> callers = entry.getValue();
        BackgroundTask<DetectionReport> task = BackgroundTask.of(title, context -> {
            context.updateMessage(title);
            return detector.detect(filter, context);
        });
        running = task;
        setBusy(true);
        executor.execute(task.onSuccess(report -> {
            running = null;
            callers.forEach(caller -> caller.accept(report));
            listeners.forEach(listener -> listener.accept(report));
            continueAfter();
        }).onFailure(failure -> {
            running = null;
            failureHandler.accept(failure);
            continueAfter();
        }).onCancelled(() -> {
            running = null;
            continueAfter();
        }));
    }

    /** Starts the next waiting run, unless a handler of the finished one already did. */
    private void continueAfter() {
        if (running == null) {
            next();
        }
    }

    private void setBusy(boolean now) {
        if (busy != now) {
            busy = now;
            busyListeners.forEach(listener -> listener.accept(now));
        }
    }
}
