package org.inclusio.persistence;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Copies every record of one store into another, new store of the same schema version: a laptop's store
 * onto a region's server. The new store may hold only what its migrations made (the built-in vocabulary),
 * which the copy replaces with the source's; a store that was already used (its audit trail, which can only
 * grow, has entries) is refused. Tables are copied parents first, in one transaction on the target; the rows of each
 * table are counted on both sides before it commits, so the target ends with every record or with none. The
 * audit trail is copied as it is, its chain of hashes intact.
 */
public final class StoreCopy {

    /** How the copy reports its progress and learns that it was cancelled. */
    public interface Progress {
        /** A table was copied: its name, its rows, and how many rows of all tables are copied so far of the total. */
        void copied(String table, long rows, long done, long total);

        boolean cancelled();
    }

    /** Rows per table, as counted in both stores. */
    public record Result(Map<String, Long> rowsByTable) {
        public long total() {
            return rowsByTable.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** The target already holds records; nothing was copied. */
    public static final class TargetNotEmptyException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String table;

        TargetNotEmptyException(String table) {
            super("the target store holds records in " + table);
            this.table = table;
        }

        public String table() {
            return table;
        }
    }

    /** The copy was cancelled; nothing was written to the target. */
    public static final class CancelledException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CancelledException() {
            super("cancelled");
        }
    }

    private static final String MIGRATIONS = "db_migration";
    /** Tables every new store fills when it is set up: the built-in vocabulary, marked {@code built_in}. */
    private static final Set<String> BUILT_IN_VOCABULARY = Set.of("accommodation", "barrier", "disadvantaged_group");
    private static final int BATCH = 1000;
    /**
     * The head of the audit chain: one row, set up at its start (sequence 0) and only ever moved forward (the
     * server refuses anything else), so it is moved to the source's head rather than copied.
     */
    private static final String CHAIN_HEAD = "audit_chain_head";

    private StoreCopy() {
    }

    public static Result copy(Store source, Store target, Progress progress) {
        if (!source.schemaVersion().equals(target.schemaVersion())) {
            throw new IllegalStateException("schema versions differ");
        }
        try (Connection from = source.jdbcConnection(); Connection to = target.jdbcConnection()) {
            from.setReadOnly(true);
            from.setAutoCommit(false);
            // one consistent snapshot of the source while it is read
            from.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            to.setAutoCommit(false);
            try {
                List<String> tables = parentsFirst(to);
                requireNew(to, tables);
                clearSetUp(to, tables);
                Map<String, Long> sourceCounts = new LinkedHashMap<>();
                long total = 0;
                for (String table : tables) {
                    long rows = count(from, table);
                    sourceCounts.put(table, rows);
                    total += rows;
                }
                long done = 0;
                for (String table : tables) {
                    done += copyTable(from, to, table, progress);
                    progress.copied(table, sourceCounts.get(table), done, total);
                }
                for (String table : tables) {
                    long copied = count(to, table);
                    if (copied != sourceCounts.get(table)) {
                        throw new IllegalStateException("row counts differ after the copy in " + table);
                    }
                }
                if (progress.cancelled()) {
                    throw new CancelledException();
                }
                to.commit();
                from.commit();
                return new Result(sourceCounts);
            } catch (RuntimeException | SQLException e) {
                to.rollback();
                throw e;
            }
        } catch (SQLException e) {
            StoreProblem problem = StoreFaults.classify(e);
            if (problem != null && target.isServer()) {
                throw new StoreException(problem, target.server(), e.getClass().getSimpleName(), e);
            }
            throw new IllegalStateException("the copy failed: " + e.getClass().getSimpleName(), e);
        }
    }

    /**
     * Refuses a target that holds more than a new store does: records in any table, or vocabulary of its
     * own. The built-in vocabulary its migrations made may be there.
     */
    private static void requireNew(Connection to, List<String> tables) throws SQLException {
        for (String table : tables) {
            String name = table.toLowerCase(Locale.ROOT);
            String own = BUILT_IN_VOCABULARY.contains(name) ? " where built_in = false"
                    : CHAIN_HEAD.equals(name) ? " where last_seq <> 0" : "";
            try (Statement statement = to.createStatement();
                 ResultSet rows = statement.executeQuery("select count(*) from " + name + own)) {
                rows.next();
                if (rows.getLong(1) > 0) {
                    throw new TargetNotEmptyException(name);
                }
            }
        }
    }

    /** Removes the built-in vocabulary the target's migrations made, so that the source's takes its place. */
    private static void clearSetUp(Connection to, List<String> tables) throws SQLException {
        List<String> childrenFirst = new ArrayList<>(tables);
        java.util.Collections.reverse(childrenFirst);
        try (Statement statement = to.createStatement()) {
            for (String table : childrenFirst) {
                String name = table.toLowerCase(Locale.ROOT);
                if (BUILT_IN_VOCABULARY.contains(name)) {
                    statement.executeUpdate("delete from " + name);
                }
            }
        }
    }

