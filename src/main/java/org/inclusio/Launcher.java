package org.inclusio;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.inclusio.app.cli.InclusioCommand;
import org.inclusio.app.startup.ClassDataArchive;
import org.inclusio.logic.exchange.InterchangeFileName;
import picocli.CommandLine;

/**
 * Starts Inclusio. Without a command it opens the application window; with one (for example
 * {@code info} or {@code demo}) it runs that command headless and exits with its status; with the path of an
 * interchange file ({@code .inclusio}, as the desktop passes it) it opens the window and offers to import the
 * file. This
 * class does not extend {@code Application}, so JavaFX runs from the class path.
 */
public final class Launcher {

    private Launcher() {
    }

    /** True for the one argument the desktop passes when the user opens a .inclusio file. */
    static boolean opensInterchangeFile(String argument) {
        if (argument.startsWith("-")) {
            return false;
        }
        try {
            Path file = Path.of(argument);
            return InterchangeFileName.hasExtension(file) && Files.isRegularFile(file);
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** True when the arguments open the window: none, an interchange file, or only the store and the language. */
    static boolean opensWindow(String[] args) {
        if (args.length == 0 || args.length == 1 && opensInterchangeFile(args[0])) {
            return true;
        }
        for (int i = 0; i < args.length; i++) {
            String argument = args[i];
            if (argument.equals("--store") || argument.equals("--language")) {
                i++;
            } else if (!argument.startsWith("--store=") && !argument.startsWith("--language=")) {
                return false;
            }
        }
        return true;
    }

    public static void main(String[] args) {
        // a window started as java -jar runs again with the archive of its classes, if there is one (or makes it)
        ClassDataArchive.relaunchIfUseful(args, opensWindow(args));
        // nothing is logged to the console: until a store's log file is set up, log records go nowhere
        java.util.logging.LogManager.getLogManager().reset();
        // the language of everything this run shows, the window and the command line alike
        org.inclusio.app.StartupLanguage.apply(args);
        if (args.length == 0) {
            // the window, as most starts are: no command line to parse
            InclusioCommand.openWindow(null, null);
            return;
        }
        if (args.length == 1 && opensInterchangeFile(args[0])) {
            // an interchange file opened from the desktop: the window offers to import it once the store is open
            InclusioCommand.openWindow(null, Path.of(args[0]));
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
