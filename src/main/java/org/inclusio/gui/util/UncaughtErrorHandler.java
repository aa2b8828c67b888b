package org.inclusio.gui.util;

import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import org.inclusio.gui.dialog.DialogService;
import org.inclusio.logic.ErrorReport;

/**
 * The last line of defence: an exception nobody caught is logged (without stored data) and shown
 * to the user in plain words instead of silently killing a thread or the window.
 */
public final class UncaughtErrorHandler implements Thread.UncaughtExceptionHandler {

    private static final Logger LOG = Logger.getLogger(UncaughtErrorHandler.class.getName());

    private final DialogService dialogs;

    public UncaughtErrorHandler(DialogService dialogs) {
        this.dialogs = dialogs;
    }

    /** Makes this the handler of every thread, the FX thread included. */
    public void install() {
        Thread.setDefaultUncaughtExceptionHandler(this);
        if (Platform.isFxApplicationThread()) {
            Thread.currentThread().setUncaughtExceptionHandler(this);
        }
    }

    @Override
    public void uncaughtException(Thread thread, Throwable failure) {
        LOG.log(Level.SEVERE, "Uncaught in " + thread.getName() + ": " + ErrorReport.forLog(failure));
        Runnable show = () -> dialogs.showUnexpectedError(failure);
        if (Platform.isFxApplicationThread()) {
            show.run();
        } else {
            Platform.runLater(show);
        }
    }
}
