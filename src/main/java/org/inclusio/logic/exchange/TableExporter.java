package org.inclusio.logic.exchange;

import io.ebean.Database;
import io.ebean.Transaction;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.inclusio.logic.audit.AuditAction;
import org.inclusio.logic.audit.AuditTrail;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.task.CancelledException;
import org.inclusio.logic.task.TaskContext;

/**
 * Exports registers (every record kind, one row per record; in CSV references as ids, in XLSX as
 * names people know) and analysis
 * tables (with small counts hidden as on the screens) to CSV or XLSX. The register of identifying
 * details is refused unless asked for.
 */
public final class TableExporter {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Database db;
    private final TempFiles temporary;
    private final Localization l10n;
    private final Clock clock;

    public TableExporter(Database db) {
        this(db, null);
    }

    /** With {@code temporary}, the spreadsheet's scratch files go into the store's private folder. */
    public TableExporter(Database db, TempFiles temporary) {
        this(db, temporary, new Localization(Locale.getDefault()), Clock.systemDefaultZone());
    }

    /** Spreadsheets labelled in the language of {@code l10n}, their title rows dated by {@code clock}. */
    public TableExporter(Database db, TempFiles temporary, Localization l10n, Clock clock) {
        this.db = db;
        this.temporary = temporary;
        this.l10n = l10n;
        this.clock = clock;
    }

    /**
     * Writes one register sealed in the encrypted container ({@link EncryptedContainer}), as every export with
     * names and contact details is; returns the number of rows written. The stream given is not closed.
     */
    public long exportRegisterEncrypted(RecordKind kind, TableFormat format, OutputStream out, TaskContext context,
            char[] passphrase) throws IOException, CancelledException {
        return exportRegisterEncrypted(kind, format, CsvDialect.RFC_4180, out, context, passphrase);
    }

    /** As {@link #exportRegisterEncrypted(RecordKind, TableFormat, OutputStream, TaskContext, char[])}, CSV in {@code dialect}. */
    public long exportRegisterEncrypted(RecordKind kind, TableFormat format, CsvDialect dialect, OutputStream out,
            TaskContext context, char[] passphrase) throws IOException, CancelledException {
        try (OutputStream sealed = EncryptedContainer.encrypt(new KeepOpen(out), passphrase)) {
            return exportRegister(kind, true, format, dialect, sealed, context);
        }
    }

    /** Lets the container finish what it wrote without closing the file under it. */
    private static final class KeepOpen extends java.io.FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /** Writes one register (CSV as RFC 4180); returns the number of rows written. */
    public long exportRegister(RecordKind kind, boolean includeIdentities, TableFormat format, OutputStream out,
            TaskContext context) throws IOException, CancelledException {
        return exportRegister(kind, includeIdentities, format, CsvDialect.RFC_4180, out, context);
    }

    /**
     * Writes one register; returns the number of rows written. CSV holds the register as stored (field
     * names, codes and ids, which a program can read back) in {@code dialect}; XLSX is made for people
     * (see {@link RegisterSheet}): a title row, labels, names and real dates.
     */
    public long exportRegister(RecordKind kind, boolean includeIdentities, TableFormat format, CsvDialect dialect,
            OutputStream out, TaskContext context) throws IOException, CancelledException {
        if (kind.identifying() && !includeIdentities) {
            throw new IllegalArgumentException("identifying details are exported only when asked for");
        }
        if (temporary == null || format != TableFormat.XLSX) {
            return writeRegister(kind, includeIdentities, format, dialect, out, context);
        }
        try {
            return temporary.withScratchFiles(() -> writeRegister(kind, includeIdentities, format, dialect, out,
                    context));
        } catch (IOException | CancelledException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    private long writeRegister(RecordKind kind, boolean includeIdentities, TableFormat format, CsvDialect dialect,
            OutputStream out, TaskContext context)
            throws IOException, CancelledException {
        long[] count = {0};
        try (Transaction transaction = db.beginTransaction()) {
            RegisterSheet sheet = format == TableFormat.XLSX
                    ? RegisterSheet.load(kind, l10n, transaction.connection()) : null;
            try (TableWriter writer = TableWriter.open(format, out,
                    sheet == null ? kind.section() : sheet.sheetName(), dialect)) {
                if (sheet != null) {
                    writer.title(sheet.title(ZonedDateTime.now(clock).format(WHEN)));
                    writer.header(sheet.headers());
                } else {
                    List<String> headers = new ArrayList<>(List.of("id"));
                    if (kind.softDeleted()) {
                        headers.add("deleted");
                    }
                    kind.fields().forEach(field -> headers.add(field.name()));
                    kind.links().forEach(link -> headers.add(link.name()));
                    writer.header(headers);
                }
                new StoreRows(transaction.connection()).stream(kind, "1 = 1", record -> {
                    context.checkCancelled();
                    writer.row(sheet == null ? cells(record) : sheet.cells(record));
                    count[0]++;
                });
            }
            new AuditTrail(db).record(transaction, AuditAction.EXPORT, null, null, "register export of "
                    + kind.section() + " as " + format.name().toLowerCase(java.util.Locale.ROOT) + ": " + count[0]
                    + " rows, " + (includeIdentities ? "with" : "without") + " identities");
            transaction.commit();
        } catch (IOException | CancelledException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
        return count[0];
    }

    /**
     * Writes an analysis table: the headers, then each row with the cells of {@code countColumns}
     * (0-based) passed through the small-count rule.
     */
    public void exportTable(List<String> headers, List<List<Object>> rows, List<Integer> countColumns,
            SmallCountRule rule, TableFormat format, OutputStream out, String sheetName) throws IOException {
        try (TableWriter writer = TableWriter.open(format, out, sheetName)) {
            writer.header(headers);
            for (List<Object> row : rows) {
                List<Object> shown = new ArrayList<>(row);
                for (int column : countColumns) {
                    if (shown.get(column) instanceof Number number) {
                        shown.set(column, rule.shown(number.longValue()));
                    }
                }
                writer.row(shown);
            }
        }
    }

    private static List<Object> cells(ExchangeRecord record) {
        List<Object> cells = new ArrayList<>();
        cells.add(record.id().toString());
        if (record.kind().softDeleted()) {
            cells.add(record.deleted());
        }
        for (FieldSpec field : record.kind().fields()) {
            Object value = record.value(field.name());
            cells.add(value instanceof List<?> list ? String.join(" ", list.stream().map(String::valueOf).toList())
                    : value);
        }
        for (LinkSpec link : record.kind().links()) {
            cells.add(String.join(" ", record.links().get(link.name()).stream().map(Object::toString).toList()));
        }
        return cells;
    }
}
