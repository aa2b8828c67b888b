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
            descriptionKey = "cli.option.encrypt.recoveryKeyFile")
    private Path recoveryKeyFile;

    @Override
    public Integer call() {
        requireEmbeddedStore("encrypt");
        Path directory = storeDirectory();
        StoreFactory factory = new StoreFactory();
        StoreState state = existingState(directory);
        PrintWriter out = spec.commandLine().getOut();
        org.inclusio.logic.i18n.Localization l10n = localization();
        if (state == StoreState.ENCRYPTED) {
            out.println(l10n.text("cli.encrypt.already", directory.toString()));
            out.flush();
            return 0;
        }
        char[] passphrase = newStorePassphrase(l10n.text("cli.passphrase.purpose.encryption"));
        CreatedStore created;
        try {
            created = factory.encrypt(directory, passphrase);
        } finally {
            Arrays.fill(passphrase, '\0');
        }
        try (var store = created.store()) {
            out.println(l10n.text("cli.encrypt.done", store.directory().toString()));
            RecoveryKeyOutput.deliver(created.recoveryKey(), recoveryKeyFile, out, directory);
        }
        return 0;
    }
}
