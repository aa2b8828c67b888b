package org.inclusio.logic.exchange;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reads and writes records of any {@link RecordKind} over the JDBC connection of a transaction,
 * column for column, so that version and timestamps travel unchanged (Ebean would renew them).
 * Soft-deleted rows are included: the trash travels too.
 */
final class StoreRows {

    /** Receives rows one at a time. */
    @FunctionalInterface
    interface RowSink {
        void accept(ExchangeRecord record) throws Exception;
    }

    private final Connection connection;

    StoreRows(Connection connection) {
        this.connection = connection;
    }

    /** Streams the rows of a kind that match the condition (SQL over the table's columns), by id. */
    void stream(RecordKind kind, String condition, RowSink sink) throws Exception {
        String sql = "select " + columns(kind) + " from " + kind.table() + " where " + condition + " order by id";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setFetchSize(500);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    sink.accept(read(kind, rows));
                }
            }
        }
    }

    long count(RecordKind kind, String condition) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select count(*) from " + kind.table() + " where " + condition);
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    Optional<ExchangeRecord> find(RecordKind kind, UUID id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select " + columns(kind) + " from " + kind.table() + " where id = ?")) {
            statement.setObject(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(read(kind, rows)) : Optional.empty();
            }
        }
    }

    boolean exists(RecordKind kind, UUID id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select 1 from " + kind.table() + " where id = ?")) {
            statement.setObject(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    void insert(ExchangeRecord record) throws SQLException {
        RecordKind kind = record.kind();
        List<String> names = columnNames(kind);
        String marks = names.stream().map(name -> "?").collect(Collectors.joining(", "));
        try (PreparedStatement statement = connection.prepareStatement(
                "insert into " + kind.table() + " (" + String.join(", ", names) + ") values (" + marks + ")")) {
            bind(statement, record);
            statement.executeUpdate();
        }
        writeLinks(record);
    }

    void update(ExchangeRecord record) throws SQLException {
        RecordKind kind = record.kind();
        List<String> names = columnNames(kind);
        String assignments = names.subList(1, names.size()).stream().map(name -> name + " = ?")
                .collect(Collectors.joining(", "));
        try (PreparedStatement statement = connection.prepareStatement(
                "update " + kind.table() + " set " + assignments + " where id = ?")) {
            int next = bindValues(statement, record, 1);
            statement.setObject(next, record.id());
            statement.executeUpdate();
        }
        for (LinkSpec link : kind.links()) {
            try (PreparedStatement delete = connection.prepareStatement(
                    "delete from " + link.table() + " where " + link.ownerColumn() + " = ?")) {
                delete.setObject(1, record.id());
                delete.executeUpdate();
            }
        }
        writeLinks(record);
    }

    private void writeLinks(ExchangeRecord record) throws SQLException {
        for (LinkSpec link : record.kind().links()) {
            List<UUID> targets = record.links().getOrDefault(link.name(), List.of());
            if (targets.isEmpty()) {
                continue;
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into " + link.table() + " ("
                    + link.ownerColumn() + ", " + link.targetColumn() + ") values (?, ?)")) {
                for (UUID target : targets) {
                    insert.setObject(1, record.id());
                    insert.setObject(2, target);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
    }

    private void bind(PreparedStatement statement, ExchangeRecord record) throws SQLException {
        statement.setObject(1, record.id());
        bindValues(statement, record, 2);
    }

    private int bindValues(PreparedStatement statement, ExchangeRecord record, int first) throws SQLException {
        int index = first;
        statement.setLong(index++, record.stamp().version());
        statement.setTimestamp(index++, Timestamp.from(record.whenCreated()));
        statement.setTimestamp(index++, Timestamp.from(record.stamp().whenModified()));
        if (record.kind().softDeleted()) {
            statement.setBoolean(index++, record.deleted());
        }
        for (FieldSpec field : record.kind().fields()) {
            setValue(statement, index++, field, record.value(field.name()));
        }
        return index;
    }

    private void setValue(PreparedStatement statement, int index, FieldSpec field, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, field.kind() == FieldKind.CHOICE_LIST ? Types.ARRAY : Types.NULL);
            return;
        }
        switch (field.kind()) {
            case INTEGER -> statement.setLong(index, (Long) value);
            case DECIMAL -> statement.setDouble(index, (Double) value);
            case BOOLEAN -> statement.setBoolean(index, (Boolean) value);
            case CHOICE_LIST -> statement.setArray(index,
                    connection.createArrayOf("VARCHAR", ((List<?>) value).toArray()));
            default -> statement.setObject(index, value);
        }
    }

    private ExchangeRecord read(RecordKind kind, ResultSet rows) throws SQLException {
        UUID id = rows.getObject("id", UUID.class);
        Stamp stamp = new Stamp(rows.getLong("version"), rows.getTimestamp("when_modified").toInstant());
        boolean deleted = kind.softDeleted() && rows.getBoolean("deleted");
        Map<String, Object> values = new LinkedHashMap<>();
        for (FieldSpec field : kind.fields()) {
            values.put(field.name(), readValue(rows, field));
        }
        return new ExchangeRecord(kind, id, stamp, rows.getTimestamp("when_created").toInstant(), deleted, values,
                readLinks(kind, id), null);
    }

    private Map<String, List<UUID>> readLinks(RecordKind kind, UUID id) throws SQLException {
        Map<String, List<UUID>> links = new LinkedHashMap<>();
        for (LinkSpec link : kind.links()) {
            List<UUID> targets = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement("select " + link.targetColumn() + " from "
                    + link.table() + " where " + link.ownerColumn() + " = ? order by " + link.targetColumn())) {
                statement.setObject(1, id);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        targets.add(rows.getObject(1, UUID.class));
                    }
                }
            }
            links.put(link.name(), List.copyOf(targets));
        }
        return links;
    }

    private static Object readValue(ResultSet rows, FieldSpec field) throws SQLException {
        String column = field.column();
        Object value = switch (field.kind()) {
            case TEXT, CHOICE -> rows.getString(column);
            case INTEGER -> rows.getLong(column);
            case DECIMAL -> rows.getDouble(column);
            case BOOLEAN -> rows.getBoolean(column);
            case DATE -> rows.getObject(column, LocalDate.class);
            case TIME -> rows.getObject(column, LocalTime.class);
            case REFERENCE -> rows.getObject(column, UUID.class);
            case CHOICE_LIST -> strings(rows.getArray(column));
        };
        return rows.wasNull() ? null : value;
    }

    private static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return null;
        }
        return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }

    private static List<String> columnNames(RecordKind kind) {
        List<String> names = new ArrayList<>(List.of("id", "version", "when_created", "when_modified"));
        if (kind.softDeleted()) {
            names.add("deleted");
        }
        kind.fields().forEach(field -> names.add(field.column()));
        return names;
    }

    private static String columns(RecordKind kind) {
        return String.join(", ", columnNames(kind));
    }
}
