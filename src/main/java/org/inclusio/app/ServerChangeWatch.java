package org.inclusio.app;

import io.ebean.Database;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.inclusio.persistence.ChangeMarker;

/**
 * On a store that several users share, notices changes made by the others (and, harmlessly, this window's
 * own) by asking the store every few seconds whether its audit trail moved on, and then has the window read
 * its registers and counts again. Forms being edited are left alone: a save over someone else's change is
 * refused as an edit conflict, as always.
 */
final class ServerChangeWatch implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ServerChangeWatch.class.getName());

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "inclusio-change-watch");
        thread.setDaemon(true);
        return thread;
    });
    private long seen;

    /**
     * @param onFxThread hands work to the FX thread ({@code Platform::runLater}); tests run it at once
     * @param changed    what the window does when the store changed
     */
    ServerChangeWatch(Database database, long intervalMillis, Consumer<Runnable> onFxThread, Runnable changed) {
        seen = ChangeMarker.read(database);
        timer.scheduleWithFixedDelay(() -> {
            try {
                long now = ChangeMarker.read(database);
                if (now != seen) {
                    seen = now;
                    onFxThread.accept(changed);
                }
            } catch (RuntimeException e) {
                // a server that is briefly away is asked again at the next turn
                LOG.fine("Could not ask the store for changes: " + e.getClass().getSimpleName());
            }
        }, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