    /** The target's tables (all but the migration record), each after the tables it refers to. */
    static List<String> parentsFirst(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String schema = connection.getSchema();
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = meta.getTables(null, schema, null, new String[] {"TABLE"})) {
            while (rows.next()) {
                String name = rows.getString("TABLE_NAME");
                if (!name.equalsIgnoreCase(MIGRATIONS)) {
                    tables.add(name);
                }
            }
        }
        tables.sort(String.CASE_INSENSITIVE_ORDER);
        Map<String, Set<String>> parents = new HashMap<>();
        for (String table : tables) {
            Set<String> referred = new LinkedHashSet<>();
            try (ResultSet keys = meta.getImportedKeys(null, schema, table)) {
                while (keys.next()) {
                    String parent = keys.getString("PKTABLE_NAME");
                    if (!parent.equalsIgnoreCase(table)) {
                        referred.add(parent.toLowerCase(Locale.ROOT));
                    }
                }
            }
            parents.put(table.toLowerCase(Locale.ROOT), referred);
        }
        List<String> ordered = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        while (ordered.size() < tables.size()) {
            boolean progressed = false;
            for (String table : tables) {
                String key = table.toLowerCase(Locale.ROOT);
                if (!placed.contains(key) && placed.containsAll(parents.get(key))) {
                    ordered.add(table);
                    placed.add(key);
                    progressed = true;
                }
            }
            if (!progressed) {
                throw new IllegalStateException("the tables refer to each other in a circle");
            }
        }
        return ordered;
    }

    private static long copyTable(Connection from, Connection to, String table, Progress progress)
            throws SQLException {
        if (CHAIN_HEAD.equalsIgnoreCase(table)) {
            return moveChainHead(from, to);
        }
        List<String> columns = new ArrayList<>();
        try (ResultSet rows = to.getMetaData().getColumns(null, to.getSchema(), table, null)) {
            while (rows.next()) {
                // a column the database computes (the trash marks) is computed again by the server
                if (!"YES".equalsIgnoreCase(rows.getString("IS_GENERATEDCOLUMN"))) {
                    columns.add(rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        String list = String.join(", ", columns);
        String select = "select " + list + " from " + table.toLowerCase(Locale.ROOT);
        String insert = "insert into " + table.toLowerCase(Locale.ROOT) + " (" + list + ") values ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
        long copied = 0;
        try (Statement read = from.createStatement(); PreparedStatement write = to.prepareStatement(insert)) {
            read.setFetchSize(BATCH);
            try (ResultSet rows = read.executeQuery(select)) {
                int pending = 0;
                while (rows.next()) {
                    for (int i = 1; i <= columns.size(); i++) {
                        write.setObject(i, value(rows.getObject(i), to));
                    }
                    write.addBatch();
                    copied++;
                    if (++pending == BATCH) {
                        write.executeBatch();
                        pending = 0;
                        if (progress.cancelled()) {
                            throw new CancelledException();
                        }
                    }
                }
                if (pending > 0) {
                    write.executeBatch();
                }
            }
        }
        return copied;
    }

    /** A value as the target's driver takes it: arrays are made anew on the target's connection. */
    private static Object value(Object read, Connection to) throws SQLException {
        if (!(read instanceof java.sql.Array array)) {
            return read;
        }
        Object[] elements = (Object[]) array.getArray();
        String type = elements.length > 0 && elements[0] instanceof java.util.UUID ? "uuid"
                : elements.length > 0 && elements[0] instanceof Integer ? "integer"
                : elements.length > 0 && elements[0] instanceof Long ? "bigint" : "varchar";
        return to.createArrayOf(type, elements);
    }

    private static long moveChainHead(Connection from, Connection to) throws SQLException {
        long moved = 0;
        try (Statement read = from.createStatement();
             ResultSet head = read.executeQuery("select id, last_seq, last_hash from " + CHAIN_HEAD);
             PreparedStatement write = to.prepareStatement(
                     "update " + CHAIN_HEAD + " set last_seq = ?, last_hash = ? where id = ?")) {
            while (head.next()) {
                write.setLong(1, head.getLong(2));
                write.setString(2, head.getString(3));
                write.setObject(3, head.getObject(1));
                if (write.executeUpdate() != 1) {
                    throw new IllegalStateException("the target's audit chain has no head to move");
                }
                moved++;
            }
        }
        return moved;
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select count(*) from " + table.toLowerCase(Locale.ROOT))) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
