package org.inclusio.persistence;

import io.ebean.Database;

/**
 * An open store: the Ebean database over it and the settings it was opened with. Closing it
 * writes everything to disk (a synchronous checkpoint) before the files are released.
 */
public final class Store implements AutoCloseable {

    private final Database database;
    private final StoreSettings settings;
    private final SchemaVersion schemaVersion;
    private boolean closed;

    Store(Database database, StoreSettings settings, SchemaVersion schemaVersion) {
        this.database = database;
        this.settings = settings;
        this.schemaVersion = schemaVersion;
    }

    public Database database() {
        return database;
    }

    public StoreSettings settings() {
        return settings;
    }

    /** The schema version the store has after opening (the newest this program knows). */
    public SchemaVersion schemaVersion() {
        return schemaVersion;
    }

    /** Forces everything committed so far onto the disk, e.g. after a large import. */
    public void checkpoint() {
        database.sqlUpdate("CHECKPOINT SYNC").execute();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            checkpoint();
        } finally {
            database.shutdown(true, false);
        }
    }
}
