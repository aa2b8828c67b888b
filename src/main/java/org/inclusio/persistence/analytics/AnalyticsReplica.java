package org.inclusio.persistence.analytics;

import io.ebean.RowMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * A copy of the tables the analyses aggregate, held in an in-memory column store (DuckDB) that
 * answers the same SQL many times faster than the row store on a large store. It is never written to
 * disk: no file, no spilling of intermediate results, no extensions, so the data stays as protected
 * as in the encrypted store.
 *
 * <p><b>Always current.</b> Before every query, the replica compares each mirrored table's modification
 * id in the store with the one it copied, and copies again the tables that changed. A copy reads one
 * consistent snapshot of all tables. When another connection held uncommitted changes while the
 * snapshot was taken, the copy is marked provisional and every table is copied again before the next
 * query, since those changes may be committed later without changing the ids again.
 *
 * <p><b>Minimal.</b> Only the columns analyses use are copied: identifiers, dates, numbers, flags and
 * codes (text of at most 100 characters) and the names of teams, organisations, groups, barriers and
 * accommodations; never free text such as notes, titles or proposals, nor versions and modification
 * times. The one exception is free text a rule quotes in its findings ({@link #QUOTED}: the topics
 * avoided at an activity), copied only where the store holds text other than blanks (null elsewhere),
 * so that a condition such as {@code trim(a.topics_avoided) <> ''} selects the same rows here as in the
 * store. Reading those texts from the encrypted store at every run decrypted its pages again each time.
 */
public final class AnalyticsReplica implements AggregateReader, AutoCloseable {

    /** The tables analyses aggregate. */
    static final List<String> TABLES = List.of("activity", "participation", "person", "consent",
            "disadvantaged_group", "group_membership", "organisation", "process_team", "proposal",
            "reference_share", "team_membership", "accommodation", "barrier", "participation_accommodation",
            "participation_barrier");
    private static final List<String> NAMED = List.of("process_team", "organisation", "disadvantaged_group",
            "barrier", "accommodation");
    private static final int CODE_LENGTH = 100;
    /** Free-text columns a rule quotes, by table: copied only where they hold text other than blanks. */
    static final Map<String, List<String>> QUOTED = Map.of("activity", List.of("topics_avoided"));
    private static final String FILLED_IN = "case when trim(%1$s) <> '' then %1$s end";
    /** Bookkeeping columns no analysis reads. */
    private static final List<String> BOOKKEEPING = List.of("version", "when_created", "when_modified");

    /** Opens connections to the store; each refresh uses one and closes it. */
    @FunctionalInterface
    public interface StoreConnections {
        Connection open() throws SQLException;
    }

    private static final System.Logger LOG = System.getLogger(AnalyticsReplica.class.getName());

    private final StoreConnections store;
    private final AggregateReader fallback;
    private final Map<String, Long> copied = new HashMap<>();
    private boolean unavailable;
    private DuckDBConnection replica;
    private boolean provisional;
    private boolean closed;
    private long copies;
    /** Statements prepared on the column store, kept for the next query with the same text until a table is copied again. */
    private final PreparedStatements prepared = new PreparedStatements();
    /** The thread running {@link #readingOnce} work, whose queries are not preceded by a refresh; null when none. */
    private Thread readingOnce;

    /**
     * @param store    the store's connections
     * @param fallback where queries go when the column store cannot run on this machine (its native
     *                 library does not load): the store itself, slower but with the same answers
     */
    public AnalyticsReplica(StoreConnections store, AggregateReader fallback) {
        this.store = store;
        this.fallback = fallback;
    }

    /** True unless the column store failed to start on this machine and queries go to the store. */
    public synchronized boolean inUse() {
        return !unavailable;
    }

    @Override
    public synchronized <T> List<T> list(String sql, Map<String, Object> parameters, RowMapper<T> mapper) {
        List<T> rows = new ArrayList<>();
        forEach(sql, parameters, mapper, rows::add);
        return rows;
    }

    @Override
    public synchronized <T> void forEach(String sql, Map<String, Object> parameters, RowMapper<T> mapper,
                                         Consumer<T> consumer) {
        if (!available()) {
            fallback.forEach(sql, parameters, mapper, consumer);
            return;
        }
        try {
            if (readingOnce != Thread.currentThread() || closed) {
                refresh();
            }
            NamedParameters positional = NamedParameters.of(sql, parameters);
            PreparedStatement statement = prepared.take(replica, positional.sql());
            boolean reusable = false;
            try {
                for (int i = 0; i < positional.values().size(); i++) {
                    statement.setObject(i + 1, positional.values().get(i));
                }
                try (ResultSet result = statement.executeQuery()) {
                    int row = 0;
                    while (result.next()) {
                        consumer.accept(mapper.map(result, row++));
                    }
                }
                reusable = true;
            } finally {
                prepared.giveBack(positional.sql(), statement, reusable);
            }
        } catch (SQLException e) {
            throw new AnalyticsException(e);
        }
    }

    /**
     * Brings the copy up to date once, then runs the work, whose queries on this thread read that state
     * without checking the store again (a query from another thread still does). Nested calls share the
     * outer call's state.
     */
    @Override
    public <T, E extends Exception> T readingOnce(Reading<T, E> work) throws E {
        boolean outermost;
        synchronized (this) {
            outermost = readingOnce == null && available();
            if (outermost) {
                refresh();
                readingOnce = Thread.currentThread();
            }
        }
        if (!outermost) {
            // nested: the outer call's state holds; another thread's work under way or no column store:
            // every query checks as usual
            return work.read();
        }
        try {
            return work.read();
        } finally {
            synchronized (this) {
                readingOnce = null;
            }
        }
    }

    /** Opens the column store at the first use; false when it cannot run on this machine (queries go to the store). */
    private boolean available() {
        if (!unavailable && replica == null && !closed) {
            try {
                replica = open();
            } catch (SQLException | LinkageError | RuntimeException e) {
                unavailable = true;
                LOG.log(System.Logger.Level.WARNING, "the column store for analyses cannot run here;"
                        + " analyses read the store directly: " + e);
            }
        }
        return !unavailable;
    }

    /** How many table copies were made so far (to tell a reused copy from a fresh one). */
    public synchronized long copies() {
        return copies;
    }

    /** Copies every mirrored table again, whole, whatever changed (a measurement's baseline, a check). */
    public synchronized void recopy() {
        copied.clear();
        refresh();
    }

    /** Brings every mirrored table up to the store's committed state. */
    public synchronized void refresh() {
        if (closed) {
            throw new IllegalStateException("the analytics replica is closed");
        }
        try (Connection source = store.open()) {
            if (replica == null) {
                replica = open();
            }
            Map<String, Long> ids;
            boolean uncommitted;
            try (Statement settings = source.createStatement()) {
                settings.execute("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL SNAPSHOT");
                // each table's rows are handed over as they are read: otherwise H2 first gathers the whole
                // result, keeping hundreds of thousands of rows on the heap and writing the rest to a temporary file
                settings.execute("SET LAZY_QUERY_EXECUTION TRUE");
            }
            source.setAutoCommit(false);
            try {
                ids = modificationIds(source);
                uncommitted = ids.remove(UNCOMMITTED) != 0;
                List<String> stale = new ArrayList<>();
                for (String table : TABLES) {
                    if (provisional || !ids.get(table).equals(copied.get(table))) {
                        stale.add(table);
                    }
                }
                if (stale.isEmpty()) {
                    return;
                }
                for (String table : stale) {
                    copy(source, table);
                    copied.put(table, ids.get(table));
                }
                uncommitted |= othersHoldUncommitted(source);
            } finally {
                source.rollback();
            }
            provisional = uncommitted;
        } catch (SQLException e) {
            copied.clear();
            throw new AnalyticsException(e);
        }
    }

    private static final String UNCOMMITTED = " uncommitted";

    /** The modification id of every mirrored table, and whether other sessions hold uncommitted changes. */
    private static Map<String, Long> modificationIds(Connection source) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (Statement statement = source.createStatement();
             ResultSet result = statement.executeQuery("select lower(table_name), last_modification,"
                     + " (select count(*) from information_schema.sessions s where s.contains_uncommitted"
                     + " and s.session_id <> session_id()) from information_schema.tables"
                     + " where table_schema = 'PUBLIC'")) {
            while (result.next()) {
                ids.put(result.getString(1), result.getLong(2));
                ids.put(UNCOMMITTED, result.getLong(3));
            }
        }
        for (String table : TABLES) {
            if (!ids.containsKey(table)) {
                throw new SQLException("the store has no table " + table);
            }
        }
        ids.putIfAbsent(UNCOMMITTED, 0L);
        return ids;
    }

    private static boolean othersHoldUncommitted(Connection source) throws SQLException {
        try (Statement statement = source.createStatement();
             ResultSet result = statement.executeQuery("select count(*) from information_schema.sessions s"
                     + " where s.contains_uncommitted and s.session_id <> session_id()")) {
            return result.next() && result.getLong(1) > 0;
        }
    }

    static DuckDBConnection open() throws SQLException {
        try {
            Class.forName("org.duckdb.DuckDBDriver");
        } catch (ClassNotFoundException e) {
            throw new SQLException("the column store's driver is missing", e);
        }
        DuckDBConnection connection = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:", new Properties());
        removeUnpackedLibrary();
        try (Statement settings = connection.createStatement()) {
            // nothing leaves memory: no temporary files, no extensions fetched or loaded, no file access
            settings.execute("SET max_temp_directory_size = '0B'");
            settings.execute("SET autoinstall_known_extensions = false");
            settings.execute("SET autoload_known_extensions = false");
            settings.execute("SET enable_external_access = false");
            settings.execute("SET threads = " + Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));
            settings.execute("SET preserve_insertion_order = false");
            // freed memory goes back to the system instead of being kept for later queries (default 128 MB)
            settings.execute("SET allocator_flush_threshold = '8MB'");
        }
        return connection;
    }

    /**
     * The driver unpacks its native library into the system's temporary folder and removes it only at a
     * normal exit, so a program that is killed would leave about 70 MB behind each time. Where the
     * system allows it (Linux), the file is removed as soon as it is loaded: the loaded library stays
     * mapped and nothing is left whatever way the program ends. Only a file this process has mapped is
     * touched, never another program's.
     */
    private static void removeUnpackedLibrary() {
        Path maps = Path.of("/proc/self/maps");
        if (!Files.isReadable(maps)) {
            return;
        }
        try {
            Path temporary = Path.of(System.getProperty("java.io.tmpdir")).toRealPath();
            try (Stream<String> lines = Files.lines(maps)) {
                lines.map(line -> line.substring(line.lastIndexOf(' ') + 1))
                        .filter(file -> file.startsWith("/") && file.contains("libduckdb_java"))
                        .map(Path::of)
                        .filter(file -> temporary.equals(file.getParent()))
                        .distinct()
                        .forEach(file -> {
                            try {
                                Files.deleteIfExists(file);
                            } catch (IOException e) {
                                LOG.log(System.Logger.Level.DEBUG, "the column store's library stays until exit", e);
                            }
                        });
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "the column store's library stays until exit", e);
        }
    }

    /** Copies one table's columns that analyses use, replacing the earlier copy. */
    private void copy(Connection source, String table) throws SQLException {
        // a statement prepared before refers to the table replaced now
        prepared.clear();
        List<Column> columns = columns(source, table);
        try (Statement ddl = replica.createStatement()) {
            ddl.execute("drop table if exists " + table);
            ddl.execute("create table " + table + " (" + String.join(", ",
                    columns.stream().map(c -> c.name() + " " + c.replicaType()).toList()) + ")");
        }
        String select = "select " + String.join(", ", columns.stream().map(Column::source).toList()) + " from " + table;
        try (Statement read = source.createStatement()) {
            read.setFetchSize(10_000);
            try (ResultSet rows = read.executeQuery(select);
                 DuckDBAppender appender = replica.createAppender(DuckDBConnection.DEFAULT_SCHEMA, table)) {
                while (rows.next()) {
                    appender.beginRow();
                    for (int i = 0; i < columns.size(); i++) {
                        columns.get(i).kind().append(appender, rows, i + 1);
                    }
                    appender.endRow();
                }
            }
        }
        copies++;
    }

    private static List<Column> columns(Connection source, String table) throws SQLException {
        List<Column> columns = new ArrayList<>();
        try (PreparedStatement statement = source.prepareStatement("select lower(column_name), data_type,"
                + " character_maximum_length, numeric_precision, numeric_scale from information_schema.columns"
                + " where table_schema = 'PUBLIC' and lower(table_name) = ? order by ordinal_position")) {
            statement.setString(1, table);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    String name = result.getString(1);
                    if (BOOKKEEPING.contains(name)) {
                        continue;
                    }
                    String type = result.getString(2).toUpperCase(Locale.ROOT);
                    long length = result.getLong(3);
                    if (QUOTED.getOrDefault(table, List.of()).contains(name)) {
                        columns.add(new Column(name, "VARCHAR", Kind.TEXT, FILLED_IN.formatted(name) + " as " + name));
                        continue;
                    }
                    Column column = switch (type) {
                        case "UUID" -> new Column(name, "UUID", Kind.UUID);
                        case "CHARACTER VARYING", "CHARACTER" -> length <= CODE_LENGTH
                                || ("name".equals(name) && NAMED.contains(table))
                                ? new Column(name, "VARCHAR", Kind.TEXT) : null;
                        case "INTEGER", "SMALLINT", "TINYINT" -> new Column(name, "INTEGER", Kind.INTEGER);
                        case "BIGINT" -> new Column(name, "BIGINT", Kind.BIGINT);
                        case "BOOLEAN" -> new Column(name, "BOOLEAN", Kind.BOOLEAN);
                        case "DATE" -> new Column(name, "DATE", Kind.DATE);
                        case "TIMESTAMP" -> new Column(name, "TIMESTAMP", Kind.TIMESTAMP);
                        case "DOUBLE PRECISION", "REAL" -> new Column(name, "DOUBLE", Kind.DOUBLE);
                        case "NUMERIC", "DECIMAL" -> new Column(name, "DECIMAL(" + Math.min(38, result.getInt(4))
                                + ", " + result.getInt(5) + ")", Kind.DECIMAL);
                        default -> null;
                    };
                    if (column != null) {
                        columns.add(column);
                    }
                }
            }
        }
        return columns;
    }

    /** A copied column: its name, its type in the replica, how its values are moved, what the store is asked for. */
    private record Column(String name, String replicaType, Kind kind, String source) {
        Column(String name, String replicaType, Kind kind) {
            this(name, replicaType, kind, name);
        }
    }

    /** How a value of one type is read from the store and appended to the replica. */
    private enum Kind {
        UUID((a, r, i) -> {
            Object value = r.getObject(i);
            if (value == null) {
                a.appendNull();
            } else {
                a.append((java.util.UUID) value);
            }
        }),
        TEXT((a, r, i) -> a.append(r.getString(i))),
        INTEGER((a, r, i) -> {
            int value = r.getInt(i);
            if (r.wasNull()) {
                a.appendNull();
            } else {
                a.append(value);
            }
        }),
        BIGINT((a, r, i) -> {
            long value = r.getLong(i);
            if (r.wasNull()) {
                a.appendNull();
            } else {
                a.append(value);
            }
        }),
        BOOLEAN((a, r, i) -> {
            boolean value = r.getBoolean(i);
            if (r.wasNull()) {
                a.appendNull();
            } else {
                a.append(value);
            }
        }),
        DATE((a, r, i) -> {
            LocalDate value = r.getObject(i, LocalDate.class);
            if (value == null) {
                a.appendNull();
            } else {
                a.append(value);
            }
        }),
        TIMESTAMP((a, r, i) -> {
            LocalDateTime value = r.getObject(i, LocalDateTime.class);
            if (value == null) {
                a.appendNull();
            } else {
                a.append(value);
            }
        }),
        DOUBLE((a, r, i) -> {
            double value = r.getDouble(i);
            if (r.wasNull()) {
                a.appendNull();
            } else {
                a.append(value);
            }
        }),
        DECIMAL((a, r, i) -> {
            BigDecimal value = r.getBigDecimal(i);
            if (value == null) {
                a.appendNull();
            } else {
                a.append(value);
            }
        });

        private final Appending appending;

        Kind(Appending appending) {
            this.appending = appending;
        }

        void append(DuckDBAppender appender, ResultSet row, int index) throws SQLException {
            appending.append(appender, row, index);
        }
    }

    @FunctionalInterface
    private interface Appending {
        void append(DuckDBAppender appender, ResultSet row, int index) throws SQLException;
    }

    @Override
    public synchronized void close() {
        closed = true;
        prepared.clear();
        if (replica != null) {
            try {
                replica.close();
            } catch (SQLException e) {
                // the in-memory copy is gone either way
            }
            replica = null;
        }
        copied.clear();
    }

    /** A failure of the replica, with the database's message (never row values). */
    public static final class AnalyticsException extends RuntimeException {
        AnalyticsException(SQLException cause) {
            super("the analysis copy could not be read: " + cause.getMessage(), cause);
        }
    }

}
