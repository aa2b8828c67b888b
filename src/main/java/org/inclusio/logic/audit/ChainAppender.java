package org.inclusio.logic.audit;

import io.ebean.Transaction;
import io.ebean.TransactionCallback;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jakarta.persistence.PersistenceException;

/**
 * The audit entries of one transaction. They are collected while the transaction works and
 * appended to the chain just before it commits (or earlier, in chunks, when a transaction records
 * very many), on its own connection: a rolled-back transaction leaves no entry, a committed one
 * all of them. Appending first locks the chain's head row, so transactions extend the chain one
 * after the other and it never forks; the lock is held from the first append to the commit.
 */
final class ChainAppender implements TransactionCallback {

    private static final String KEY = "org.inclusio.audit.pending";
    /** Entries kept in memory before they are written ahead of the commit. */
    private static final int CHUNK = 1000;

    private static final String LOCK_HEAD =
            "select last_seq, last_hash from audit_chain_head where id = 1 for update";
    /** On a server, the login is read with the head: the server accepts entries only under the session's own. */
    private static final String LOCK_HEAD_ON_SERVER =
            "select last_seq, last_hash, session_user from audit_chain_head where id = 1 for update";
    private static final String INSERT = "insert into audit_entry (seq, occurred_at, os_user, user_name, action,"
            + " subject_kind, subject_id, fields, detail, previous_hash, hash, database_user)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String MOVE_HEAD = "update audit_chain_head set last_seq = ?, last_hash = ? where id = 1";

    private final Transaction transaction;
    private final List<Pending> pending = new ArrayList<>();
    private boolean bulk;
    private boolean registered;
    private boolean locked;
    private long lastSeq;
    private String lastHash;
    private String databaseUser;

    private ChainAppender(Transaction transaction) {
        this.transaction = transaction;
    }

    /** The entries of this transaction, registered with it on first use. */
    static ChainAppender of(Transaction transaction) {
        ChainAppender appender;
        if (transaction.getUserObject(KEY) instanceof ChainAppender existing) {
            appender = existing;
        } else {
            appender = new ChainAppender(transaction);
            transaction.putUserObject(KEY, appender);
        }
        if (!appender.registered) {
            // again after a commit that let the transaction go on
            transaction.register(appender);
            appender.registered = true;
            // written through the connection at commit: make sure the transaction really commits
            transaction.connection();
        }
        return appender;
    }

    /** True when this transaction was declared a bulk operation (see {@link AuditTrail#markBulk}). */
    static boolean isBulk(Transaction transaction) {
        return transaction.getUserObject(KEY) instanceof ChainAppender appender && appender.bulk;
    }

    void markBulk() {
        bulk = true;
    }

    void add(AuditAction action, String subjectKind, UUID subjectId, String fields, String detail) {
        pending.add(new Pending(System.currentTimeMillis(), Actor.osUser(), Actor.userName(), action.name(),
                subjectKind, subjectId, shorten(fields), shorten(detail)));
        if (pending.size() >= CHUNK) {
            flush();
        }
    }

    @Override
    public void preCommit() {
        flush();
    }

    @Override
    public void postCommit() {
        ended();
    }

    @Override
    public void preRollback() {
        pending.clear();
    }

    @Override
    public void postRollback() {
        ended();
    }

    /** The commit or rollback released the head's lock; a transaction that goes on starts afresh. */
    private void ended() {
        pending.clear();
        locked = false;
        registered = false;
    }

    private void flush() {
        if (pending.isEmpty()) {
            return;
        }
        Connection connection = transaction.connection();
        try {
            if (!locked) {
                lockHead(connection);
            }
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (Pending entry : pending) {
                    long seq = lastSeq + 1;
                    String hash = AuditHash.of(lastHash, seq, entry.occurredAt, entry.osUser, entry.userName,
                            entry.action, entry.subjectKind, entry.subjectId, entry.fields, entry.detail, databaseUser);
                    insert.setLong(1, seq);
                    insert.setLong(2, entry.occurredAt);
                    insert.setString(3, entry.osUser);
                    insert.setString(4, entry.userName);
                    insert.setString(5, entry.action);
                    insert.setString(6, entry.subjectKind);
                    insert.setObject(7, entry.subjectId);
                    insert.setString(8, entry.fields);
                    insert.setString(9, entry.detail);
                    insert.setString(10, lastHash);
                    insert.setString(11, hash);
                    insert.setString(12, databaseUser);
                    insert.addBatch();
                    lastSeq = seq;
                    lastHash = hash;
                }
                insert.executeBatch();
            }
            try (PreparedStatement move = connection.prepareStatement(MOVE_HEAD)) {
                move.setLong(1, lastSeq);
                move.setString(2, lastHash);
                move.executeUpdate();
            }
            pending.clear();
        } catch (SQLException e) {
            throw new PersistenceException("The audit trail could not be written: " + e.getMessage(), e);
        }
    }

    private void lockHead(Connection connection) throws SQLException {
        boolean server = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        try (PreparedStatement select = connection.prepareStatement(server ? LOCK_HEAD_ON_SERVER : LOCK_HEAD);
             ResultSet head = select.executeQuery()) {
            if (!head.next()) {
                throw new SQLException("the audit trail's head row is missing");
            }
            lastSeq = head.getLong(1);
            lastHash = head.getString(2);
            databaseUser = server ? head.getString(3) : null;
        }
        locked = true;
    }

    private static String shorten(String text) {
        return text == null || text.length() <= 2000 ? text : text.substring(0, 1999) + "\u2026";
    }

    private record Pending(long occurredAt, String osUser, String userName, String action, String subjectKind,
            UUID subjectId, String fields, String detail) {
    }
}
