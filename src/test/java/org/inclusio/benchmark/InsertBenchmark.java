package org.inclusio.benchmark;

import io.ebean.Database;
import io.ebean.Transaction;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.inclusio.logic.audit.AuditAction;
import org.inclusio.logic.audit.AuditTrail;
import org.inclusio.model.Activity;
import org.inclusio.model.Level;
import org.inclusio.model.Mode;
import org.inclusio.persistence.Store;

/**
 * Inserts activities into a fresh store through the application's persistence path (Ebean batch
 * inserts in one transaction, as the demo loader writes them: a bulk operation with one audit
 * entry summarising it, on the store's own URL without a write delay) and, as the baseline, through
 * plain JDBC batches of the same size into the same table. Reports rows per second. The audit's
 * cost is measured apart: the same inserts with one audit entry per row against the summarised ones.
 */
final class InsertBenchmark {

    /** The batch size of the demo loader's transaction. */
    static final int BATCH_SIZE = 500;
    private static final LocalDate FIRST_DAY = LocalDate.of(2024, 7, 1);
    private static final String INSERT = "insert into activity (id, title, held_on, duration_minutes, place, mode,"
            + " level, purpose, reasons, version, when_created, when_modified, deleted)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, false)";

    private InsertBenchmark() {
    }

    /** Rows per second of the application and of the baseline, each on its own fresh store per run. */
    static AnalysisBenchmark.Timing measure(BenchmarkStores stores, int rows, int runs) throws Exception {
        List<Double> application = new ArrayList<>();
        List<Double> baseline = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            application.add(rows / timed(stores.freshDirectory("insert-ebean"), rows, Path.BULK));
            baseline.add(rows / timed(stores.freshDirectory("insert-jdbc"), rows, Path.JDBC));
        }
        BenchmarkStores.deleteTree(stores.freshDirectory("insert-ebean"));
        BenchmarkStores.deleteTree(stores.freshDirectory("insert-jdbc"));
        return new AnalysisBenchmark.Timing(new Samples(application), new Samples(baseline));
    }

    /**
     * Rows per second with an audit entry for every row (the application) and with one summary of
     * the whole insert (the baseline), each on its own fresh store per run.
     */
    static AnalysisBenchmark.Timing measureAudit(BenchmarkStores stores, int rows, int runs) throws Exception {
        List<Double> audited = new ArrayList<>();
        List<Double> summarised = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            audited.add(rows / timed(stores.freshDirectory("insert-audited"), rows, Path.AUDITED));
            summarised.add(rows / timed(stores.freshDirectory("insert-summarised"), rows, Path.BULK));
        }
        BenchmarkStores.deleteTree(stores.freshDirectory("insert-audited"));
        BenchmarkStores.deleteTree(stores.freshDirectory("insert-summarised"));
        return new AnalysisBenchmark.Timing(new Samples(audited), new Samples(summarised));
    }

    /** How the rows are written. */
    enum Path {
        /** Ebean, one audit entry summarising the insert. */
        BULK,
        /** Ebean, one audit entry per row. */
        AUDITED,
        /** Plain JDBC batches, no audit. */
        JDBC
    }

    /** Seconds to insert and commit the rows on a fresh store (opening and closing it not counted). */
    static double timed(java.nio.file.Path directory, int rows, Path path) throws Exception {
        try (Store store = org.inclusio.testing.TestStores.open(directory)) {
            long started = System.nanoTime();
            if (path == Path.JDBC) {
                insertWithJdbc(store, rows);
            } else {
                insertWithEbean(store.database(), rows, path == Path.BULK);
            }
            return (System.nanoTime() - started) / 1e9;
        }
    }

    private static void insertWithEbean(Database database, int rows, boolean bulk) {
        try (Transaction transaction = database.createTransaction()) {
            AuditTrail audit = new AuditTrail(database);
            if (bulk) {
                audit.markBulk(transaction);
            }
            transaction.setBatchMode(true);
            transaction.setBatchSize(BATCH_SIZE);
            transaction.setGetGeneratedKeys(false);
            for (int i = 0; i < rows; i++) {
                Activity activity = new Activity();
                activity.setTitle(title(i));
                activity.setHeldOn(FIRST_DAY.plusDays(i % 365));
                activity.setDurationMinutes(90);
                activity.setPlace("Room " + (i % 20));
                activity.setMode(Mode.values()[i % Mode.values().length]);
                activity.setLevel(Level.values()[i % Level.values().length]);
                activity.setPurpose("Purpose of activity " + i);
                activity.setReasons(new ArrayList<>(List.of("EFFECTIVENESS", "JUSTICE")));
                database.insert(activity, transaction);
            }
            if (bulk) {
                audit.record(transaction, AuditAction.IMPORT, null, null, "benchmark: " + rows + " activities added");
            }
            transaction.commit();
        }
    }

    private static void insertWithJdbc(Store store, int rows) throws Exception {
        try (Connection connection = store.jdbcConnection();
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            connection.setAutoCommit(false);
            for (int i = 0; i < rows; i++) {
                Timestamp now = Timestamp.from(Instant.now());
                insert.setObject(1, UUID.randomUUID());
                insert.setString(2, title(i));
                insert.setDate(3, Date.valueOf(FIRST_DAY.plusDays(i % 365)));
                insert.setInt(4, 90);
                insert.setString(5, "Room " + (i % 20));
                insert.setString(6, Mode.values()[i % Mode.values().length].name());
                insert.setString(7, Level.values()[i % Level.values().length].name());
                insert.setString(8, "Purpose of activity " + i);
                insert.setArray(9, connection.createArrayOf("VARCHAR", new Object[] {"EFFECTIVENESS", "JUSTICE"}));
                insert.setTimestamp(10, now);
                insert.setTimestamp(11, now);
                insert.addBatch();
                if ((i + 1) % BATCH_SIZE == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
            connection.commit();
        }
    }

    private static String title(int i) {
        return "Benchmark activity " + i;
    }
}
