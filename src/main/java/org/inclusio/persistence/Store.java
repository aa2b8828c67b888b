package org.inclusio.persistence;

import io.ebean.Database;
import java.nio.file.Path;
import org.inclusio.persistence.analytics.AggregateReader;
import org.inclusio.persistence.analytics.AnalyticsReplica;
import org.inclusio.persistence.analytics.StoreAggregates;

/**
 * An open store: the Ebean database over it and where it is. An embedded store holds its folder's lock until
 * closed; closing writes everything to disk (a synchronous checkpoint) before the files are released. A
 * store on a server has a local work folder instead (logs, temporary files) and no lock: the server
 * arbitrates between its users.
 */
public final class Store implements AutoCloseable {

    private final Database database;
    private final StoreSettings settings;
    private final ServerAddress server;
    private final char[] serverPassword;
    private final Path workFolder;
    private final SchemaVersion schemaVersion;
    private final StoreLock lock;
    private final StoreAccess access;
    private boolean closed;
    private AggregateReader aggregates;

    Store(Database database, StoreSettings settings, SchemaVersion schemaVersion, StoreLock lock) {
        this.database = database;
        this.settings = settings;
        this.server = null;
        this.serverPassword = null;
        this.workFolder = settings.directory();
        this.schemaVersion = schemaVersion;
        this.lock = lock;
        this.access = StoreAccess.FULL;
    }

    Store(Database database, ServerAddress server, char[] password, Path workFolder, SchemaVersion schemaVersion,
            StoreAccess access) {
        this.database = database;
        this.settings = null;
        this.server = server;
        this.serverPassword = password == null ? null : password.clone();
        this.workFolder = workFolder;
        this.schemaVersion = schemaVersion;
        this.lock = null;
        this.access = access;
    }

    /** What the user may do: everything on an embedded store, what the account allows on a server. */
    public StoreAccess access() {
        return access;
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
            if (isServer()) {
                // the column copy follows H2's table modification ids; a server answers the analyses itself
                aggregates = direct;
                return aggregates;
            }
            // the column store starts (and its native library loads) at the first analysis, not here
            aggregates = "store".equals(System.getProperty("inclusio.analytics")) ? direct
                    : new AnalyticsReplica(this::jdbcConnection, direct);
        }
        return aggregates;
    }

    /** How an embedded store was opened; null for a store on a server. */
    public StoreSettings settings() {
        return settings;
    }

    /**
     * The embedded store's folder, or for a store on a server the local folder for its logs and temporary
     * files.
     */
    public Path directory() {
        return workFolder;
    }

    public StorePlatform platform() {
        return server != null ? StorePlatform.POSTGRES : StorePlatform.H2;
    }

    /** True for a store on a server that several users share. */
    public boolean isServer() {
        return server != null;
    }

    /** The server, or null for an embedded store. */
    public ServerAddress server() {
        return server;
    }

    /** True when the store's data is encrypted at rest by this program (an embedded store with a file key). */
    public boolean encrypted() {
        return settings != null && settings.encrypted();
    }

    /** How the store is named to the user: its folder, or the server and database. */
    public String displayName() {
        return server != null ? server.displayName() : settings.directory().toString();
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
        platform().checkpoint(database);
    }

    /** A plain JDBC connection to this store (measurements against a baseline); the caller closes it. */
    public java.sql.Connection jdbcConnection() throws java.sql.SQLException {
        java.util.Properties properties = new java.util.Properties();
        if (server != null) {
            properties.setProperty("user", server.effectiveUser());
            if (serverPassword != null) {
                properties.setProperty("password", new String(serverPassword));
            }
            return java.sql.DriverManager.getConnection(server.jdbcUrl(), properties);
        }
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
            platform().closeCompacting(database);
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
                if (serverPassword != null) {
                    java.util.Arrays.fill(serverPassword, '\0');
                }
            }
        }
    }
}
