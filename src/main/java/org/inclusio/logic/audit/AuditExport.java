package org.inclusio.logic.audit;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the whole audit trail, in chain order and with its hashes (so a copy can be checked
 * later), as CSV (RFC 4180, UTF-8 with a byte order mark, a text cell that a spreadsheet would run
 * as a formula prefixed with an apostrophe) or JSON. The export itself is recorded in the trail first.
 */
public final class AuditExport {

    /** The formats an audit trail can be written in, told by the file's extension. */
    public enum Format {
        CSV, JSON;

        /** The format a file's name asks for, or empty for an unknown extension. */
        public static Optional<Format> ofFile(Path file) {
            String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".csv")) {
                return Optional.of(CSV);
            }
            if (name.endsWith(".json")) {
                return Optional.of(JSON);
            }
            return Optional.empty();
        }
    }

    /** The columns, in the order written. */
    public static final List<String> COLUMNS = List.of("seq", "occurred_at", "os_user", "user_name", "action",
            "record_kind", "record_id", "fields", "detail", "previous_hash", "hash");

    private final AuditTrail trail;

    public AuditExport(AuditTrail trail) {
        this.trail = trail;
    }

    /**
     * Records the export, then writes every entry to the stream (which stays open).
     *
     * @param fileName the name of the file written, without its folder, for the trail
     * @return how many entries were written
     */
    public long write(Format format, OutputStream out, String fileName) throws IOException {
        trail.record(AuditAction.EXPORT, null, null, "audit trail export to " + fileName);
        try {
            return write(format, trail::forEach, out);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Writes the entries a source hands over, e.g. a filtered list's {@code forEach}, to the stream
     * (which stays open); returns how many.
     */
    public static long write(Format format, Consumer<Consumer<AuditRecord>> entries, OutputStream out)
            throws IOException {
        try {
            return format == Format.CSV ? writeCsv(entries, out) : writeJson(entries, out);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static long writeCsv(Consumer<Consumer<AuditRecord>> entries, OutputStream out) throws IOException {
        long[] count = {0};
        OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        printer.printRecord(COLUMNS);
        entries.accept(entry -> {
            try {
                for (Object cell : cells(entry)) {
                    printer.print(cell instanceof Long ? cell : neutralise((String) cell));
                }
                printer.println();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            count[0]++;
        });
        printer.flush();
        writer.flush();
        return count[0];
    }

    private static List<Object> cells(AuditRecord entry) {
        return new ArrayList<>(Arrays.asList(entry.seq(), entry.occurredAt().toString(), entry.osUser(),
                entry.userName(), entry.action(), entry.subjectKind(),
                entry.subjectId() == null ? null : entry.subjectId().toString(), entry.fields(), entry.detail(),
                entry.previousHash(), entry.hash()));
    }

    private static long writeJson(Consumer<Consumer<AuditRecord>> entries, OutputStream out) throws IOException {
        long[] count = {0};
        try (JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("format", "inclusio-audit-trail");
            json.writeNumberField("formatVersion", 1);
            json.writeArrayFieldStart("entries");
            entries.accept(entry -> {
                try {
                    List<Object> cells = cells(entry);
                    json.writeStartObject();
                    for (int i = 0; i < COLUMNS.size(); i++) {
                        Object value = cells.get(i);
                        if (value instanceof Long number) {
                            json.writeNumberField(COLUMNS.get(i), number);
                        } else {
                            json.writeStringField(COLUMNS.get(i), (String) value);
                        }
                    }
                    json.writeEndObject();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                count[0]++;
            });
            json.writeEndArray();
            json.writeEndObject();
        }
        return count[0];
    }

    /** A spreadsheet would run a cell starting with = + - @, a tab or a carriage return: keep it text. */
    static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        char first = text.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return risky ? "'" + text : text;
    }
}
