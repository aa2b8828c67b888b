package org.inclusio.persistence;

import io.ebean.datasource.DataSourceConfig;
import io.ebean.Database;
import io.ebean.DatabaseFactory;
import io.ebean.config.DatabaseConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import io.ebean.config.EntityClassRegister;
import io.ebean.event.BeanPersistController;
import java.util.List;
import java.util.ServiceLoader;

/**
 * The one way the program opens a store. It refuses a store that another running copy holds or
 * that a newer version of the program wrote (before anything is changed), then applies the
 * bundled migrations and hands back an open {@link Store}.
 */
public final class StoreFactory {

    private static final String USER = "sa";
    private static final String PASSWORD = "";
    /** H2: "Database may be already in use". */
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;
    private static final AtomicInteger OPENED = new AtomicInteger();

    private final SchemaVersion supported;

    public StoreFactory() {
        this(SchemaVersions.CURRENT);
    }

    StoreFactory(SchemaVersion supported) {
        this.supported = supported;
    }

    /** Opens (creating if need be) the store and brings its schema up to date. */
    public Store open(StoreSettings settings) {
        try {
            Files.createDirectories(settings.directory());
        } catch (IOException e) {
            throw new StoreException(StoreProblem.UNREADABLE, settings.directory(), e.getMessage(), e);
        }
        // The check connection stays open while Ebean starts, so H2 opens the file only once.
        try (Connection check = DriverManager.getConnection(settings.jdbcUrl(), USER, PASSWORD)) {
            refuseNewerSchema(settings, check);
            Database database = DatabaseFactory.create(config(settings));
            return new Store(database, settings, supported);
        } catch (SQLException e) {
            if (e.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
                throw new StoreException(StoreProblem.IN_USE, settings.directory(), e.getMessage(), e);
            }
            throw new StoreException(StoreProblem.UNREADABLE, settings.directory(), e.getMessage(), e);
        }
    }

    /** The newest schema version this program can work with. */
    public SchemaVersion supportedVersion() {
        return supported;
    }

    private void refuseNewerSchema(StoreSettings settings, Connection connection) throws SQLException {
        SchemaVersion applied = appliedVersion(connection);
        if (applied != null && applied.compareTo(supported) > 0) {
            throw new StoreException(StoreProblem.NEWER_VERSION, settings.directory(),
                    "store schema " + applied + ", program schema " + supported, null);
        }
    }

    /** The newest migration applied to the store, or null for a new store. */
    static SchemaVersion appliedVersion(Connection connection) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, null, "DB_MIGRATION", null)) {
            if (!tables.next()) {
                return null;
            }
        }
        SchemaVersion newest = null;
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select mversion from db_migration")) {
            while (rows.next()) {
                SchemaVersion version = parseOrNull(rows.getString(1));
                if (version != null && (newest == null || version.compareTo(newest) > 0)) {
                    newest = version;
                }
            }
        }
        return newest;
    }

    private static SchemaVersion parseOrNull(String text) {
        try {
            return text == null ? null : SchemaVersion.parse(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private DatabaseConfig config(StoreSettings settings) {
        DataSourceConfig dataSource = new DataSourceConfig();
        dataSource.setUrl(settings.jdbcUrl());
        dataSource.setUsername(USER);
        dataSource.setPassword(PASSWORD);
        dataSource.setMinConnections(1);
        dataSource.setMaxConnections(8);

        DatabaseConfig config = new DatabaseConfig();
        config.setName("inclusio-" + OPENED.incrementAndGet());
        config.setRegister(false);
        config.setDefaultServer(false);
        config.setDataSourceConfig(dataSource);
        config.setDdlGenerate(false);
        config.setDdlRun(false);
        config.setRunMigration(true);
        // Ebean hands a database that is not the default one only the entities named for it, then falls back
        // to scanning the class path, which finds nothing inside a jar: name the model's entities here
        List<Class<?>> entities = new ArrayList<>();
        for (EntityClassRegister register : ServiceLoader.load(EntityClassRegister.class,
                StoreFactory.class.getClassLoader())) {
            entities.addAll(register.classesFor(config.getName(), true));
        }
        config.setClasses(entities);
        // hooks inside every transaction, such as the audit trail, are named in META-INF/services
        ServiceLoader.load(BeanPersistController.class, StoreFactory.class.getClassLoader()).forEach(config::add);
        return config;
    }
}
