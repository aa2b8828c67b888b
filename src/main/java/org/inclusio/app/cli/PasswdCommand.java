package org.inclusio.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.inclusio.app.StoreOpening;
import org.inclusio.logic.audit.AuditAction;
import org.inclusio.persistence.StoreException;
import org.inclusio.persistence.StoreFactory;
import org.inclusio.persistence.StoreProblem;
import org.inclusio.persistence.StoreSecret;
import org.inclusio.persistence.StoreState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code inclusio passwd}: gives the store a new passphrase (the store itself is not rewritten). */
@Command(name = "passwd", mixinStandardHelpOptions = true)
final class PasswdCommand extends StoreCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--new-passphrase-file", paramLabel = "FILE", descriptionKey = "cli.option.passwd.newPassphraseFile")
    private Path newPassphraseFile;

    @Option(names = "--recovery-key", paramLabel = "KEY",
            descriptionKey = "cli.option.passwd.recoveryKey")
    private String recoveryKey;

    @Override
    public Integer call() {
        requireEmbeddedStore("passwd");
        Path directory = storeDirectory();
        StoreFactory factory = new StoreFactory();
        StoreState state = existingState(directory);
        org.inclusio.logic.i18n.Localization l10n = localization();
        if (state == StoreState.CLEAR) {
            throw new CommandFailure(l10n.text("cli.passwd.clear", directory.toString()));
        }
        StoreSecret current;
        if (recoveryKey != null) {
            current = new StoreSecret.RecoveryKey(recoveryKey);
        } else {
            char[] passphrase = secrets().existing(passphraseFile(), Secrets.PASSPHRASE_VARIABLE,
                    l10n.text("cli.passwd.currentPrompt", directory.toString()));
            if (passphrase == null) {
                throw new StoreException(StoreProblem.PASSPHRASE_NEEDED, directory, "no passphrase", null);
            }
            current = new StoreSecret.Passphrase(passphrase);
        }
        char[] chosen = secrets().chosen(newPassphraseFile, Secrets.NEW_PASSPHRASE_VARIABLE,
                l10n.text("cli.passwd.newPrompt"), l10n.text("cli.passphrase.again"),
                l10n.text("cli.passwd.noSource", Secrets.NEW_PASSPHRASE_VARIABLE));
        long started = System.nanoTime();
        try {
            factory.changePassphrase(directory, current, chosen);
            StoreOpening.noteWhileClosed(directory, AuditAction.PASSPHRASE_CHANGE, "passwd command"
                    + (recoveryKey != null ? " with the recovery key" : ""));
        } finally {
            Arrays.fill(chosen, '\0');
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(l10n.text("cli.passwd.done", directory.toString(), (System.nanoTime() - started) / 1e9));
        out.flush();
        return 0;
    }
}
