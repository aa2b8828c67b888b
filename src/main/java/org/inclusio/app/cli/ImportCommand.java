package org.inclusio.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.inclusio.app.AppServices;
import org.inclusio.logic.exchange.Conflict;
import org.inclusio.logic.exchange.EncryptedContainer;
import org.inclusio.logic.exchange.ExchangeException;
import org.inclusio.logic.exchange.ImportOptions;
import org.inclusio.logic.exchange.ImportSummary;
import org.inclusio.logic.exchange.InterchangeImporter;
import org.inclusio.logic.exchange.RecordKind;
import org.inclusio.logic.exchange.Resolution;
import org.inclusio.logic.exchange.sheet.SheetKind;
import org.inclusio.logic.exchange.sheet.SheetReader;
import org.inclusio.logic.task.BackgroundTask;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code inclusio import FILE}: merges an interchange file into the store in one transaction and
 * says what was added, updated, unchanged, kept and in conflict. Conflicts are listed field by
 * field and left as the store has them unless the user chose otherwise.
 */
@Command(name = "import", mixinStandardHelpOptions = true)
final class ImportCommand extends StoreCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", descriptionKey = "cli.option.import.file")
    private Path file;

    @Mixin
    private FilePassphraseOptions passphrases;

    @Option(names = "--dry-run", descriptionKey = "cli.option.import.dryRun")
    private boolean dryRun;

    @Option(names = "--take-incoming", paramLabel = "ID", arity = "0..*",
            descriptionKey = "cli.option.import.takeIncoming")
    private UUID[] takeIncoming;

    @Option(names = "--keep-local", paramLabel = "ID", arity = "0..*",
            descriptionKey = "cli.option.import.keepLocal")
    private UUID[] keepLocal;

    @Option(names = "--kind", paramLabel = "KIND", descriptionKey = "cli.option.import.kind")
    private String kind;

    @Option(names = "--map", paramLabel = "FIELD=COLUMN", descriptionKey = "cli.option.import.map")
    private List<String> maps = List.of();

    @Option(names = "--values", paramLabel = "FIELD:SOURCE=VALUE", descriptionKey = "cli.option.import.values")
    private List<String> values = List.of();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (SheetReader.isSheet(file)) {
            return importSheet(out);
        }
        char[] passphrase = encrypted() ? passphrases.toOpen(file) : null;
        try (AppServices services = openStore()) {
            BackgroundTask<Void> task = BackgroundTask.progressChannel("import");
            task.setProgressListener(new ConsoleProgress(spec.commandLine().getErr()));
            InterchangeImporter importer = services.interchangeImporter();
            ImportSummary summary;
            if (takeIncoming != null && takeIncoming.length == 0 || keepLocal != null && keepLocal.length == 0) {
                ImportSummary preview = importer.importFile(file, passphrase, ImportOptions.dryRunOnly(), task);
                Resolution all = takeIncoming != null && takeIncoming.length == 0
                        ? Resolution.TAKE_INCOMING : Resolution.KEEP_LOCAL;
                Map<UUID, Resolution> choices = new HashMap<>();
                preview.conflicts().forEach(conflict -> choices.put(conflict.id(), all));
                summary = importer.importFile(file, passphrase, new ImportOptions(dryRun, choices), task);
            } else {
                summary = importer.importFile(file, passphrase, new ImportOptions(dryRun, choices()), task);
            }
            if (!dryRun) {
                services.store().checkpoint();
            }
            print(out, summary);
            return (summary.total().conflicts() > 0 ? ExitStatus.CONFLICTS_REMAIN : ExitStatus.DONE).code();
        } catch (ExchangeException e) {
            throw new CommandFailure(e.getMessage() + " Nothing was imported.", ExitStatus.of(e.problem()));
        } finally {
            if (passphrase != null) {
                Arrays.fill(passphrase, '\0');
            }
        }
    }

    /** True for the encrypted container of an export with identities; a file that cannot be read is reported by the import. */
    private boolean encrypted() {
        try {
            return EncryptedContainer.isEncrypted(file);
        } catch (IOException e) {
            return false;
        }
    }

    private int importSheet(PrintWriter out) throws Exception {
        SheetKind sheetKind;
        try {
            sheetKind = SheetKind.valueOf(String.valueOf(kind).toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(localization().text("cli.import.kindNeeded"));
        }
        try (AppServices services = openStore()) {
            BackgroundTask<Void> task = BackgroundTask.progressChannel("import");
            task.setProgressListener(new ConsoleProgress(spec.commandLine().getErr()));
            boolean clean = new SheetImportRun(services, out).run(file, sheetKind, maps, values, dryRun, task);
            if (clean && !dryRun) {
                services.store().checkpoint();
            }
            return (clean ? ExitStatus.DONE : ExitStatus.FILE_PROBLEMS).code();
        }
    }

    private Map<UUID, Resolution> choices() {
        Map<UUID, Resolution> choices = new HashMap<>();
        if (keepLocal != null) {
            for (UUID id : keepLocal) {
                choices.put(id, Resolution.KEEP_LOCAL);
            }
        }
        if (takeIncoming != null) {
            for (UUID id : takeIncoming) {
                choices.put(id, Resolution.TAKE_INCOMING);
            }
        }
        return choices;
    }

    private void print(PrintWriter out, ImportSummary summary) {
        org.inclusio.logic.i18n.Localization l10n = localization();
        out.println(l10n.text(summary.dryRun() ? "cli.import.dryRun" : "cli.import.done", file.toString()));
        out.printf("  %-22s %9s %9s %9s %9s %9s%n", "", l10n.text("cli.import.added"), l10n.text("cli.import.updated"),
                l10n.text("cli.import.unchanged"), l10n.text("cli.import.kept"), l10n.text("cli.import.conflict"));
        for (RecordKind kind : RecordKind.values()) {
            ImportSummary.Counts c = summary.of(kind);
            if (c.total() > 0) {
                out.printf("  %-22s %,9d %,9d %,9d %,9d %,9d%n", kind.section(), c.added(), c.updated(),
                        c.unchanged(), c.keptLocal(), c.conflicts());
            }
        }
        if (summary.mergedFromLog() > 0) {
            out.println(l10n.text("cli.import.mergedFromLog", summary.mergedFromLog()));
        }
        for (Conflict conflict : summary.conflicts()) {
            out.println(l10n.text("cli.import.conflictIn", conflict.kind().section(), conflict.id().toString()));
            for (Conflict.Difference difference : conflict.differences()) {
                out.printf("    %-22s %s | %s%n", difference.field(), difference.local(), difference.incoming());
            }
        }
        if (summary.conflictsNotListed() > 0) {
            out.println(l10n.text("cli.import.moreConflicts", summary.conflictsNotListed()));
        }
        out.flush();
    }
}
