package org.inclusio.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.inclusio.persistence.FilePermissions;
import java.util.logging.ErrorManager;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Sends the program's log to rotating files beside the store ({@code logs/}); the console gets
 * warnings only, so commands print just their own output. Libraries' informational chatter
 * (connection pool, migrations) goes to the file.
 */
public final class LoggingSetup {

    private LoggingSetup() {
    }

    public static void configure(Path storeDirectory) {
        System.setProperty("java.util.logging.SimpleFormatter.format",
                "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(Level.INFO);
        // nothing goes to the console: commands print their own messages and the window shows them, and
        // libraries' messages can quote stored values; the log file beside the store has the detail
        if (!Files.isDirectory(storeDirectory)) {
            // no store here (yet): a log folder must not make one appear
            return;
        }
        try {
            Path logs = storeDirectory.resolve("logs");
            FilePermissions.createPrivateDirectory(logs);
            Handler file = new FileHandler(logs.resolve("inclusio-%g.log").toString(), 2_000_000, 3, true);
            file.setFormatter(new SimpleFormatter());
            file.setLevel(Level.INFO);
            // a log that cannot be written (a full disk) must not print its own stack trace on the console
            file.setErrorManager(new ErrorManager() {
                @Override
                public synchronized void error(String message, Exception failure, int code) {
                    // the failure the program is reporting to the user is the one that matters
                }
            });
            root.addHandler(file);
            FilePermissions.makeTreePrivate(logs);
        } catch (IOException | SecurityException e) {
            root.log(Level.WARNING, "Cannot write the log file; logging to the console only: " + e.getMessage());
        }
    }
}
