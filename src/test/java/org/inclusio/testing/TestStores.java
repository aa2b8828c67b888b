package org.inclusio.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.inclusio.app.AppServices;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.persistence.Store;
import org.inclusio.persistence.StoreFactory;
import org.inclusio.persistence.StoreSecret;

/**
 * Stores for tests, made the way the program makes them: encrypted, with a passphrase, created when the
 * folder holds none and opened when it does.
 */
public final class TestStores {

    /** The passphrase of every store a test makes. */
    public static final String PASSPHRASE = "correct horse battery staple";

    private TestStores() {
    }

    public static StoreSecret secret() {
        return new StoreSecret.Passphrase(PASSPHRASE.toCharArray());
    }

    /** A private file holding the passphrase, for commands run in a test ({@code --passphrase-file}). */
    public static Path passphraseFile() {
        try {
            Path file = Files.createTempFile("inclusio-test-passphrase", ".txt");
            file.toFile().deleteOnExit();
            Files.writeString(file, PASSPHRASE + System.lineSeparator());
            return file;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The arguments of a command run in a test, after the option that gives it the passphrase. */
    public static String[] withPassphrase(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--passphrase-file";
        all[1] = passphraseFile().toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return all;
    }

    /**
     * Opens the store in the folder, creating it first when there is none. With the system property
     * {@value TestServer#STORE_PROPERTY} set to {@code postgres}, the store is instead a database of its own on
     * the test server, one per folder, so that the same tests run on PostgreSQL.
     */
    public static Store open(Path directory) {
        if (TestServer.storesOnServer()) {
            return TestServer.storeFor(directory);
        }
        StoreFactory factory = new StoreFactory();
        if (Files.exists(directory.resolve("inclusio.mv.db"))) {
            return factory.open(directory, secret());
        }
        return factory.create(directory, PASSPHRASE.toCharArray()).store();
    }

    /** Every service over the store in the folder, creating it first when there is none. */
    public static AppServices services(Path directory, Localization l10n) {
        return AppServices.over(open(directory), l10n);
    }
}
