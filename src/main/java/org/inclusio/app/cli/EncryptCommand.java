package org.inclusio.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.inclusio.persistence.CreatedStore;
import org.inclusio.persistence.StoreFactory;
import org.inclusio.persistence.StoreState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code inclusio encrypt}: encrypts a store that an earlier version left in clear. */
@Command(name = "encrypt", mixinStandardHelpOptions = true)
final class EncryptCommand extends StoreCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--recovery-key-file", paramLabel = "FILE",
            description = "Write the recovery key to FILE (readable by you only) instead of showing it.")
    private Path recoveryKeyFile;

    @Override
    public Integer call() {
        requireEmbeddedStore("encrypt");
        Path directory = storeDirectory();
        StoreFactory factory = new StoreFactory();
        StoreState state = existingState(directory);
        PrintWriter out = spec.commandLine().getOut();
        if (state == StoreState.ENCRYPTED) {
            out.printf("The store in %s is already encrypted.%n", directory);
            out.flush();
            return 0;
        }
        char[] passphrase = newStorePassphrase("Encryption");
        CreatedStore created;
        try {
            created = factory.encrypt(directory, passphrase);
        } finally {
            Arrays.fill(passphrase, '\0');
        }
        try (var store = created.store()) {
            out.printf("The store in %s is now encrypted; its records were counted and match.%n", store.directory());
            RecoveryKeyOutput.deliver(created.recoveryKey(), recoveryKeyFile, out, directory);
        }
        return 0;
    }
}
