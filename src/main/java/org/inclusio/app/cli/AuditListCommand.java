package org.inclusio.app.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.inclusio.app.AppServices;
import org.inclusio.logic.audit.AuditAction;
import org.inclusio.logic.audit.AuditExport;
import org.inclusio.logic.audit.AuditFilter;
import org.inclusio.logic.audit.AuditRecord;
import org.inclusio.logic.audit.AuditTrail;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code inclusio audit list}: the entries of a period, action or record kind, newest first. */
@Command(name = "list", mixinStandardHelpOptions = true)
final class AuditListCommand implements Callable<Integer> {

    /** The output formats. */
    enum Format { table, csv, json }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    @ParentCommand
    private AuditCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(names = "--from", paramLabel = "DATE", descriptionKey = "cli.option.auditList.from")
    private LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", descriptionKey = "cli.option.auditList.to")
    private LocalDate to;

    @Option(names = "--kind", paramLabel = "KIND", descriptionKey = "cli.option.auditList.kind")
    private String kind;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            descriptionKey = "cli.option.analysis.format")
    private Format format;

    @Override
    public Integer call() throws IOException {
        if (from != null && to != null && to.isBefore(from)) {
            throw new CommandFailure(StoreCommand.localization().text("cli.period.toBeforeFrom", to.toString(), from.toString()));
        }
        Optional<AuditAction> action = kind == null ? Optional.empty()
                : AuditAction.ofName(kind.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        String recordKind = kind != null && action.isEmpty() ? kind.strip() : null;
        try (AppServices services = parent.open()) {
            List<AuditRecord> entries = new AuditTrail(services.store().database())
                    .list(new AuditFilter(from, to, action.orElse(null), recordKind, 0));
            PrintWriter out = spec.commandLine().getOut();
            if (format == Format.table) {
                printTable(entries, out);
            } else {
                OutputStream stream = new OutputStream() {
                    @Override
                    public void write(int b) {
                        out.write(b);
                    }

                    @Override
                    public void write(byte[] bytes, int offset, int length) {
                        out.write(new String(bytes, offset, length, StandardCharsets.UTF_8));
                    }
                };
                AuditExport.write(format == Format.csv ? AuditExport.Format.CSV : AuditExport.Format.JSON,
                        entries::forEach, stream);
                out.println();
            }
            out.flush();
            return 0;
        }
    }

    private static void printTable(List<AuditRecord> entries, PrintWriter out) {
        org.inclusio.logic.i18n.Localization l10n = StoreCommand.localization();
        if (entries.isEmpty()) {
            out.println(l10n.text("cli.auditList.none"));
            return;
        }
        out.printf("%8s  %-19s  %-24s  %-18s  %-16s  %-36s  %s%n", l10n.text("cli.auditList.entry"),
                l10n.text("cli.auditList.when"), l10n.text("cli.auditList.who"), l10n.text("cli.auditList.action"),
                l10n.text("cli.auditList.record"), l10n.text("cli.auditList.recordId"),
                l10n.text("cli.auditList.fields"));
        ZoneId zone = ZoneId.systemDefault();
        for (AuditRecord entry : entries) {
            String who = entry.userName().equals(entry.osUser()) ? entry.userName()
                    : entry.userName() + " (" + entry.osUser() + ")";
            String what = entry.fields() != null ? entry.fields() : entry.detail() == null ? "" : entry.detail();
            out.printf("%8d  %-19s  %-24s  %-18s  %-16s  %-36s  %s%n", entry.seq(),
                    WHEN.format(entry.occurredAt().atZone(zone)), who, entry.action().toLowerCase(Locale.ROOT),
                    entry.subjectKind() == null ? "" : entry.subjectKind(),
                    entry.subjectId() == null ? "" : entry.subjectId(), what);
        }
    }
}
