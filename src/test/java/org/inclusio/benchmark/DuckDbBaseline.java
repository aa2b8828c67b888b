package org.inclusio.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The second baseline of the analysis benchmark: what a data analyst would use instead, DuckDB, running
 * the hand-written SQL of {@link BaselineSql} over the same rows. The rows are copied from the store into an
 * in-memory DuckDB database before any timing starts; only the queries are timed.
 */
final class DuckDbBaseline implements AutoCloseable {

    private static final List<String> TABLES = List.of("activity", "participation", "person", "consent",
            "disadvantaged_group", "group_membership", "organisation", "process_team", "proposal",
            "reference_share", "team_membership", "participation_accommodation", "accommodation");

    private final DuckDBConnection duck;

    private DuckDbBaseline(DuckDBConnection duck) {
        this.duck = duck;
    }

    /** Copies every analysed table (all columns DuckDB can take as they are) from the store. */
    static DuckDbBaseline load(Connection store) throws SQLException {
        DuckDBConnection duck = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
        try (Statement settings = duck.createStatement()) {
            settings.execute("SET max_temp_directory_size = '0B'");
        }
        for (String table : TABLES) {
            copy(store, duck, table);
        }
        return new DuckDbBaseline(duck);
    }

    Connection connection() {
        return duck;
    }

    private static void copy(Connection store, DuckDBConnection duck, String table) throws SQLException {
        try (Statement read = store.createStatement(); ResultSet rows = read.executeQuery("select * from " + table)) {
            ResultSetMetaData meta = rows.getMetaData();
            List<Integer> kept = new ArrayList<>();
            List<String> definitions = new ArrayList<>();
            for (int c = 1; c <= meta.getColumnCount(); c++) {
                String type = switch (meta.getColumnTypeName(c).toUpperCase(java.util.Locale.ROOT)) {
                    case "CHARACTER VARYING", "CHARACTER", "VARCHAR" -> "VARCHAR";
                    case "INTEGER", "SMALLINT", "TINYINT" -> "INTEGER";
                    case "BIGINT" -> "BIGINT";
                    case "BOOLEAN" -> "BOOLEAN";
                    case "DATE" -> "DATE";
                    case "DOUBLE PRECISION", "REAL", "DOUBLE" -> "DOUBLE";
                    case "UUID" -> "UUID";
                    default -> null;
                };
                if (type != null) {
                    kept.add(c);
                    definitions.add(meta.getColumnLabel(c).toLowerCase(java.util.Locale.ROOT) + " " + type);
                }
            }
            try (Statement ddl = duck.createStatement()) {
                ddl.execute("create table " + table + " (" + String.join(", ", definitions) + ")");
            }
            try (DuckDBAppender appender = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, table)) {
                while (rows.next()) {
                    appender.beginRow();
                    for (int c : kept) {
                        Object value = rows.getObject(c);
                        if (value == null) {
                            appender.appendNull();
                        } else if (value instanceof java.util.UUID uuid) {
                            appender.append(uuid);
                        } else if (value instanceof String text) {
                            appender.append(text);
                        } else if (value instanceof Integer number) {
                            appender.append(number.intValue());
                        } else if (value instanceof Long number) {
                            appender.append(number.longValue());
                        } else if (value instanceof Boolean flag) {
                            appender.append(flag.booleanValue());
                        } else if (value instanceof java.sql.Date day) {
                            appender.append(day.toLocalDate());
                        } else if (value instanceof java.time.LocalDate day) {
                            appender.append(day);
                        } else if (value instanceof Number number) {
                            appender.append(number.doubleValue());
                        } else {
                            throw new SQLException("cannot copy a " + value.getClass().getSimpleName());
                        }
                    }
                    appender.endRow();
                }
            }
        }
    }

    @Override
    public void close() throws SQLException {
        duck.close();
    }
}
