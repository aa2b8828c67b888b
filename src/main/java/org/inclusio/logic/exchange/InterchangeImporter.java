package org.inclusio.logic.exchange;

import io.ebean.Database;
import io.ebean.Transaction;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.inclusio.persistence.StoreException;
import org.inclusio.persistence.StoreFaults;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.inclusio.logic.audit.AuditAction;
import org.inclusio.logic.audit.AuditTrail;
import org.inclusio.logic.edit.FieldProblem;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.task.CancelledException;
import org.inclusio.logic.task.TaskContext;
import org.inclusio.model.ExchangeDirection;

/**
 * Imports an interchange file into the store in one transaction: each record is added, updated,
 * left alone or reported as a conflict by {@link MergeRule}; references must point to records in
 * the file or the store, and every record must keep the editors' rules ({@link RecordRules}). Any fault
 * in the file, or cancelling, leaves the store unchanged. A record the file gives no base is merged
 * against the state this store last shared with the file's writer, as its {@link ExchangeLog} keeps it;
 * the import itself is logged there as received.
 */
public final class InterchangeImporter {

    /** Conflicts beyond this many are counted but not kept for display. */
    static final int MAX_LISTED_CONFLICTS = 1000;

    private final Database db;
    private final Localization l10n;

    public InterchangeImporter(Database db, Localization l10n) {
        this.db = db;
        this.l10n = l10n;
    }

    /** Imports a plain (not encrypted) file; a dry run checks and counts everything and then rolls back. */
    public ImportSummary importFile(Path file, ImportOptions options, TaskContext context)
            throws ExchangeException, CancelledException {
        return importFile(file, null, options, context);
    }

