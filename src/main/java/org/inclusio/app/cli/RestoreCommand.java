package org.inclusio.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.inclusio.app.StoreOpening;
import org.inclusio.logic.audit.AuditAction;
import org.inclusio.persistence.Backups;
import org.inclusio.persistence.StoreSecret;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code inclusio restore FILE|--latest}: puts a checked backup in the store's place. */
@Command(name = "restore", mixinStandardHelpOptions = true)
final class RestoreCommand extends StoreCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Which which;

    static final class Which {
        @Parameters(paramLabel = "FILE", descriptionKey = "cli.option.restore.file")
        private Path file;

        @Option(names = "--latest", descriptionKey = "cli.option.restore.latest")
        private boolean latest;
    }

    @Option(names = "--recovery-key", paramLabel = "KEY",
            descriptionKey = "cli.option.restore.recoveryKey")
    private String recoveryKey;

    @Override
    public Integer call() {
        requireEmbeddedStore("restore");
        Path directory = storeDirectory();
        Backups backups = new Backups(directory);
        Path file = which.file;
        if (which.latest) {
            List<Backups.Entry> entries = backups.list();
            if (entries.isEmpty()) {
                throw new CommandFailure(localization().text("cli.restore.none", backups.folder().toString()));
            }
            file = entries.get(0).file();
        }
        StoreSecret secret;
        if (recoveryKey != null) {
            secret = new StoreSecret.RecoveryKey(recoveryKey);
        } else {
            char[] passphrase = secrets().existing(passphraseFile(), Secrets.PASSPHRASE_VARIABLE,
                    localization().text("cli.restore.prompt", file.getFileName().toString()));
            secret = passphrase == null ? null : new StoreSecret.Passphrase(passphrase);
        }
        backups.restore(file, secret);
        StoreOpening.noteWhileClosed(directory, AuditAction.RESTORE, "restore command from " + file.getFileName());
        PrintWriter out = spec.commandLine().getOut();
        out.println(localization().text("cli.restore.done", directory.toString(), file.getFileName().toString()));
        out.flush();
        return 0;
    }
}
