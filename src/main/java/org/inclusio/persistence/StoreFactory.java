package org.inclusio.persistence;

import io.ebean.Database;
import io.ebean.DatabaseFactory;
import io.ebean.config.DatabaseConfig;
import io.ebean.config.EntityClassRegister;
import io.ebean.datasource.DataSourceConfig;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import io.ebean.event.BeanPersistController;
import java.util.List;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The one way the program opens, creates and re-keys a store.
 *
 * <ul>
 * <li>Only {@link #create} makes a store; {@link #open} of a folder without one fails with
 * {@link StoreProblem#MISSING} and leaves the folder as it was.</li>
 * <li>Set-up is atomic: the tables are made in a staging folder, and the finished file is moved into place
 * in one step, so a kill during set-up leaves no store rather than half of one.</li>
 * <li>An upgrade first copies the store aside; a kill during it is undone from that copy at the next open,
 * which then upgrades again. A migration lock left by a killed run is released, since the folder's system
 * lock ({@link StoreLock}) proves no other program is migrating.</li>
 * <li>A store written by a newer program is refused before anything is changed.</li>
 * <li>New stores are encrypted with a random file key wrapped by the passphrase ({@link KeyFile}); the folder
 * and every file in it are private to the user.</li>
 * </ul>
 */
public final class StoreFactory {

    private static final Logger LOG = Logger.getLogger(StoreFactory.class.getName());
    private static final String STAGING = ".setup";
    private static final String UPGRADE_COPY = StoreSettings.FILE_BASE_NAME + ".upgrade.mv.db";
    private static final String UPGRADE_COPY_PARTIAL = StoreSettings.FILE_BASE_NAME + ".upgrade.part";
    private static final String INCOMPLETE_SETUP = StoreSettings.FILE_BASE_NAME + ".incomplete.mv.db";
    /** The first bytes of a file H2 encrypted. */
    private static final byte[] ENCRYPTED_HEADER = "H2encrypt".getBytes(StandardCharsets.US_ASCII);
    private static final AtomicInteger OPENED = new AtomicInteger();

    private final SchemaVersion supported;
    private final String migrationPath;
    private final SecureRandom random = new SecureRandom();
    /** Set once a store is being opened with a secret: the key derivation needs no warm-up any more. */
    private volatile boolean opening;

    public StoreFactory() {
        this(SchemaVersions.CURRENT);
    }

    StoreFactory(SchemaVersion supported) {
        this(supported, null);
    }

    /**
     * A factory that migrates with another set of migrations (tests of upgrades).
     *
     * @param migrationPath a class-path folder holding {@code h2/} migrations, or null for the program's own
     */
    public StoreFactory(SchemaVersion supported, String migrationPath) {
        this.supported = supported;
        this.migrationPath = migrationPath;
    }

    /** The newest schema version this program can work with. */
    public SchemaVersion supportedVersion() {
        return supported;
    }

    /** What the folder holds, without opening or changing anything. */
    public StoreState inspect(Path directory) {
        Path file = new StoreSettings(directory).databaseFile();
        if (!Files.exists(file) && !Files.exists(directory.resolve(UPGRADE_COPY))) {
            return StoreState.MISSING;
        }
        Path probe = Files.exists(file) ? file : directory.resolve(UPGRADE_COPY);
        return isEncryptedFile(probe, directory) ? StoreState.ENCRYPTED : StoreState.CLEAR;
    }

    /**
     * Opens an existing store with its passphrase or recovery key (ignored for a store in clear) and brings
     * its schema up to date.
     *
     * @param secret what the user gave, or null when nothing was given
     */
    public Store open(Path directory, StoreSecret secret) {
        return open(directory, secret, () -> { });
    }

    /**
     * Opens an existing store as {@link #open(Path, StoreSecret)} does, telling the caller when the secret has
     * been accepted (or the store needs none) and the slower part begins: opening the database, bringing its
     * schema up to date.
     *
     * @param secretAccepted called on the opening thread once the store is known to open with the secret
     */
    public Store open(Path directory, StoreSecret secret, Runnable secretAccepted) {
        opening = true;
        directory = directory.toAbsolutePath().normalize();
        requireFolder(directory);
        StoreLock lock = StoreLock.acquire(directory);
        try {
            repairInterruptedWork(directory);
            Path file = new StoreSettings(directory).databaseFile();
            if (!Files.exists(file)) {
                throw new StoreException(StoreProblem.MISSING, directory, "no store file", null);
            }
            FileKey key = null;
            if (isEncryptedFile(file, directory)) {
                if (secret == null) {
                    throw new StoreException(StoreProblem.PASSPHRASE_NEEDED, directory, "encrypted", null);
                }
                key = KeyFile.read(directory).unlock(secret, directory);
            } else {
                Files.deleteIfExists(directory.resolve(KeyFile.FILE_NAME));
            }
            secretAccepted.run();
            return openLocked(new StoreSettings(directory, key), lock);
        } catch (IOException e) {
            lock.close();
            throw mapped(e, directory);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Starts Ebean once over an empty database in memory, with the store's entities and migrations, and shuts
     * it down again. Nothing on disk is touched. Opening a store later finds the classes of Ebean, H2 and the
     * model loaded and linked: run on a thread of its own while the unlock screen waits for the passphrase,
     * this takes most of the opening's fixed cost off the time between the passphrase and the window. After
     * that, if no secret has been given yet, it runs the key derivation on a throwaway secret
     * ({@link KeyFile#warmUpDerivation}), so that the real one finds its code compiled. (Run before the unlock
     * screen shows, or beside a derivation already under way, it only takes a core from them.)
     *
     * @return the number of tables the migrations made in memory (all of a store's)
     */
    public int warmUp() {
        int tables = warmUpDatabase();
        if (!opening) {
            KeyFile.warmUpDerivation();
        }
        return tables;
    }

    private int warmUpDatabase() {
        DataSourceConfig dataSource = new DataSourceConfig();
        dataSource.setUrl("jdbc:h2:mem:warm-up-" + OPENED.incrementAndGet());
        dataSource.setUsername("sa");
        dataSource.setPassword("");
        dataSource.setMinConnections(1);
        dataSource.setMaxConnections(1);
        Database database = DatabaseFactory.create(config(dataSource));
        try {
            return database.sqlQuery(TABLE_COUNT).mapToScalar(Integer.class).findOne();
        } finally {
            database.shutdown(true, false);
        }
    }

    /** The tables of the store's own schema (H2). */
    static final String TABLE_COUNT =
            "select count(*) from information_schema.tables where table_schema = 'PUBLIC'";

    /** Opens an existing store with settings that already carry its key (a backup being checked, tests). */
    public Store open(StoreSettings settings) {
        requireFolder(settings.directory());
        StoreLock lock = StoreLock.acquire(settings.directory());
        try {
            repairInterruptedWork(settings.directory());
            if (!Files.exists(settings.databaseFile())) {
                throw new StoreException(StoreProblem.MISSING, settings.directory(), "no store file", null);
            }
            return openLocked(settings, lock);
        } catch (IOException e) {
            lock.close();
            throw mapped(e, settings.directory());
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Opens the store in a database on a PostgreSQL server, setting up its tables when the database is empty
     * and bringing them up to date otherwise (the server's own locking keeps two programs from migrating at
     * once). A database written by a newer program is refused before anything is changed.
     *
     * @param password   the password, or null to leave it to the driver (the PostgreSQL password file)
     * @param workFolder the local folder for this server's logs and temporary files (made if need be)
     */
    public Store openServer(ServerAddress server, char[] password, Path workFolder) {
        Properties properties = new Properties();
        properties.setProperty("user", server.effectiveUser());
        if (password != null) {
            properties.setProperty("password", new String(password));
        }
        try {
            FilePermissions.createPrivateDirectory(workFolder);
            boolean current;
            try (Connection check = DriverManager.getConnection(server.jdbcUrl(), properties)) {
                SchemaVersion applied = appliedVersion(check);
                if (applied != null && applied.compareTo(supported) > 0) {
                    throw new StoreException(StoreProblem.NEWER_VERSION, server,
                            "store schema " + applied + ", program schema " + supported, null);
                }
                // only the owner migrates; the other accounts open a store that is up to date without trying
                current = applied != null && applied.equals(supported) && !ownsTheMigrations(check);
            }
            DataSourceConfig dataSource = new DataSourceConfig();
            dataSource.setUrl(server.jdbcUrl());
            dataSource.setUsername(server.effectiveUser());
            if (password != null) {
                dataSource.setPassword(new String(password));
            }
            dataSource.setMinConnections(1);
            dataSource.setMaxConnections(8);
            DatabaseConfig config = config(dataSource);
            config.setRunMigration(!current);
            Database database = DatabaseFactory.create(config);
            StoreAccess access;
            try (Connection connection = database.dataSource().getConnection()) {
                access = ServerAccounts.accessOf(connection);
                if (access != null && access.administers() && access.login() != null) {
                    ServerAccounts.refreshGrants(connection);
                }
                if (!connection.getAutoCommit()) {
                    connection.commit();
                }
            } catch (SQLException | RuntimeException e) {
                database.shutdown(false, false);
                throw e;
            }
            if (access == null) {
                database.shutdown(false, false);
                throw new StoreException(StoreProblem.NO_ACCOUNT, server, "no account for this login", null);
            }
            return new Store(database, server, password, workFolder, supported, access);
        } catch (StoreException e) {
            throw e;
        } catch (SQLException | IOException | RuntimeException e) {
            StoreProblem problem = StoreFaults.classify(e);
            throw new StoreException(problem != null ? problem : StoreProblem.UNREADABLE, server,
                    e.getClass().getSimpleName(), e);
        }
    }

    /** True when the server's user owns the migration table (or there is none yet): the one who migrates. */
    private static boolean ownsTheMigrations(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select pg_has_role(session_user, tableowner, 'MEMBER')"
                     + " from pg_tables where schemaname = current_schema() and tablename = 'db_migration'")) {
            return !row.next() || row.getBoolean(1);
        }
    }

    /** Checks that the server accepts the user's password (a locked window being unlocked); changes nothing. */
    public void checkServerLogin(ServerAddress server, char[] password) {
        Properties properties = new Properties();
        properties.setProperty("user", server.effectiveUser());
        if (password != null) {
            properties.setProperty("password", new String(password));
        }
        try (Connection ignored = DriverManager.getConnection(server.jdbcUrl(), properties)) {
            // signed in
        } catch (SQLException e) {
            StoreProblem problem = StoreFaults.classify(e);
            throw new StoreException(problem != null ? problem : StoreProblem.UNREADABLE, server,
                    e.getClass().getSimpleName(), e);
        }
    }

    /**
     * Creates a new encrypted store in the folder (made if need be) and opens it. Refuses a folder that
     * already holds a store.
     */
    public CreatedStore create(Path directory, char[] passphrase) {
        KeyFile.Created created = KeyFile.generate(passphrase, random);
        Store store = createWith(directory.toAbsolutePath().normalize(), created);
        return new CreatedStore(store, created.recoveryKey());
    }

    /**
     * Creates a new store in clear. Only for measuring what encryption costs (the benchmark's baseline) and
     * for tests; the program itself creates encrypted stores.
     */
    public Store createInClear(Path directory) {
        return createWith(directory.toAbsolutePath().normalize(), null);
    }

    private Store createWith(Path directory, KeyFile.Created created) {
        try {
            FilePermissions.createPrivateDirectory(directory);
        } catch (IOException e) {
            throw mapped(e, directory);
        }
        StoreLock lock = StoreLock.acquire(directory);
        try {
            repairInterruptedWork(directory);
            StoreSettings settings = new StoreSettings(directory, created == null ? null : created.fileKey());
            if (Files.exists(settings.databaseFile())) {
                throw new StoreException(StoreProblem.ALREADY_EXISTS, directory, "store exists", null);
            }
            Path staging = directory.resolve(STAGING);
            deleteTree(staging);
            FilePermissions.createPrivateDirectory(staging);
            StoreSettings staged = settings.in(staging);
            if (created != null) {
                created.keyFile().writeTo(staging);
            }
            try (Connection ignored = connect(staged, true)) {
                Database database = DatabaseFactory.create(config(staged));
                new Store(database, staged, supported, null).close();
            }
            FilePermissions.sync(staged.databaseFile());
            if (created != null) {
                FilePermissions.moveAtomically(staging.resolve(KeyFile.FILE_NAME), directory.resolve(KeyFile.FILE_NAME));
            }
            // the store exists from this step on
            FilePermissions.moveAtomically(staged.databaseFile(), settings.databaseFile());
            deleteTree(staging);
            return openLocked(settings, lock);
        } catch (IOException | SQLException e) {
            StoreException store = mapped(e, directory);
            abandonSetUp(directory, lock);
            throw store;
        } catch (RuntimeException e) {
            StoreException store = StoreFaults.asStoreException(e, directory);
            abandonSetUp(directory, lock);
            throw store != null ? store : e;
        }
    }

    /** Removes what a failed set-up made (a staging folder), so a full disk is not left fuller. */
    private static void abandonSetUp(Path directory, StoreLock lock) {
        try {
            deleteTree(directory.resolve(STAGING));
        } catch (IOException ignored) {
            // removed at the next open
        } finally {
            lock.close();
        }
    }

    /**
     * True when the passphrase or recovery key unwraps the store's file key (the window unlocking after a
     * lock); nothing is changed. A missing or damaged key file is still a {@link StoreException}.
     */
    public boolean verifySecret(Path directory, StoreSecret secret) {
        directory = directory.toAbsolutePath().normalize();
        try {
            KeyFile.read(directory).unlock(secret, directory).destroy();
            return true;
        } catch (StoreException e) {
            if (e.problem() == StoreProblem.WRONG_PASSPHRASE || e.problem() == StoreProblem.WRONG_RECOVERY_KEY) {
                return false;
            }
            throw e;
        }
    }

    /**
     * Gives an encrypted store a new passphrase: the same file key, wrapped again, so the store itself is not
     * rewritten. The store must not be open elsewhere.
     */
    public void changePassphrase(Path directory, StoreSecret current, char[] newPassphrase) {
        directory = directory.toAbsolutePath().normalize();
        requireFolder(directory);
        try (StoreLock ignored = StoreLock.acquire(directory)) {
            changePassphraseLocked(directory, current, newPassphrase);
        }
    }

    /** The same for the store this program has open (the lock is already held). */
    public void changePassphrase(Store store, StoreSecret current, char[] newPassphrase) {
        if (!store.encrypted()) {
            throw new StoreException(StoreProblem.UNREADABLE, store.directory(), "store in clear", null);
        }
        changePassphraseLocked(store.directory(), current, newPassphrase);
    }

    private void changePassphraseLocked(Path directory, StoreSecret current, char[] newPassphrase) {
        KeyFile keyFile = KeyFile.read(directory);
        FileKey key = keyFile.unlock(current, directory);
        try {
            keyFile.withPassphrase(key, newPassphrase, random).writeTo(directory);
        } catch (IOException e) {
            throw mapped(e, directory);
        } finally {
            key.destroy();
        }
    }

    /**
     * Encrypts a store in clear from an earlier version: an encrypted copy is made beside it, its record
     * counts are compared with the original's, and only then does it replace the clear file. A kill at any
     * point leaves either the clear store or the encrypted one, never neither.
     */
    public CreatedStore encrypt(Path directory, char[] passphrase) {
        directory = directory.toAbsolutePath().normalize();
        requireFolder(directory);
        KeyFile.Created created = KeyFile.generate(passphrase, random);
        StoreLock lock = StoreLock.acquire(directory);
        try {
            repairInterruptedWork(directory);
            StoreSettings clear = new StoreSettings(directory);
            if (!Files.exists(clear.databaseFile())) {
                throw new StoreException(StoreProblem.MISSING, directory, "no store file", null);
            }
            if (isEncryptedFile(clear.databaseFile(), directory)) {
                throw new StoreException(StoreProblem.ALREADY_EXISTS, directory, "already encrypted", null);
            }
            // bring the clear store up to date first, so both copies have the same tables
            openLocked(clear, null).close();
            Path staging = directory.resolve(STAGING);
            deleteTree(staging);
            FilePermissions.createPrivateDirectory(staging);
            StoreSettings encrypted = new StoreSettings(staging, created.fileKey());
            Files.copy(clear.databaseFile(), staging.resolve("clear.mv.db"));
            FilePermissions.makePrivate(staging.resolve("clear.mv.db"));
            org.h2.tools.ChangeFileEncryption.execute(staging.toString(), "clear", "AES", null,
                    created.fileKey().h2FilePassword(), true);
            Files.move(staging.resolve("clear.mv.db"), encrypted.databaseFile());
            List<Long> before = tableCounts(clear);
            List<Long> after = tableCounts(encrypted);
            if (!before.equals(after)) {
                throw new StoreException(StoreProblem.DAMAGED, directory, "encrypted copy differs", null);
            }
            FilePermissions.sync(encrypted.databaseFile());
            created.keyFile().writeTo(staging);
            FilePermissions.moveAtomically(staging.resolve(KeyFile.FILE_NAME), directory.resolve(KeyFile.FILE_NAME));
            // from here the store is encrypted; the clear file is gone with this replacement
            FilePermissions.moveAtomically(encrypted.databaseFile(), clear.databaseFile());
            deleteTree(staging);
            Store store = openLocked(new StoreSettings(directory, created.fileKey()), lock);
            return new CreatedStore(store, created.recoveryKey());
        } catch (IOException | SQLException e) {
            lock.close();
            throw mapped(e, directory);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** Rows per table, in table order, of a closed store. */
    private List<Long> tableCounts(StoreSettings settings) throws SQLException {
        List<Long> counts = new ArrayList<>();
        try (Connection connection = connect(settings, false); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("select table_name from information_schema.tables "
                    + "where table_schema = 'PUBLIC' and table_type = 'BASE TABLE' order by table_name")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rows = statement.executeQuery("select count(*) from \"" + table.replace("\"", "\"\"") + "\"")) {
                    rows.next();
                    counts.add(rows.getLong(1));
                }
            }
        }
        return counts;
    }

    /** Opens a store whose folder lock is held; the store keeps the lock until it is closed. */
    Store openLocked(StoreSettings settings, StoreLock lock) {
        Path directory = settings.directory();
        try {
            SchemaVersion applied;
            // looked at read-only first: a damaged file is reported exactly as it was found
            try (Connection check = probe(settings)) {
                requireNewestState(check, directory);
                applied = appliedVersion(check);
                if (applied != null && applied.compareTo(supported) > 0) {
                    throw new StoreException(StoreProblem.NEWER_VERSION, directory,
                            "store schema " + applied + ", program schema " + supported, null);
                }
                // Only an earlier version set up stores in place, and only in clear; such a set-up, killed
                // before its first migration was recorded, holds no data and is set aside. An encrypted store
                // was placed whole, so one without its schema record (or any store with rows) is damaged.
                if (applied == null && (settings.encrypted() || holdsRows(check))) {
                    throw new StoreException(StoreProblem.DAMAGED, directory,
                            "the store has no record of its schema", null);
                }
            }
            if (applied == null) {
                setAsideIncompleteSetup(settings);
                throw new StoreException(StoreProblem.MISSING, directory, "set-up never finished", null);
            }
            boolean upgrading = applied.compareTo(supported) < 0;
            if (upgrading) {
                copyBeforeUpgrade(settings);
            }
            try (Connection check = connect(settings, false)) {
                releaseStaleMigrationLock(check);
                Database database = migrated(settings, upgrading, check);
                Store store = new Store(database, settings, supported, lock);
                if (upgrading) {
                    store.checkpoint();
                    Files.deleteIfExists(directory.resolve(UPGRADE_COPY));
                }
                FilePermissions.makeTreePrivate(directory);
                return store;
            }
        } catch (SQLException | IOException e) {
            throw remembered(mapped(e, directory));
        } catch (StoreException e) {
            throw remembered(e);
        } catch (RuntimeException e) {
            StoreException store = StoreFaults.asStoreException(e, directory);
            throw store != null ? remembered(store) : e;
        }
    }

    /** Stores found damaged in this process, by folder: H2 keeps such a file locked until the process ends. */
    private static final java.util.Map<Path, StoreException> FOUND_DAMAGED = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Notes a store found damaged; a later attempt in this process, which H2 refuses as locked by this very
     * process (the folder lock proves no other store object here has it open), is given that reason again
     * rather than "in use".
     */
    private static StoreException remembered(StoreException failure) {
        Path directory = failure.location();
        if (directory == null) {
            return failure;
        }
        if (failure.problem() == StoreProblem.DAMAGED || failure.problem() == StoreProblem.UNREADABLE) {
            FOUND_DAMAGED.put(directory, failure);
        } else if (failure.problem() == StoreProblem.IN_USE && lockedByThisProcess(failure)
                && FOUND_DAMAGED.containsKey(directory)) {
            StoreException earlier = FOUND_DAMAGED.get(directory);
            return new StoreException(earlier.problem(), directory, "found so earlier in this process", failure);
        }
        return failure;
    }

    private static boolean lockedByThisProcess(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.nio.channels.OverlappingFileLockException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Opens the store read-only to look at it. H2 refusing with "the database is read only" there means that
     * the file could be opened only by changing it, which a store that closed or was killed never needs: its
     * pages are damaged (a read-only folder or disk is found by the read-write connection that follows).
     */
    private static Connection probe(StoreSettings settings) throws SQLException {
        try {
            return connect(settings, false, true);
        } catch (SQLException e) {
            if (e.getErrorCode() == H2_READ_ONLY_DATABASE) {
                throw new StoreException(StoreProblem.DAMAGED, settings.directory(),
                        "the file can only be opened by changing it", e);
            }
            throw e;
        }
    }

    private static final int H2_READ_ONLY_DATABASE = 90097;

    /**
     * Starts Ebean over the store, which applies the migrations it lacks. An upgrade that fails is undone from
     * the copy taken before it and tried once more from that copy; a second failure leaves the store as it was
     * before the upgrade and is reported.
     */
    private Database migrated(StoreSettings settings, boolean upgrading, Connection check)
            throws IOException, SQLException {
        try {
            return DatabaseFactory.create(config(settings));
        } catch (RuntimeException first) {
            if (!upgrading || StoreFaults.classify(first) == StoreProblem.DISK_FULL) {
                throw first;
            }
            LOG.warning("An upgrade of the store failed (" + first.getClass().getSimpleName()
                    + "); it is undone from the copy taken before it and tried once more");
            shutDown(check);
            Path copy = settings.directory().resolve(UPGRADE_COPY);
            Files.copy(copy, settings.databaseFile(), StandardCopyOption.REPLACE_EXISTING);
            try (Connection again = connect(settings, false)) {
                releaseStaleMigrationLock(again);
                try {
                    return DatabaseFactory.create(config(settings));
                } catch (RuntimeException second) {
                    shutDown(again);
                    FilePermissions.moveAtomically(copy, settings.databaseFile());
                    throw new StoreException(StoreProblem.UNREADABLE, settings.directory(),
                            "upgrade failed twice; the store was put back as it was before", second);
                }
            }
        }
    }

    /** Closes the database in this process at once (every connection to it), so its file may be replaced. */
    private static void shutDown(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN IMMEDIATELY");
        } catch (SQLException closed) {
            // closed already
        }
    }

    private void copyBeforeUpgrade(StoreSettings settings) throws IOException {
        Path directory = settings.directory();
        Path partial = directory.resolve(UPGRADE_COPY_PARTIAL);
        Files.deleteIfExists(partial);
        FilePermissions.createPrivateFile(partial);
        Files.copy(settings.databaseFile(), partial, StandardCopyOption.REPLACE_EXISTING);
        FilePermissions.sync(partial);
        FilePermissions.moveAtomically(partial, directory.resolve(UPGRADE_COPY));
    }

    /**
     * Undoes what a killed run left half done: a staging folder of a set-up or an encryption, an unfinished
     * copy before an upgrade, and an upgrade itself (the copy taken before it goes back in place). Called only
     * with the folder's lock held.
     */
    private static void repairInterruptedWork(Path directory) throws IOException {
        deleteTree(directory.resolve(STAGING));
        Files.deleteIfExists(directory.resolve(UPGRADE_COPY_PARTIAL));
        Files.deleteIfExists(directory.resolve(KeyFile.FILE_NAME + ".new"));
        Path upgradeCopy = directory.resolve(UPGRADE_COPY);
        if (Files.exists(upgradeCopy)) {
            LOG.warning("An upgrade of the store was interrupted; the copy taken before it is put back");
            FilePermissions.moveAtomically(upgradeCopy, new StoreSettings(directory).databaseFile());
        }
    }

    private static void setAsideIncompleteSetup(StoreSettings settings) throws IOException {
        LOG.warning("The store's first set-up never finished; the unfinished file is set aside");
        FilePermissions.moveAtomically(settings.databaseFile(), settings.directory().resolve(INCOMPLETE_SETUP));
    }

    /**
     * Ebean marks its migration table while it migrates; a run killed meanwhile leaves the mark and every
     * later run would wait for it for ever. The folder lock proves nobody else is migrating, so the mark is
     * stale and is cleared.
     */
    private static void releaseStaleMigrationLock(Connection connection) throws SQLException {
        if (!hasMigrationTable(connection)) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            int released = statement.executeUpdate(
                    "update db_migration set mcomment = '<init>' where id = 0 and mcomment = 'locked'");
            if (released > 0) {
                LOG.warning("Released the migration lock that an interrupted run left behind");
            }
        }
    }

    /**
     * Refuses a file that H2 could open only in an earlier state. The file's header names the newest version
     * written; when the chunks holding it are gone (a file cut short, overwritten blocks), H2 quietly falls
     * back to the newest older version it can still read, which would show, and then build on, data as it
     * was long ago. The header is written less often than chunks, so a whole file opens at the header's
     * version or later.
     */
    static void requireNewestState(Connection connection, Path directory) throws SQLException {
        org.h2.mvstore.MVStore mvStore = ((org.h2.engine.SessionLocal) connection.unwrap(org.h2.jdbc.JdbcConnection.class)
                .getSession()).getDatabase().getStore().getMvStore();
        Object written = mvStore.getStoreHeader().get("version");
        long headerVersion;
        try {
            headerVersion = written == null ? 0 : Long.parseLong(written.toString(), 16);
        } catch (NumberFormatException e) {
            throw new StoreException(StoreProblem.DAMAGED, directory, "unreadable file header", null);
        }
        if (mvStore.getCurrentVersion() < headerVersion) {
            throw new StoreException(StoreProblem.DAMAGED, directory, "the newest state of the file is unreadable",
                    null);
        }
    }

    /** True when any table of the store, other than the migration record, holds a row. */
    private static boolean holdsRows(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = connection.getMetaData().getTables(null, "PUBLIC", null, new String[] {"TABLE"})) {
            while (rows.next()) {
                String table = rows.getString("TABLE_NAME");
                if (!"DB_MIGRATION".equalsIgnoreCase(table)) {
                    tables.add(table);
                }
            }
        }
        try (Statement statement = connection.createStatement()) {
            for (String table : tables) {
                try (ResultSet rows = statement.executeQuery(
                        "select 1 from \"" + table.replace("\"", "\"\"") + "\" limit 1")) {
                    if (rows.next()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean hasMigrationTable(Connection connection) throws SQLException {
        // H2 keeps unquoted names in upper case, PostgreSQL in lower case
        for (String name : List.of("DB_MIGRATION", "db_migration")) {
            try (ResultSet tables = connection.getMetaData().getTables(null, null, name, null)) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The newest migration applied to the store, or null for a store whose set-up never finished. */
    static SchemaVersion appliedVersion(Connection connection) throws SQLException {
        if (!hasMigrationTable(connection)) {
            return null;
        }
        SchemaVersion newest = null;
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select mversion from db_migration where id > 0")) {
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

    private static Connection connect(StoreSettings settings, boolean mayCreate) throws SQLException {
        return connect(settings, mayCreate, false);
    }

    private static Connection connect(StoreSettings settings, boolean mayCreate, boolean readOnly)
            throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", settings.user());
        char[] password = settings.password();
        properties.put("password", password);
        try {
            return DriverManager.getConnection(
                    settings.jdbcUrl(mayCreate) + (readOnly ? ";ACCESS_MODE_DATA=r" : ""), properties);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private static void requireFolder(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new StoreException(StoreProblem.MISSING, directory, "no such folder", null);
        }
    }

    private static boolean isEncryptedFile(Path file, Path directory) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(ENCRYPTED_HEADER.length);
            return Arrays.equals(head, ENCRYPTED_HEADER);
        } catch (IOException e) {
            throw mapped(e, directory);
        }
    }

    private static StoreException mapped(Exception failure, Path directory) {
        StoreException store = StoreFaults.asStoreException(failure, directory);
        return store != null ? store : new StoreException(StoreProblem.UNREADABLE, directory,
                failure.getClass().getSimpleName(), failure);
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private DatabaseConfig config(StoreSettings settings) {
        DataSourceConfig dataSource = new DataSourceConfig();
        dataSource.setUrl(settings.jdbcUrl());
        dataSource.setUsername(settings.user());
        dataSource.setPassword(new String(settings.password()));
        dataSource.setMinConnections(1);
        dataSource.setMaxConnections(8);
        return config(dataSource);
    }

    private DatabaseConfig config(DataSourceConfig dataSource) {
        DatabaseConfig config = new DatabaseConfig();
        config.setName("inclusio-" + OPENED.incrementAndGet());
        if (migrationPath != null) {
            // read first, so that the settings below take precedence over anything loaded from properties
            Properties properties = new Properties();
            properties.setProperty("ebean.migration.migrationPath", migrationPath);
            properties.setProperty("ebean." + config.getName() + ".migration.migrationPath", migrationPath);
            config.loadFromProperties(properties);
        }
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
