package org.inclusio.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.inclusio.app.AppServices;
import org.inclusio.logic.exchange.CsvDialect;
import org.inclusio.logic.exchange.EncryptedContainer;
import org.inclusio.logic.exchange.ExchangeException;
import org.inclusio.logic.exchange.ExportOptions;
import org.inclusio.logic.exchange.ExportTarget;
import org.inclusio.logic.exchange.RecordKind;
import org.inclusio.logic.exchange.Selection;
import org.inclusio.logic.exchange.TableExporter;
import org.inclusio.logic.exchange.TableFormat;
import org.inclusio.logic.exchange.TempFiles;
import org.inclusio.logic.task.BackgroundTask;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code inclusio export FILE}: writes the store, or one team, period or activity, as an
 * interchange file (JSON). Names and contact details only with --include-identities. Every export
 * is kept in the store's exchange log, so the store that imports it merges against what both last shared.
 */
@Command(name = "export", mixinStandardHelpOptions = true)
final class ExportCommand extends StoreCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", descriptionKey = "cli.option.export.file")
    private Path file;

    @ArgGroup(exclusive = true)
    private Scope scope;

    @Option(names = "--include-identities", descriptionKey = "cli.option.export.includeIdentities")
    private boolean includeIdentities;

    @Option(names = "--encrypt", descriptionKey = "cli.option.export.encrypt")
    private boolean encrypt;

    @Mixin
    private FilePassphraseOptions passphrases;

    @Option(names = "--since", paramLabel = "FILE",
            descriptionKey = "cli.option.export.since")
    private Path since;

    /** At most one selection. */
    static final class Scope {
        @Option(names = "--team", paramLabel = "ID", descriptionKey = "cli.option.export.team")
        UUID team;

        @ArgGroup(exclusive = false)
        Period period;

        @Option(names = "--activity", paramLabel = "ID", descriptionKey = "cli.option.export.activity")
        UUID activity;
    }

    /** A period: both days needed. */
    static final class Period {
        @Option(names = "--from", paramLabel = "DATE", required = true, descriptionKey = "cli.option.export.from")
        LocalDate from;

        @Option(names = "--to", paramLabel = "DATE", required = true, descriptionKey = "cli.option.auditList.to")
        LocalDate to;
    }

    @Option(names = "--register", paramLabel = "NAME",
            descriptionKey = "cli.option.export.register")
    private String register;

    /** The separator of a .csv register: as the language and region expect, or the one given. */
    enum Delimiter {
        auto(CsvDialect.Separator.LOCALE), comma(CsvDialect.Separator.COMMA),
        semicolon(CsvDialect.Separator.SEMICOLON), tab(CsvDialect.Separator.TAB);

        final CsvDialect.Separator separator;

        Delimiter(CsvDialect.Separator separator) {
            this.separator = separator;
        }
    }

    @Option(names = "--delimiter", paramLabel = "SEPARATOR", defaultValue = "auto",
            descriptionKey = "cli.option.export.delimiter")
    private Delimiter delimiter = Delimiter.auto;

    @Override
    public Integer call() throws Exception {
        if (TableFormat.ofFile(file).isPresent()) {
            return exportRegister(TableFormat.ofFile(file).get());
        }
        Selection selection = selection();
        PrintWriter out = spec.commandLine().getOut();
        char[] sincePassphrase = since != null && encrypted(since) ? passphrases.toOpen(since) : null;
        boolean encrypted = includeIdentities || encrypt;
        char[] passphrase = encrypted ? passphrases.toProtect(file) : null;
        try (AppServices services = openStore();
                ExportTarget target = new TempFiles(storeDirectory()).beginExport(file)) {
            BackgroundTask<Void> task = BackgroundTask.progressChannel("export");
            task.setProgressListener(new ConsoleProgress(spec.commandLine().getErr()));
            Map<RecordKind, Long> written = services.interchangeExporter().export(selection,
                    new ExportOptions(includeIdentities, since, passphrase, sincePassphrase), target.stream(), task);
            target.commit();
            org.inclusio.logic.i18n.Localization l10n = localization();
            out.println(l10n.text(encrypted ? "cli.export.doneEncrypted" : "cli.export.done", file.toString()));
            written.forEach((kind, count) -> out.printf("  %-22s %,10d%n", kind.section(), count));
            out.flush();
            return 0;
        } catch (ExchangeException e) {
            throw new CommandFailure(e.getMessage());
        } catch (IOException e) {
            throw new CommandFailure(localization().text("cli.file.notWritten", file.toString(),
                    String.valueOf(e.getMessage())));
        } finally {
            wipe(passphrase);
            wipe(sincePassphrase);
        }
    }

    private static boolean encrypted(Path file) {
        try {
            return EncryptedContainer.isEncrypted(file);
        } catch (IOException e) {
            throw new CommandFailure(localization().text("cli.file.notRead", file.toString(), String.valueOf(e.getMessage())));
        }
    }

    private static void wipe(char[] passphrase) {
        if (passphrase != null) {
            Arrays.fill(passphrase, '\0');
        }
    }

    private int exportRegister(TableFormat format) throws Exception {
        if (encrypt) {
            throw new CommandFailure(localization().text("cli.export.encryptRegister"));
        }
        RecordKind kind = RecordKind.ofSection(register == null ? "" : register).orElseThrow(() -> new CommandFailure(
                localization().text("cli.export.registerNeeded", String.join(", ",
                        java.util.Arrays.stream(RecordKind.values()).map(RecordKind::section).toList()))));
        if (kind.identifying() && !includeIdentities) {
            throw new CommandFailure(localization().text("cli.export.registerIdentifying", register));
        }
        // names and contact details leave the program only encrypted, in the same container as interchange files
        char[] passphrase = kind.identifying() ? passphrases.toProtect(file) : null;
        TempFiles temporary = new TempFiles(storeDirectory());
        CsvDialect dialect = CsvDialect.of(delimiter.separator, Locale.getDefault(Locale.Category.FORMAT));
        try (AppServices services = openStore(); ExportTarget target = temporary.beginExport(file)) {
            long rows;
            TableExporter exporter = new TableExporter(services.store().database(), temporary,
                    services.localization(), Clock.systemDefaultZone());
            if (passphrase == null) {
                rows = exporter.exportRegister(kind, includeIdentities, format, dialect, target.stream(),
                        BackgroundTask.progressChannel("export"));
            } else {
                rows = exporter.exportRegisterEncrypted(kind, format, dialect, target.stream(),
                        BackgroundTask.progressChannel("export"), passphrase);
            }
            target.commit();
            spec.commandLine().getOut().printf(passphrase == null ? "Exported %,d rows of %s to %s%n"
                    : "Exported %,d rows of %s to %s, encrypted with the passphrase (open it with gpg --decrypt)%n",
                    rows, kind.section(), file);
            spec.commandLine().getOut().flush();
            return 0;
        } finally {
            wipe(passphrase);
        }
    }


    private Selection selection() {
        try {
            if (scope == null) {
                return Selection.all();
            }
            if (scope.team != null) {
                return Selection.team(scope.team);
            }
            if (scope.activity != null) {
                return Selection.activity(scope.activity);
            }
            return Selection.period(scope.period.from, scope.period.to);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(e.getMessage());
        }
    }
}