    /**
     * Imports the file, plain JSON or encrypted with the passphrase (decrypted as it is read); a dry
     * run checks and counts everything and then rolls back. An encrypted file without a passphrase,
     * or with the wrong one, is refused before anything is read.
     */
    public ImportSummary importFile(Path file, char[] passphrase, ImportOptions options, TaskContext context)
            throws ExchangeException, CancelledException {
        ProblemText problems = new ProblemText(l10n, file.getFileName().toString());
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw problems.at(Problem.NOT_READABLE, "", null, e.getMessage());
        }
        try (InputStream raw = InterchangeInput.open(file, passphrase, problems)) {
            return importStream(raw, size, problems, options, context);
        } catch (IOException e) {
            throw problems.at(Problem.NOT_READABLE, "", null, e.getMessage());
        }
    }

    /** Imports from a stream; {@code size} (bytes, or -1) is only used for progress. */
    public ImportSummary importStream(InputStream raw, long size, ProblemText problems, ImportOptions options,
            TaskContext context) throws ExchangeException, CancelledException {
        CountingInput in = new CountingInput(new BufferedInputStream(raw, 1 << 16));
        try (Transaction transaction = db.beginTransaction()) {
            AuditTrail audit = new AuditTrail(db);
            audit.markBulk(transaction);
            StoreRows rows = new StoreRows(transaction.connection());
            ExchangeLog log = new ExchangeLog(db);
            Run run = new Run(rows, new RecordRules(l10n, rows), new BuiltInEntries(l10n), problems, options, context,
                    in, size);
            ExchangeFileReader.Header header = new ExchangeFileReader(problems).read(in,
                    exchange -> run.shared(log.sharedWith(exchange, transaction)), run::accept);
            ImportSummary summary = run.summary(options.dryRun());
            if (options.dryRun()) {
                transaction.rollback();
            } else {
                audit.record(transaction, AuditAction.IMPORT, null, null, auditDetail(problems.fileName(), summary));
                ExchangeHeader exchange = header.exchange();
                Map<RecordKind, Long> received = new EnumMap<>(RecordKind.class);
                summary.counts().forEach((kind, counts) -> received.put(kind, (long) counts.total()));
                log.record(transaction, ExchangeDirection.RECEIVED, exchange == null ? null : exchange.file(),
                        exchange == null ? null : exchange.store(), Instant.now(),
                        exchange == null ? "" : exchange.selection(), received,
                        exchange == null ? List.of() : exchange.received(), run.sharedAfter());
                transaction.commit();
            }
            return summary;
        }
    }

    /** The audit trail's summary of an import: the file's name and the counts per kind, no values. */
    static String auditDetail(String fileName, ImportSummary summary) {
        StringBuilder text = new StringBuilder("interchange import of ").append(fileName).append(':');
        String separator = " ";
        for (Map.Entry<RecordKind, ImportSummary.Counts> entry : summary.counts().entrySet()) {
            ImportSummary.Counts counts = entry.getValue();
            text.append(separator).append(entry.getKey().section()).append(' ').append(counts.added()).append(" added, ")
                    .append(counts.updated()).append(" updated, ").append(counts.unchanged()).append(" unchanged, ")
                    .append(counts.keptLocal()).append(" kept, ").append(counts.conflicts()).append(" in conflict");
            separator = "; ";
        }
        return text.toString();
    }

    /** The state of one import while it reads the file. */
    private static final class Run {
        private final StoreRows rows;
        private final RecordRules rules;
        private final BuiltInEntries builtIns;
        private final ProblemText problems;
        private final ImportOptions options;
        private final TaskContext context;
        private final CountingInput in;
        private final long size;
        private final Map<RecordKind, ImportSummary.Counts> counts = new EnumMap<>(RecordKind.class);
        private final Map<RecordKind, Set<UUID>> known = new EnumMap<>(RecordKind.class);
        private final List<Conflict> conflicts = new ArrayList<>();
        private Map<UUID, Stamp> sharedBefore = Map.of();
        private final Map<UUID, Stamp> sharedAfter = new HashMap<>();
        private int unlisted;
        private int mergedFromLog;

        Run(StoreRows rows, RecordRules rules, BuiltInEntries builtIns, ProblemText problems, ImportOptions options,
                TaskContext context, CountingInput in, long size) {
            this.rows = rows;
            this.rules = rules;
            this.builtIns = builtIns;
            this.problems = problems;
            this.options = options;
            this.context = context;
            this.in = in;
            this.size = size;
        }

        /** The stamps this store last shared with the file's writer, from the exchange log. */
        void shared(Map<UUID, Stamp> stamps) {
            sharedBefore = stamps;
        }

        /** The stamps both stores hold the same once the file is imported. */
        Map<UUID, Stamp> sharedAfter() {
            return sharedAfter;
        }

        void accept(ExchangeRecord read, String path) throws ExchangeException, CancelledException {
            context.checkCancelled();
            ExchangeRecord incoming = builtIns.ownTextsOnly(read);
            if (incoming.base() == null && sharedBefore.containsKey(incoming.id())) {
                // the file names no base: the state this store last shared with the file's writer is the base
                incoming = incoming.withBase(sharedBefore.get(incoming.id()));
                mergedFromLog++;
            }
            try {
                checkReferences(incoming, path);
                Optional<FieldProblem> refused = rules.check(incoming);
                if (refused.isPresent()) {
                    throw problems.at(Problem.NOT_ALLOWED, path, refused.get().field(), refused.get().message());
                }
                ExchangeRecord local = rows.find(incoming.kind(), incoming.id()).map(builtIns::ownTextsOnly).orElse(null);
                MergeRule.Decision decided = MergeRule.decide(incoming, local);
                if (decided == MergeRule.Decision.CONFLICT && BuiltInEntries.differOnlyInTexts(incoming, local)) {
                    // a built-in entry is the same entry on both sides: the store keeps the texts it gave it
                    incoming = BuiltInEntries.keepingLocalTexts(incoming, local);
                    decided = incoming.sameContentAs(local) ? MergeRule.Decision.KEEP_LOCAL : MergeRule.Decision.UPDATE;
                }
                switch (decided) {
                    case ADD -> rows.insert(incoming);
                    case UPDATE -> rows.update(incoming);
                    case UNCHANGED -> alignStamp(incoming, local);
                    default -> { }
                }
                MergeRule.Decision outcome = decided == MergeRule.Decision.CONFLICT ? resolve(incoming, local) : decided;
                if (outcome == MergeRule.Decision.ADD || outcome == MergeRule.Decision.UPDATE
                        || outcome == MergeRule.Decision.UNCHANGED) {
                    sharedAfter.put(incoming.id(), incoming.stamp());
                }
                known.computeIfAbsent(incoming.kind(), k -> new HashSet<>()).add(incoming.id());
                counts.put(incoming.kind(), counts.getOrDefault(incoming.kind(), ImportSummary.Counts.ZERO).plus(outcome));
            } catch (SQLException e) {
                if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                    throw problems.at(Problem.CLASHES_WITH_STORE, path, null, null);
                }
                // not the record: the store itself (a full disk, a read-only or damaged file)
                StoreException store = StoreFaults.asStoreException(e, null);
                throw store != null ? store : new IllegalStateException("the store refused a write", e);
            }
            if (size > 0) {
                context.updateProgress(Math.min(in.count(), size), size);
            }
        }

        /** Same data with another stamp: take the file's stamp, so both sides record the same shared state. */
        private void alignStamp(ExchangeRecord incoming, ExchangeRecord local) throws SQLException {
            if (!incoming.sameStampAs(local)) {
                rows.update(incoming);
            }
        }

        private MergeRule.Decision resolve(ExchangeRecord incoming, ExchangeRecord local) throws SQLException {
            Resolution resolution = options.resolutions().get(incoming.id());
            if (resolution == Resolution.TAKE_INCOMING) {
                rows.update(incoming);
                return MergeRule.Decision.UPDATE;
            }
            if (resolution == Resolution.KEEP_LOCAL) {
                return MergeRule.Decision.KEEP_LOCAL;
            }
            if (conflicts.size() < MAX_LISTED_CONFLICTS) {
                conflicts.add(new Conflict(incoming.kind(), incoming.id(), local, incoming));
            } else {
                unlisted++;
            }
            return MergeRule.Decision.CONFLICT;
        }

        private void checkReferences(ExchangeRecord record, String path) throws SQLException, ExchangeException {
            for (FieldSpec field : record.kind().fields()) {
                if (field.kind() == FieldKind.REFERENCE && record.value(field.name()) != null) {
                    requireKnown(field.target(), (UUID) record.value(field.name()), path, field.name());
                }
            }
            for (LinkSpec link : record.kind().links()) {
                for (UUID target : record.links().get(link.name())) {
                    requireKnown(link.target(), target, path, link.name());
                }
            }
        }

        private void requireKnown(RecordKind kind, UUID id, String path, String field)
                throws SQLException, ExchangeException {
            Set<UUID> ids = known.computeIfAbsent(kind, k -> new HashSet<>());
            if (ids.contains(id)) {
                return;
            }
            if (!rows.exists(kind, id)) {
                throw problems.at(Problem.DANGLING_REFERENCE, path, field, id);
            }
            ids.add(id);
        }

        ImportSummary summary(boolean dryRun) {
            return new ImportSummary(counts, conflicts, unlisted, dryRun, mergedFromLog);
        }
    }
}
