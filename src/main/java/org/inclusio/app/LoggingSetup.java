package org.inclusio.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.ConsoleHandler;
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
        ConsoleHandler console = new ConsoleHandler();
        console.setLevel(Level.WARNING);
        root.addHandler(console);
        try {
            Path logs = storeDirectory.resolve("logs");
            Files.createDirectories(logs);
            Handler file = new FileHandler(logs.resolve("inclusio-%g.log").toString(), 2_000_000, 3, true);
            file.setFormatter(new SimpleFormatter());
            file.setLevel(Level.INFO);
            root.addHandler(file);
        } catch (IOException | SecurityException e) {
            root.log(Level.WARNING, "Cannot write the log file; logging to the console only: " + e.getMessage());
        }
    }
}
