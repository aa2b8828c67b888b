package org.inclusio.app.cli;

import java.io.PrintWriter;
import org.inclusio.logic.task.ProgressListener;

/** Shows a long command's progress on standard error, one line rewritten in place, at most every whole percent. */
final class ConsoleProgress implements ProgressListener {

    private final PrintWriter err;
    private long lastPercent = -1;

    ConsoleProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void progress(long done, long total) {
        if (total <= 0) {
            return;
        }
        long percent = done * 100 / total;
        if (percent != lastPercent) {
            lastPercent = percent;
            err.printf("\r%3d%%", percent);
            if (percent >= 100) {
                err.println();
            }
            err.flush();
        }
    }

    @Override
    public void message(String message) {
    }
}
