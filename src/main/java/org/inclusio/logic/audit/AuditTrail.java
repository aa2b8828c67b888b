package org.inclusio.logic.audit;

import io.ebean.Database;
import io.ebean.SqlQuery;
import io.ebean.SqlRow;
import io.ebean.Transaction;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The audit trail: records events that are not a record's insert, update or delete (those are
 * recorded by {@link AuditPersistController}), such as exports, imports, backups, unlocking and
 * showing a person's identity; lists entries and checks that the chain is intact.
 *
 * <p>An entry is written in the transaction it is recorded in and commits or rolls back with it.
 * Never pass personal values (names, codes of people, free text) as detail: record kinds, ids,
 * counts and file names without their folder.
 */
public final class AuditTrail {

    private static final String COLUMNS = "seq, occurred_at, os_user, user_name, action, subject_kind, subject_id,"
            + " fields, detail, previous_hash, hash, database_user";

    private final Database db;
    private final ZoneId zone;

    public AuditTrail(Database db) {
        this(db, ZoneId.systemDefault());
    }

    /** With the time zone in which the days of a filter are read. */
    public AuditTrail(Database db, ZoneId zone) {
        this.db = Objects.requireNonNull(db, "db");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /**
     * Records an event in the calling thread's current transaction, or in a transaction of its own
     * (committed at once) when there is none.
     *
     * @param subjectKind the kind of record concerned (e.g. "Person"), or null for the whole store
     * @param subjectId   the record's id, or null
     * @param detail      a summary without personal values, or null
     */
    public void record(AuditAction action, String subjectKind, UUID subjectId, String detail) {
        Transaction current = db.currentTransaction();
        if (current != null && current.isActive()) {
            record(current, action, subjectKind, subjectId, detail);
            return;
        }
        try (Transaction own = db.beginTransaction()) {
            record(own, action, subjectKind, subjectId, detail);
            own.commit();
        }
    }

    /** Records an event in the given transaction: it is kept only if that transaction commits. */
    public void record(Transaction transaction, AuditAction action, String subjectKind, UUID subjectId,
            String detail) {
        Objects.requireNonNull(action, "action");
        ChainAppender.of(transaction).add(action, subjectKind, subjectId, null, detail);
    }

    /**
     * Declares the transaction a bulk operation (a large import or load): the records it writes
     * get no entry each; the caller records one summary of it with {@link #record(Transaction,
     * AuditAction, String, UUID, String)} before committing.
     */
    public void markBulk(Transaction transaction) {
        ChainAppender.of(transaction).markBulk();
    }

    /** The entries the filter selects, newest first. */
    public List<AuditRecord> list(AuditFilter filter) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from audit_entry where 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (filter.from() != null) {
            sql.append(" and occurred_at >= ?");
            parameters.add(startOf(filter.from()));
        }
        if (filter.to() != null) {
            sql.append(" and occurred_at < ?");
            parameters.add(startOf(filter.to().plusDays(1)));
        }
        if (filter.action() != null) {
            sql.append(" and action = ?");
            parameters.add(filter.action().name());
        }
        if (filter.subjectKind() != null) {
            sql.append(" and lower(subject_kind) = ?");
            parameters.add(filter.subjectKind().toLowerCase(java.util.Locale.ROOT));
        }
        sql.append(" order by seq desc");
        if (filter.limit() > 0) {
            sql.append(" limit ").append(filter.limit());
        }
        SqlQuery query = db.sqlQuery(sql.toString());
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        List<AuditRecord> records = new ArrayList<>();
        query.findEach(row -> records.add(toRecord(row)));
        return Collections.unmodifiableList(records);
    }

    /** Every entry in chain order, one at a time (for exports of any size). */
    public void forEach(Consumer<AuditRecord> consumer) {
        db.sqlQuery("select " + COLUMNS + " from audit_entry order by seq").findEach(row -> consumer.accept(toRecord(row)));
    }

    /**
     * Checks the chain from its first entry: each must follow the one before it without a gap,
     * carry that entry's hash, and match its own hash; the last must be the one the chain's head
     * names. Names the first entry that does not fit.
     */
    public AuditVerification verify() {
        long[] checked = {0};
        long[] expectedSeq = {1};
        String[] previous = {AuditHash.GENESIS};
        AuditVerification[] broken = {null};
        db.sqlQuery("select " + COLUMNS + " from audit_entry order by seq").findEach(row -> {
            if (broken[0] != null) {
                return;
            }
            AuditRecord record = toRecord(row);
            checked[0]++;
            if (record.seq() != expectedSeq[0]) {
                broken[0] = new AuditVerification(checked[0], record.seq(), AuditVerification.Problem.MISSING);
            } else if (!record.previousHash().equals(previous[0])) {
                broken[0] = new AuditVerification(checked[0], record.seq(), AuditVerification.Problem.NOT_LINKED);
            } else if (!AuditHash.of(record).equals(record.hash())) {
                broken[0] = new AuditVerification(checked[0], record.seq(), AuditVerification.Problem.ALTERED);
            }
            expectedSeq[0] = record.seq() + 1;
            previous[0] = record.hash();
        });
        if (broken[0] != null) {
            return broken[0];
        }
        SqlRow head = db.sqlQuery("select last_seq, last_hash from audit_chain_head where id = 1").findOne();
        if (head == null) {
            return new AuditVerification(checked[0], 1, AuditVerification.Problem.HEAD_MISMATCH);
        }
        long lastSeq = head.getLong("last_seq");
        if (lastSeq != expectedSeq[0] - 1 || !previous[0].equals(head.getString("last_hash"))) {
            long at = Math.max(lastSeq, expectedSeq[0] - 1);
            return new AuditVerification(checked[0], at, AuditVerification.Problem.HEAD_MISMATCH);
        }
        return AuditVerification.intact(checked[0]);
    }

    private long startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant().toEpochMilli();
    }

    private static AuditRecord toRecord(SqlRow row) {
        return new AuditRecord(row.getLong("seq"), java.time.Instant.ofEpochMilli(row.getLong("occurred_at")),
                row.getString("os_user"), row.getString("user_name"), row.getString("action"),
                row.getString("subject_kind"), row.getUUID("subject_id"), row.getString("fields"),
                row.getString("detail"), row.getString("previous_hash"), row.getString("hash"),
                row.getString("database_user"));
    }
}
