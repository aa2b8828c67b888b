package org.inclusio.gui.util;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.inclusio.logic.task.BackgroundTask;

/**
 * What the status bar shows of the running background task: its title, message and progress,
 * and a way to cancel it. Updated on the FX thread only.
 */
public final class TaskProgressModel {

    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private BackgroundTask<?> current;

    void started(BackgroundTask<?> task) {
        current = task;
        title.set(task.title());
        message.set("");
        progress.set(-1);
        running.set(true);
    }

    void progressed(double fraction) {
        progress.set(fraction);
    }

    void messaged(String text) {
        message.set(text);
    }

    void ended(BackgroundTask<?> task) {
        if (current == task) {
            current = null;
            running.set(false);
            title.set("");
            message.set("");
            progress.set(0);
        }
    }

    /** Asks the running task to stop at its next check. */
    public void cancel() {
        if (current != null) {
            current.cancel();
        }
    }

    public ReadOnlyStringProperty titleProperty() {
        return title;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    /** Between 0 and 1, or -1 while the amount of work is not known. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }
}
