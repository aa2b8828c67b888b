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

    @Parameters(paramLabel = "FILE", description = "The file to write: an interchange file "
            + "(.inclusio, or .json), or .csv/.xlsx with --register. An existing file is replaced.")
    private Path file;

    @ArgGroup(exclusive = true)
    private Scope scope;

    @Option(names = "--include-identities", description = "Also export names and contact details of people. "
            + "An interchange file is then written only encrypted (OpenPGP, opened by Inclusio or gpg --decrypt) "
            + "with a passphrase of at least 12 characters; see --file-passphrase-file.")
    private boolean includeIdentities;

    @Option(names = "--encrypt", description = "Write the interchange file encrypted even without names and "
            + "contact details, as the live workshop's \"Pack for the office\" does (with --activity ID: the workshop "
            + "with its participations, proposals, walk-ins and their consents); see --file-passphrase-file.")
    private boolean encrypt;

    @Mixin
    private FilePassphraseOptions passphrases;

    @Option(names = "--since", paramLabel = "FILE",
            description = "The file this store last imported from the destination; lets the destination tell "
                    + "changes made here from changes made there. Not needed when the two stores exchanged files "
                    + "before: each keeps an exchange log of what it sent and received.")
    private Path since;

    /** At most one selection. */
    static final class Scope {
        @Option(names = "--team", paramLabel = "ID", description = "Only this process team's activities.")
        UUID team;

        @ArgGroup(exclusive = false)
        Period period;

        @Option(names = "--activity", paramLabel = "ID", description = "Only this activity (a workshop).")
        UUID activity;
    }

    /** A period: both days needed. */
    static final class Period {
        @Option(names = "--from", paramLabel = "DATE", required = true, description = "First day (2025-01-31).")
        LocalDate from;

        @Option(names = "--to", paramLabel = "DATE", required = true, description = "Last day.")
        LocalDate to;
    }

    @Option(names = "--register", paramLabel = "NAME",
            description = "With a .csv or .xlsx FILE: the register to write, named as its section in the "
                    + "interchange format (activities, people, participations, ...).")
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
            description = "With a .csv FILE: the field separator, one of ${COMPLETION-CANDIDATES}. auto (the default) "
                    + "follows the language and region as Excel does: a semicolon and a decimal comma where numbers are "
                    + "written with a decimal comma (Swedish, German, ...), else a comma.")
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
            out.printf(encrypted ? "Exported to %s, encrypted with the passphrase:%n" : "Exported to %s:%n", file);
            written.forEach((kind, count) -> out.printf("  %-22s %,10d%n", kind.section(), count));
            out.flush();
            return 0;
        } catch (ExchangeException e) {
            throw new CommandFailure(e.getMessage());
        } catch (IOException e) {
            throw new CommandFailure("Could not write " + file + ": " + e.getMessage());
        } finally {
            wipe(passphrase);
            wipe(sincePassphrase);
        }
    }

    private static boolean encrypted(Path file) {
        try {
            return EncryptedContainer.isEncrypted(file);
        } catch (IOException e) {
            throw new CommandFailure("Could not read " + file + ": " + e.getMessage());
        }
    }

    private static void wipe(char[] passphrase) {
        if (passphrase != null) {
            Arrays.fill(passphrase, '\0');
        }
    }

    private int exportRegister(TableFormat format) throws Exception {
        if (encrypt) {
            throw new CommandFailure("--encrypt is for interchange files (.inclusio, .json); a .csv or .xlsx register "
                    + "is encrypted when it holds names and contact details (--include-identities).");
        }
        RecordKind kind = RecordKind.ofSection(register == null ? "" : register).orElseThrow(() -> new CommandFailure(
                "A .csv or .xlsx export needs --register with one of: " + String.join(", ",
                        java.util.Arrays.stream(RecordKind.values()).map(RecordKind::section).toList())));
        if (kind.identifying() && !includeIdentities) {
            throw new CommandFailure("The register " + register + " holds names and contact details; "
                    + "add --include-identities to export it.");
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
