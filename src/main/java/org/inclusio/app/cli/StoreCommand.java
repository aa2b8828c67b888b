package org.inclusio.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.inclusio.app.AppServices;
import org.inclusio.app.LoggingSetup;
import org.inclusio.app.StoreOpening;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.persistence.CreatedStore;
import org.inclusio.persistence.PasswordFile;
import org.inclusio.persistence.ServerAddress;
import org.inclusio.persistence.Store;
import org.inclusio.persistence.StoreException;
import org.inclusio.persistence.StoreFactory;
import org.inclusio.persistence.StoreProblem;
import org.inclusio.persistence.StoreSecret;
import org.inclusio.persistence.StoreState;
import picocli.CommandLine.ParentCommand;

/**
 * What every command shares: the store chosen on the command line, unlocked with the passphrase from a file,
 * the environment or the terminal, and opened with logging to its folder. Only commands that create a store
 * say so ({@link #openOrCreateStore}); every other command names a missing store and creates nothing.
 */
abstract class StoreCommand {

    @ParentCommand
    private InclusioCommand root;

    /** Opens the chosen, existing store with every service over it; the caller closes it. */
    protected AppServices openStore() {
        ServerAddress server = root.serverAddress();
        if (server != null) {
            LoggingSetup.configure(storeDirectory());
            return openServerStore(server);
        }
        Path directory = storeDirectory();
        Localization l10n = localization();
        StoreFactory factory = new StoreFactory();
        StoreState state = existingState(directory);
        LoggingSetup.configure(directory);
        StoreSecret secret = null;
        if (state == StoreState.ENCRYPTED) {
            char[] passphrase = secrets().existing(root.passphraseFile(), Secrets.PASSPHRASE_VARIABLE,
                    l10n.text("cli.store.prompt", directory.toString()));
            if (passphrase == null) {
                throw new StoreException(StoreProblem.PASSPHRASE_NEEDED, directory, "no passphrase", null);
            }
            secret = new StoreSecret.Passphrase(passphrase);
        }
        Store store = factory.open(directory, secret);
        if (state == StoreState.CLEAR) {
            root.err().println(l10n.text("cli.store.clearNote", directory.toString()));
        }
        return StoreOpening.services(store, l10n);
    }

    /**
     * Opens the chosen store, or creates a new encrypted one when the folder holds none: for the commands that
     * exist to make a store ({@code init}, {@code demo}). The recovery key of a new store is written to the
     * given file, or printed once.
     */
    protected AppServices openOrCreateStore(Path recoveryKeyFile, PrintWriter out) {
        ServerAddress server = root.serverAddress();
        if (server != null) {
            // an empty database on the server gets its tables at the first open; the server protects the data
            LoggingSetup.configure(storeDirectory());
            return openServerStore(server);
        }
        Path directory = storeDirectory();
        StoreFactory factory = new StoreFactory();
        if (factory.inspect(directory) != StoreState.MISSING) {
            return openStore();
        }
        LoggingSetup.configure(directory);
        char[] passphrase = newStorePassphrase(localization().text("cli.passphrase.purpose.newStore"));
        CreatedStore created;
        try {
            created = factory.create(directory, passphrase);
        } finally {
            Arrays.fill(passphrase, '\0');
        }
        LoggingSetup.configure(directory);
        RecoveryKeyOutput.deliver(created.recoveryKey(), recoveryKeyFile, out, directory);
        return StoreOpening.services(created.store(), localization());
    }

    /**
     * Opens the store on a server. The password comes from {@code --password-file}, the {@code PGPASSWORD}
     * environment variable, the PostgreSQL password file (read by the driver), or the terminal.
     */
    protected AppServices openServerStore(ServerAddress server) {
        return StoreOpening.services(openRawServerStore(server), localization());
    }

    /** The store on the server, migrated, without any service over it (nothing is written to it yet). */
    protected Store openRawServerStore(ServerAddress server) {
        char[] password = serverPassword(server);
        try {
            return new StoreFactory().openServer(server, password,
                    org.inclusio.persistence.StoreLocation.ofThisMachine().serverWorkFolder(server));
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    private char[] serverPassword(ServerAddress server) {
        char[] given = secrets().fromFileOrEnvironment(root.passwordFile(), "PGPASSWORD");
        if (given != null) {
            return given;
        }
        if (PasswordFile.hasEntryFor(server)) {
            return null;
        }
        java.io.Console console = System.console();
        return console == null ? null
                : console.readPassword("%s", localization().text("cli.server.passwordPrompt", server.displayName()));
    }

    /** Refuses a command that works on a store's folder (keys, backups) when the store is on a server. */
    protected void requireEmbeddedStore(String commandName) {
        if (root.serverAddress() != null) {
            throw new CommandFailure(localization().text("cli.server.folderOnly", commandName), ExitStatus.USAGE);
        }
    }

    /** What the folder holds; a folder without a store is named as such (status 3) and left as it is. */
    protected static StoreState existingState(Path directory) {
        StoreState state = new StoreFactory().inspect(directory);
        if (state == StoreState.MISSING) {
            throw new StoreException(StoreProblem.MISSING, directory, "no store", null);
        }
        return state;
    }

    /** A new passphrase for the purpose (a new store, encryption): from the file, the environment or typed twice. */
    protected char[] newStorePassphrase(String purpose) {
        Localization l10n = localization();
        return secrets().chosen(root.passphraseFile(), Secrets.PASSPHRASE_VARIABLE, l10n.text("cli.passphrase.choose"),
                l10n.text("cli.passphrase.again"), l10n.text("cli.passphrase.noSource", purpose,
                        Secrets.PASSPHRASE_VARIABLE));
    }

    protected Path storeDirectory() {
        return root.storeDirectory();
    }

    /** The server the store is on, or null for a store in a folder. */
    protected ServerAddress serverAddress() {
        return root.serverAddress();
    }

    protected Path passphraseFile() {
        return root.passphraseFile();
    }

    /** The locale of the run, as {@code --language} (before or after the command's name) chose it. */
    protected Locale runLocale() {
        return root.locale();
    }

    protected Secrets secrets() {
        return Secrets.ofThisProcess(localization());
    }

    protected static Localization localization() {
        return new Localization(Locale.getDefault());
    }
}
