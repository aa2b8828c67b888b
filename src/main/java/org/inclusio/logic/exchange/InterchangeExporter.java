package org.inclusio.logic.exchange;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import io.ebean.Database;
import io.ebean.Transaction;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.inclusio.logic.audit.AuditAction;
import org.inclusio.logic.audit.AuditTrail;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.task.CancelledException;
import org.inclusio.logic.task.TaskContext;
import org.inclusio.model.ExchangeDirection;

/**
 * Writes the whole store or a {@link Selection} as an interchange file, streaming record by record
 * from one consistent read. Identifying details are left out unless asked for; rule parameters
 * belong to the whole store and travel only with it. Every export is kept in the {@link ExchangeLog}
 * with the stamps it sent, and its header names the files this store last received, so that the
 * store that imports it can merge against what both last shared.
 */
public final class InterchangeExporter {

    private final Database db;
    private final Localization l10n;
    private final Clock clock;

    public InterchangeExporter(Database db, Localization l10n, Clock clock) {
        this.db = db;
        this.l10n = l10n;
        this.clock = clock;
    }

    /**
     * Writes the export to the stream (which stays open) and returns how many records of each kind it
     * holds. With identifying details the stream receives only the encrypted container, never clear
     * JSON; such an export needs a passphrase that meets {@link ExportPassphrase}.
     */
    public Map<RecordKind, Long> export(Selection selection, ExportOptions options, OutputStream out,
            TaskContext context) throws IOException, ExchangeException, CancelledException {
        if (!options.encrypted()) {
            return writeJson(selection, options, out, context);
        }
        if (ExportPassphrase.check(options.passphrase(), null).isPresent()) {
            throw new IllegalArgumentException("an export with identities needs a passphrase of at least "
                    + ExportPassphrase.MINIMUM_LENGTH + " characters");
        }
        Map<RecordKind, Long> written;
        try (OutputStream encrypted = EncryptedContainer.encrypt(out, options.passphrase())) {
            written = writeJson(selection, options, encrypted, context);
        }
        out.flush();
        return written;
    }

    /** The clear JSON of the export, for the encrypted container or a pseudonymous file (and tests). */
    Map<RecordKind, Long> writeJson(Selection selection, ExportOptions options, OutputStream out,
            TaskContext context) throws IOException, ExchangeException, CancelledException {
        BaseIndex bases = options.since() == null ? BaseIndex.none()
                : BaseIndex.of(options.since(), options.sincePassphrase(), l10n);
        Map<RecordKind, Long> written = new LinkedHashMap<>();
        Map<UUID, Stamp> sent = new HashMap<>();
        try (Transaction transaction = db.beginTransaction();
                JsonGenerator json = ExchangeFormat.jsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.useDefaultPrettyPrinter();
            // the exchange log's bookkeeping (this store's id, the log entry) is summed up by the one EXPORT entry
            new AuditTrail(db).markBulk(transaction);
            ExchangeLog log = new ExchangeLog(db);
            ExchangeHeader exchange = new ExchangeHeader(UUID.randomUUID(), log.storeId(transaction),
                    selection.label(), log.lastReceived(transaction));
            StoreRows rows = new StoreRows(transaction.connection());
            long total = 0;
            for (RecordKind kind : RecordKind.values()) {
                if (included(kind, selection, options)) {
                    total += rows.count(kind, selection.condition(kind));
                }
            }
            writeHeader(json, selection, options, exchange);
            json.writeObjectFieldStart("records");
            RecordJsonWriter writer = new RecordJsonWriter();
            long[] done = {0};
            final long all = total;
            for (RecordKind kind : RecordKind.values()) {
                if (!included(kind, selection, options)) {
                    continue;
                }
                json.writeArrayFieldStart(kind.section());
                long before = done[0];
                rows.stream(kind, selection.condition(kind), record -> {
                    context.checkCancelled();
                    writer.write(json, record.withBase(bases.get(record.id())));
                    sent.put(record.id(), record.stamp());
                    done[0]++;
                    if (done[0] % 500 == 0) {
                        context.updateProgress(done[0], all);
                    }
                });
                json.writeEndArray();
                written.put(kind, done[0] - before);
            }
            json.writeEndObject();
            json.writeEndObject();
            json.flush();
            context.updateProgress(all, all);
            new AuditTrail(db).record(transaction, AuditAction.EXPORT, null, null,
                    auditDetail(selection, options, written));
            log.record(transaction, ExchangeDirection.SENT, exchange.file(), null, clock.instant(), selection.label(),
                    written, exchange.received(), sent);
            transaction.commit();
            return written;
        } catch (IOException | CancelledException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    private static boolean included(RecordKind kind, Selection selection, ExportOptions options) {
        if (kind.identifying() && !options.includeIdentities()) {
            return false;
        }
        return selection.condition(kind) != null;
    }

    private void writeHeader(JsonGenerator json, Selection selection, ExportOptions options, ExchangeHeader exchange)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("format", ExchangeFormat.FORMAT);
        json.writeNumberField("formatVersion", ExchangeFormat.VERSION);
        json.writeStringField("exportedAt", clock.instant().toString());
        json.writeObjectFieldStart("selection");
        json.writeStringField("scope", selection.scope().name());
        if (selection.team() != null) {
            json.writeStringField("team", selection.team().toString());
        }
        if (selection.from() != null) {
            json.writeStringField("from", selection.from().toString());
            json.writeStringField("to", selection.to().toString());
        }
        if (selection.activity() != null) {
            json.writeStringField("activity", selection.activity().toString());
        }
        json.writeEndObject();
        json.writeBooleanField("includesIdentities", options.includeIdentities());
        json.writeObjectFieldStart("exchange");
        json.writeStringField("file", exchange.file().toString());
        json.writeStringField("store", exchange.store().toString());
        json.writeStringField("selection", exchange.selection());
        json.writeArrayFieldStart("received");
        for (UUID file : exchange.received()) {
            json.writeString(file.toString());
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** The audit trail's summary of an export: what was selected, whether identities went along, the counts. */
    private static String auditDetail(Selection selection, ExportOptions options, Map<RecordKind, Long> written) {
        StringBuilder text = new StringBuilder("interchange export of ");
        switch (selection.scope()) {
            case ALL -> text.append("the whole store");
            case TEAM -> text.append("team ").append(selection.team());
            case PERIOD -> text.append("the period ").append(selection.from()).append(" to ").append(selection.to());
            case ACTIVITY -> text.append("activity ").append(selection.activity());
        }
        text.append(options.includeIdentities() ? ", with identities:" : ", without identities:");
        String separator = " ";
        for (Map.Entry<RecordKind, Long> entry : written.entrySet()) {
            text.append(separator).append(entry.getValue()).append(' ').append(entry.getKey().section());
            separator = ", ";
        }
        return text.toString();
    }
}
