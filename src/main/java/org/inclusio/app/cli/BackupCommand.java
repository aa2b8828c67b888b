package org.inclusio.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.concurrent.Callable;
import org.inclusio.app.AppServices;
import org.inclusio.app.StoreOpening;
import org.inclusio.logic.audit.AuditAction;
import org.inclusio.persistence.Backups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code inclusio backup [FILE]}: an encrypted, checked backup of the store; {@code --list} shows them. */
@Command(name = "backup", mixinStandardHelpOptions = true)
final class BackupCommand extends StoreCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "Where to write the backup (a .zip file).")
    private Path file;

    @Option(names = "--list", description = "List the backups in the store's backups folder, newest first.")
    private boolean list;

    @Option(names = "--keep", paramLabel = "N",
            description = "How many automatic backups the backups folder keeps (manual ones are never deleted).")
    private Integer keep;

    @Override
    public Integer call() {
        requireEmbeddedStore("backup");
        PrintWriter out = spec.commandLine().getOut();
        Backups backups = new Backups(storeDirectory());
        if (list) {
            try (AppServices ignored = openStore()) {
                print(backups.list(), out);
            }
            return 0;
        }
        if (file != null && Files.exists(file)) {
            throw new CommandFailure("The file " + file + " already exists; it was not overwritten.");
        }
        try (AppServices services = openStore()) {
            if (keep != null) {
                if (keep < 1 || keep > 1000) {
                    throw new CommandFailure("--keep takes a number from 1 to 1000.");
                }
                backups.setKeep(keep);
            }
            Backups.Entry made = backups.backup(services.store(), file, Backups.MANUAL);
            StoreOpening.record(services.store(), AuditAction.BACKUP, "backup command: " + made.file().getFileName());
            out.printf("Backed up %,d records to %s; the copy was opened and its counts match.%n",
                    made.records(), made.file());
            out.flush();
            return 0;
        }
    }

    private static void print(List<Backups.Entry> entries, PrintWriter out) {
        if (entries.isEmpty()) {
            out.println("There are no backups in the backups folder.");
        }
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withZone(ZoneId.systemDefault());
        for (Backups.Entry entry : entries) {
            out.printf("%s  %-10s %,10d records  %s%n", time.format(entry.made()), entry.reason(), entry.records(),
                    entry.file().getFileName());
        }
        out.flush();
    }
}
