package org.inclusio.persistence;

import io.ebean.Database;
import java.nio.file.Path;
import org.inclusio.persistence.analytics.AggregateReader;
import org.inclusio.persistence.analytics.AnalyticsReplica;
import org.inclusio.persistence.analytics.StoreAggregates;

/**
 * An open store: the Ebean database over it and the settings it was opened with. It holds the store
 * folder's lock until closed. Closing writes everything to disk (a synchronous checkpoint) before the files
 * are released.
 */
public final class Store implements AutoCloseable {

    private final Database database;
    private final StoreSettings settings;
    private final SchemaVersion schemaVersion;
    private final StoreLock lock;
    private boolean closed;
    private AggregateReader aggregates;

    Store(Database database, StoreSettings settings, SchemaVersion schemaVersion, StoreLock lock) {
        this.database = database;
        this.settings = settings;
        this.schemaVersion = schemaVersion;
        this.lock = lock;
    }

    public Database database() {
        return database;
    }

    /**
     * Where analyses read their aggregates: the in-memory column copy of the analysed tables
     * ({@link AnalyticsReplica}), made on first use and kept current, or the store itself where the
     * column store cannot run on this machine or the system property {@code inclusio.analytics} is
     * {@code store}.
     */
    public synchronized AggregateReader aggregates() {
        if (aggregates == null) {
            StoreAggregates direct = new StoreAggregates(database);
            // the column store starts (and its native library loads) at the first analysis, not here
            aggregates = "store".equals(System.getProperty("inclusio.analytics")) ? direct
                    : new AnalyticsReplica(this::jdbcConnection, direct);
        }
        return aggregates;
    }

    public StoreSettings settings() {
        return settings;
    }

    public Path directory() {
        return settings.directory();
    }

    /** The schema version the store has after opening (the newest this program knows). */
    public SchemaVersion schemaVersion() {
        return schemaVersion;
    }

    public synchronized boolean isClosed() {
        return closed;
    }

    /** Forces everything committed so far onto the disk, e.g. after a large import. */
    public void checkpoint() {
        database.sqlUpdate("CHECKPOINT SYNC").execute();
    }

    /** A plain JDBC connection to this store (measurements against a baseline); the caller closes it. */
    public java.sql.Connection jdbcConnection() throws java.sql.SQLException {
        java.util.Properties properties = new java.util.Properties();
        properties.setProperty("user", settings.user());
        properties.put("password", settings.password());
        return java.sql.DriverManager.getConnection(settings.jdbcUrl(), properties);
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (aggregates instanceof AnalyticsReplica replica) {
            replica.close();
        }
        try {
            checkpoint();
        } catch (RuntimeException e) {
            // a store that failed (disk full, damaged) cannot be checkpointed; committed work is on disk already
            StoreFaults.classify(e);
        } finally {
            try {
                database.shutdown(true, false);
            } finally {
                if (lock != null) {
                    lock.close();
                }
            }
        }
    }
}
