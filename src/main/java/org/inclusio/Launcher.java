package org.inclusio;

import org.inclusio.app.cli.InclusioCommand;
import picocli.CommandLine;

/**
 * Starts Inclusio. Without a command it opens the application window; with one (for example
 * {@code info} or {@code demo}) it runs that command headless and exits with its status. This
 * class does not extend {@code Application}, so JavaFX runs from the class path.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        // nothing is logged to the console: until a store's log file is set up, log records go nowhere
        java.util.logging.LogManager.getLogManager().reset();
        if (args.length == 0) {
            // the window, as most starts are: no command line to parse
            InclusioCommand.openWindow(null);
            return;
        }
        CommandLine commandLine = InclusioCommand.commandLine();
        int status = commandLine.execute(args);
        InclusioCommand root = commandLine.getCommand();
        if (!root.launchedWindow()) {
            System.exit(status);
        }
    }
}
