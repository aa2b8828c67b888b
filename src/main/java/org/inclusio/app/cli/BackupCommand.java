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

    @Parameters(arity = "0..1", paramLabel = "FILE", descriptionKey = "cli.option.backup.file")
    private Path file;

    @Option(names = "--list", descriptionKey = "cli.option.backup.list")
    private boolean list;

    @Option(names = "--keep", paramLabel = "N",
            descriptionKey = "cli.option.backup.keep")
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
        org.inclusio.logic.i18n.Localization l10n = localization();
        if (file != null && Files.exists(file)) {
            throw new CommandFailure(l10n.text("cli.file.exists", file.toString()));
        }
        try (AppServices services = openStore()) {
            if (keep != null) {
                if (keep < 1 || keep > 1000) {
                    throw new CommandFailure(l10n.text("cli.backup.keepRange"));
                }
                backups.setKeep(keep);
            }
            Backups.Entry made = backups.backup(services.store(), file, Backups.MANUAL);
            StoreOpening.record(services.store(), AuditAction.BACKUP, "backup command: " + made.file().getFileName());
            out.println(l10n.text("cli.backup.done", made.records(), made.file().toString()));
            out.flush();
            return 0;
        }
    }

    private static void print(List<Backups.Entry> entries, PrintWriter out) {
        org.inclusio.logic.i18n.Localization l10n = localization();
        if (entries.isEmpty()) {
            out.println(l10n.text("cli.backup.none"));
        }
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withZone(ZoneId.systemDefault());
        for (Backups.Entry entry : entries) {
            out.println(l10n.text("cli.backup.entry", time.format(entry.made()), String.format("%-10s", entry.reason()),
                    String.format("%,10d", entry.records()), entry.file().getFileName().toString()));
        }
        out.flush();
    }
}
