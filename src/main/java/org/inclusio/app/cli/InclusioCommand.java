package org.inclusio.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import javafx.application.Application;
import org.inclusio.app.InclusioApp;
import org.inclusio.persistence.StoreLocation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code inclusio [--store DIR] [COMMAND]}: with no command, opens the application window on the
 * store; with a command, runs it headless.
 */
@Command(name = "inclusio", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Records and measures inclusive coproduction in public healthcare.%n"
                + "Without a command, opens the application window.",
        subcommands = {InfoCommand.class, InitCommand.class, DemoCommand.class, PasswdCommand.class,
            EncryptCommand.class, BackupCommand.class, RestoreCommand.class, ImportCommand.class, ExportCommand.class,
            AnalyseCommand.class, AuditCommand.class, SettingsCommand.class, EraseCommand.class, AccessCommand.class,
            PurgeCommand.class, ReportCommand.class})
public final class InclusioCommand implements Callable<Integer> {

    @Option(names = "--store", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "The store directory. Default: the " + StoreLocation.ENVIRONMENT_VARIABLE
                    + " environment variable, else the system's application data directory.")
    private Path store;

    @Option(names = "--passphrase-file", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "Read the store's passphrase from the first line of FILE. Otherwise it comes from the "
                    + Secrets.PASSPHRASE_VARIABLE + " environment variable (for automation: any program that can "
                    + "read this process's environment can read it too), else it is asked for on the terminal.")
    private Path passphraseFile;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    private boolean launchedWindow;

    /** A command line ready to execute, with Inclusio's error handling. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new InclusioCommand());
        commandLine.setExecutionExceptionHandler(new CliErrorHandler());
        // a store folder may be named like a command ("--store demo")
        commandLine.setAllowSubcommandsAsOptionParameters(true);
        return commandLine;
    }

    @Override
    public Integer call() {
        launchedWindow = true;
        openWindow(store, null);
        return 0;
    }

    /**
     * Opens the application window on the store (null: the environment's or the system's default) and returns
     * when it closes. Without arguments the launcher calls this directly: building the command line's model of
     * every command took about a second of a cold start.
     *
     * @param importFile an interchange file the window offers to import once the store is open, or null
     */
    public static void openWindow(Path store, Path importFile) {
        String storeParameter = "--store=" + StoreLocation.ofThisMachine().resolve(store);
        if (importFile == null) {
            Application.launch(InclusioApp.class, storeParameter);
        } else {
            Application.launch(InclusioApp.class, storeParameter,
                    InclusioApp.IMPORT_PARAMETER + "=" + importFile.toAbsolutePath());
        }
    }

    /** The store directory chosen by option, environment or operating system. */
    public Path storeDirectory() {
        return StoreLocation.ofThisMachine().resolve(store);
    }

    /** The file with the store's passphrase, or null. */
    public Path passphraseFile() {
        return passphraseFile;
    }

    /** Where commands write messages for the user. */
    java.io.PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** True when this run opened the window rather than running a command. */
    public boolean launchedWindow() {
        return launchedWindow;
    }
}
