package org.inclusio.app.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import javafx.application.Application;
import org.inclusio.app.InclusioApp;
import org.inclusio.logic.i18n.Language;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.persistence.ServerAddress;
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
        subcommands = {InfoCommand.class, InitCommand.class, DemoCommand.class, PasswdCommand.class,
            EncryptCommand.class, BackupCommand.class, RestoreCommand.class, ImportCommand.class, ExportCommand.class,
            AnalyseCommand.class, AuditCommand.class, SettingsCommand.class, EraseCommand.class, AccessCommand.class,
            PurgeCommand.class, ReportCommand.class, LettersCommand.class, MigrateStoreCommand.class,
            AccountsCommand.class, ExchangesCommand.class})
public final class InclusioCommand implements Callable<Integer> {

    @Option(names = "--store", paramLabel = "DIR|SERVER", scope = ScopeType.INHERIT, descriptionKey = "cli.option.store")
    private String store;

    @Option(names = "--password-file", paramLabel = "FILE", scope = ScopeType.INHERIT,
            descriptionKey = "cli.option.passwordFile")
    private Path passwordFile;

    @Option(names = "--passphrase-file", paramLabel = "FILE", scope = ScopeType.INHERIT,
            descriptionKey = "cli.option.passphraseFile")
    private Path passphraseFile;

    /**
     * Read by the launcher before the command line is built, since the help is already in this language;
     * declared here so that it is checked and listed in the help.
     */
    @Option(names = "--language", paramLabel = "LANG", scope = ScopeType.INHERIT, descriptionKey = "cli.option.language",
            converter = LanguageConverter.class)
    private Language language;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    private boolean launchedWindow;

    /** A command line ready to execute, with Inclusio's error handling. */
    public static CommandLine commandLine() {
        // the usage help in the language of the run (the default locale, chosen at start)
        return commandLine(Locale.getDefault());
    }

    /** A command line whose usage help is in the language of {@code locale} (Locale.ROOT: English). */
    public static CommandLine commandLine(Locale locale) {
        CommandLine commandLine = new CommandLine(new InclusioCommand());
        commandLine.setResourceBundle(Localization.bundle(Localization.MESSAGES, locale));
        commandLine.setExecutionExceptionHandler(new CliErrorHandler());
        // a store folder may be named like a command ("--store demo")
        commandLine.setAllowSubcommandsAsOptionParameters(true);
        return commandLine;
    }

    @Override
    public Integer call() {
        launchedWindow = true;
        if (serverAddress() != null) {
            Application.launch(InclusioApp.class, "--store=" + StoreLocation.ofThisMachine().chosenLocation(store));
            return 0;
        }
        openWindow(store == null ? null : Path.of(store), null);
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

    /**
     * The store directory chosen by option, environment or operating system; for a store on a server, the
     * local folder for its logs and temporary files.
     */
    public Path storeDirectory() {
        StoreLocation location = StoreLocation.ofThisMachine();
        ServerAddress server = serverAddress();
        return server != null ? location.serverWorkFolder(server) : location.resolve(store == null ? null : Path.of(store));
    }

    /** The server the store is on (by option or environment), or null for a store in a folder. */
    public ServerAddress serverAddress() {
        String chosen = StoreLocation.ofThisMachine().chosenLocation(store);
        try {
            return ServerAddress.parse(chosen).orElse(null);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(new Localization(Locale.getDefault())
                    .text("cli.server.badAddress", chosen, e.getMessage()), ExitStatus.USAGE);
        }
    }

    /** The file with the server password, or null. */
    public Path passwordFile() {
        return passwordFile;
    }

    /** The locale of the run: the language chosen with {@code --language}, else the one the run started in. */
    public Locale locale() {
        return language == null ? Locale.getDefault() : language.locale(Locale.getDefault());
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

/** Reads {@code --language en|sv|ja|system}, naming the languages there are when the value is none of them. */
final class LanguageConverter implements CommandLine.ITypeConverter<Language> {

    @Override
    public Language convert(String value) {
        return Language.ofTag(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                new Localization(Locale.getDefault()).text("cli.language.unknown", value)));
    }
}
