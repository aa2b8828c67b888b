package org.inclusio.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Backups of a store: zip files holding the store's file as H2 copies it while open (a consistent snapshot,
 * still encrypted), the key file, and a manifest with the number of rows of every table. Every backup is
 * opened and counted before it counts as made; a restore checks the same before it replaces anything, and
 * keeps the replaced file. Automatic backups live in the store's {@value #FOLDER} folder, the newest
 * {@link #keep()} of them kept.
 */
public final class Backups {

    public static final String FOLDER = "backups";
    private static final String STORE_ENTRY = StoreSettings.FILE_BASE_NAME + ".mv.db";
    private static final String MANIFEST_ENTRY = "manifest.properties";
    private static final String FORMAT = "inclusio-backup-1";
    private static final String RESTORE_STAGING = ".restore";
    private static final String POLICY_FILE = "policy.properties";
    private static final int DEFAULT_KEEP = 10;
    /** The reason of a backup someone asked for; such backups are never pruned. */
    public static final String MANUAL = "manual";
    /** The reason of the first backup of a day, made when the store is opened in the window. */
    public static final String DAILY = "daily";
    /** The reason of the backup made when the window closes. */
    public static final String ON_CLOSE = "close";
    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final Logger LOG = Logger.getLogger(Backups.class.getName());

    private final Path storeDirectory;

    /** @param storeDirectory the folder of the store the backups belong to */
    public Backups(Path storeDirectory) {
        this.storeDirectory = storeDirectory.toAbsolutePath().normalize();
    }

    /**
     * One backup.
     *
     * @param file the zip file
     * @param made when it was made
     * @param reason why (for example "manual", "on close", "daily", "before restore")
     * @param records rows in the store's tables at that moment
     */
    public record Entry(Path file, Instant made, String reason, long records) {
    }

    public Path folder() {
        return storeDirectory.resolve(FOLDER);
    }

    /** The backups in the store's backups folder, newest first; files that are no backups are skipped. */
    public List<Entry> list() {
        if (!Files.isDirectory(folder())) {
            return List.of();
        }
        List<Entry> entries = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder())) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".zip")).toList()) {
                try {
                    entries.add(entry(file, readManifest(file)));
                } catch (IOException | RuntimeException e) {
                    LOG.warning("Skipped a file in the backups folder that is not a readable backup");
                }
            }
        } catch (IOException e) {
            throw mapped(e);
        }
        entries.sort(Comparator.comparing(Entry::made).reversed());
        return entries;
    }

    /**
     * Backs the open store up into the file, or into the backups folder when target is null, then opens the
     * copy and counts it. Nothing is left behind when it fails (a full disk, for example).
     */
    public Entry backup(Store store, Path target, String reason) {
        Path work = privateWorkFolder();
        try {
            Path snapshot = work.resolve("snapshot.zip");
            store.database().sqlUpdate("BACKUP TO '" + snapshot.toString().replace("'", "''") + "'").execute();
            Path copy = work.resolve("copy");
            FilePermissions.createPrivateDirectory(copy);
            extract(snapshot, STORE_ENTRY, copy.resolve(STORE_ENTRY));
            Files.delete(snapshot);
            StoreSettings copySettings = store.settings().in(copy);
            TreeMap<String, Long> counts = tableCounts(copySettings);
            Instant made = Instant.now();
            Properties manifest = new Properties();
            manifest.setProperty("format", FORMAT);
            manifest.setProperty("made", made.toString());
            manifest.setProperty("reason", reason);
            manifest.setProperty("schema", String.valueOf(store.schemaVersion()));
            manifest.setProperty("encrypted", Boolean.toString(store.encrypted()));
            counts.forEach((table, count) -> manifest.setProperty("rows." + table, Long.toString(count)));

            Path destination = target != null ? target.toAbsolutePath() : folder().resolve(
                    "inclusio-" + NAME_TIME.format(made) + "-" + UUID.randomUUID().toString().substring(0, 4) + ".zip");
            if (target == null) {
                FilePermissions.createPrivateDirectory(folder());
            }
            Path partial = destination.resolveSibling(destination.getFileName() + ".part");
            Files.deleteIfExists(partial);
            FilePermissions.createPrivateFile(partial);
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
                zip.putNextEntry(new ZipEntry(MANIFEST_ENTRY));
                StringWriter text = new StringWriter();
                manifest.store(text, "Inclusio backup");
                zip.write(text.toString().getBytes(StandardCharsets.ISO_8859_1));
                zip.closeEntry();
                copyEntry(zip, STORE_ENTRY, copy.resolve(STORE_ENTRY));
                Path keyFile = storeDirectory.resolve(KeyFile.FILE_NAME);
                if (Files.exists(keyFile)) {
                    copyEntry(zip, KeyFile.FILE_NAME, keyFile);
                }
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(partial);
                throw e;
            }
            FilePermissions.sync(partial);
            FilePermissions.moveAtomically(partial, destination);
            return entry(destination, manifest);
        } catch (IOException | SQLException e) {
            throw mapped(e);
        } catch (RuntimeException e) {
            StoreException store2 = StoreFaults.asStoreException(e, storeDirectory);
            throw store2 != null ? store2 : e;
        } finally {
            deleteQuietly(work);
        }
    }

    /** Makes an automatic backup and keeps only the newest {@link #keep()}; returns it. */
    public Entry automatic(Store store, String reason) {
        Entry made = backup(store, null, reason);
        prune();
        return made;
    }

    /** True when the newest backup is older than the given hours (or there is none). */
    public boolean olderThanHours(long hours) {
        List<Entry> entries = list();
        return entries.isEmpty() || entries.get(0).made().isBefore(Instant.now().minusSeconds(hours * 3600));
    }

    /**
     * Checks that a backup opens with the secret (its own key file, so an older passphrase may be needed for
     * an old backup) and holds the rows its manifest counted.
     */
    public void verify(Path backupFile, StoreSecret secret) {
        Path work = privateWorkFolder();
        try {
            destroy(checkedCopy(backupFile, secret, work));
        } finally {
            deleteQuietly(work);
        }
    }

    /**
     * Replaces the store's file by the backup's, after checking the backup. The store must not be open. The
     * replaced file is kept beside the store as {@code inclusio.before-restore-TIME.mv.db}.
     */
    public void restore(Path backupFile, StoreSecret secret) {
        try {
            FilePermissions.createPrivateDirectory(storeDirectory);
        } catch (IOException e) {
            throw mapped(e);
        }
        try (StoreLock ignored = StoreLock.acquire(storeDirectory)) {
            Path staging = storeDirectory.resolve(RESTORE_STAGING);
            StoreFactory.deleteTree(staging);
            FilePermissions.createPrivateDirectory(staging);
            FileKey backupKey = checkedCopy(backupFile, secret, staging);
            boolean sameKey = backupKey == null || sameKeyAsStore(backupKey, secret);
            destroy(backupKey);
            Path storeFile = new StoreSettings(storeDirectory).databaseFile();
            if (Files.exists(storeFile)) {
                Path kept = storeDirectory.resolve(StoreSettings.FILE_BASE_NAME + ".before-restore-"
                        + NAME_TIME.format(Instant.now()) + "-" + UUID.randomUUID().toString().substring(0, 4) + ".mv.db");
                Files.copy(storeFile, kept);
                FilePermissions.makePrivate(kept);
                FilePermissions.sync(kept);
            }
            Path keyInBackup = staging.resolve(KeyFile.FILE_NAME);
            if (Files.exists(keyInBackup) && !sameKey) {
                FilePermissions.moveAtomically(keyInBackup, storeDirectory.resolve(KeyFile.FILE_NAME));
            }
            FilePermissions.moveAtomically(staging.resolve(STORE_ENTRY), storeFile);
            StoreFactory.deleteTree(staging);
        } catch (IOException e) {
            throw mapped(e);
        }
    }

    /** How many automatic backups are kept. */
    public int keep() {
        Path policy = folder().resolve(POLICY_FILE);
        if (!Files.exists(policy)) {
            return DEFAULT_KEEP;
        }
        try {
            Properties values = new Properties();
            values.load(new StringReader(Files.readString(policy, StandardCharsets.ISO_8859_1)));
            int keep = Integer.parseInt(values.getProperty("keep", Integer.toString(DEFAULT_KEEP)).trim());
            return Math.max(1, keep);
        } catch (IOException | NumberFormatException e) {
            return DEFAULT_KEEP;
        }
    }

    public void setKeep(int keep) {
        if (keep < 1 || keep > 1000) {
            throw new IllegalArgumentException("between 1 and 1000 backups are kept");
        }
        try {
            FilePermissions.createPrivateDirectory(folder());
            Path policy = folder().resolve(POLICY_FILE);
            Path temporary = folder().resolve(POLICY_FILE + ".new");
            Files.deleteIfExists(temporary);
            FilePermissions.createPrivateFile(temporary);
            Files.writeString(temporary, "keep=" + keep + System.lineSeparator(), StandardCharsets.ISO_8859_1);
            FilePermissions.moveAtomically(temporary, policy);
        } catch (IOException e) {
            throw mapped(e);
        }
    }

    /** Deletes the oldest automatic backups in the backups folder beyond the number kept; manual ones stay. */
    public void prune() {
        List<Entry> entries = list().stream().filter(entry -> !MANUAL.equals(entry.reason())).toList();
        int keep = keep();
        for (int i = keep; i < entries.size(); i++) {
            try {
                Files.deleteIfExists(entries.get(i).file());
            } catch (IOException e) {
                LOG.warning("An old backup could not be deleted: " + e.getClass().getSimpleName());
            }
        }
    }

    /** True when the store's current key file opens with the secret to the same file key. */
    private boolean sameKeyAsStore(FileKey backupKey, StoreSecret secret) {
        if (!Files.exists(storeDirectory.resolve(KeyFile.FILE_NAME))) {
            return false;
        }
        try {
            FileKey current = KeyFile.read(storeDirectory).unlock(secret, storeDirectory);
            boolean same = Arrays.equals(current.bytes(), backupKey.bytes());
            current.destroy();
            return same;
        } catch (StoreException e) {
            return false;
        }
    }

    private static void destroy(FileKey key) {
        if (key != null) {
            key.destroy();
        }
    }

    /** Extracts and checks a backup; returns its file key (null in clear). */
    private FileKey checkedCopy(Path backupFile, StoreSecret secret, Path work) {
        try {
            if (!Files.isRegularFile(backupFile)) {
                throw new StoreException(StoreProblem.MISSING, backupFile, "no backup file", null);
            }
            Properties manifest;
            try {
                manifest = readManifest(backupFile);
            } catch (IOException | RuntimeException e) {
                throw new StoreException(StoreProblem.DAMAGED, backupFile, "no readable manifest", null);
            }
            boolean encrypted = Boolean.parseBoolean(manifest.getProperty("encrypted"));
            extract(backupFile, STORE_ENTRY, work.resolve(STORE_ENTRY));
            FileKey key = null;
            if (encrypted) {
                if (!extract(backupFile, KeyFile.FILE_NAME, work.resolve(KeyFile.FILE_NAME))) {
                    throw new StoreException(StoreProblem.KEY_MISSING, backupFile, "backup without key file", null);
                }
                if (secret == null) {
                    throw new StoreException(StoreProblem.PASSPHRASE_NEEDED, backupFile, "encrypted backup", null);
                }
                key = KeyFile.read(work).unlock(secret, backupFile);
            }
            TreeMap<String, Long> counts;
            try {
                counts = tableCounts(new StoreSettings(work, key));
            } catch (SQLException e) {
                throw new StoreException(StoreProblem.DAMAGED, backupFile, "backup does not open", null);
            }
            for (var row : counts.entrySet()) {
                String expected = manifest.getProperty("rows." + row.getKey());
                if (expected == null || Long.parseLong(expected) != row.getValue()) {
                    throw new StoreException(StoreProblem.DAMAGED, backupFile, "counts differ", null);
                }
            }
            return key;
        } catch (IOException e) {
            StoreException mapped = StoreFaults.asStoreException(e, backupFile);
            throw mapped != null && mapped.problem() != StoreProblem.UNREADABLE ? mapped
                    : new StoreException(StoreProblem.DAMAGED, backupFile, "backup unreadable", null);
        }
    }

    private static Entry entry(Path file, Properties manifest) {
        if (!FORMAT.equals(manifest.getProperty("format"))) {
            throw new IllegalArgumentException("not a backup");
        }
        long records = 0;
        for (String name : manifest.stringPropertyNames()) {
            if (name.startsWith("rows.") && !name.equalsIgnoreCase("rows.DB_MIGRATION")) {
                records += Long.parseLong(manifest.getProperty(name));
            }
        }
        return new Entry(file, Instant.parse(manifest.getProperty("made")), manifest.getProperty("reason", ""), records);
    }

    private static Properties readManifest(Path backupFile) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(backupFile))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (entry.getName().equals(MANIFEST_ENTRY)) {
                    byte[] bytes = zip.readNBytes(1_000_000);
                    Properties manifest = new Properties();
                    manifest.load(new StringReader(new String(bytes, StandardCharsets.ISO_8859_1)));
                    return manifest;
                }
            }
        }
        throw new IOException("no manifest");
    }

    /** Copies one entry of a zip into a private file; false when the zip has no such entry. */
    private static boolean extract(Path zipFile, String name, Path target) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(zipFile))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (entry.getName().equals(name)) {
                    Files.deleteIfExists(target);
                    FilePermissions.createPrivateFile(target);
                    try (OutputStream out = Files.newOutputStream(target)) {
                        zip.transferTo(out);
                    }
                    return true;
                }
            }
        }
        return false;
    }

    private static void copyEntry(ZipOutputStream zip, String name, Path file) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        try (InputStream in = Files.newInputStream(file)) {
            in.transferTo(zip);
        }
        zip.closeEntry();
    }

    private static TreeMap<String, Long> tableCounts(StoreSettings settings) throws SQLException {
        TreeMap<String, Long> counts = new TreeMap<>();
        Properties properties = new Properties();
        properties.setProperty("user", settings.user());
        char[] password = settings.password();
        properties.put("password", password);
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(false) + ";ACCESS_MODE_DATA=r",
                properties); Statement statement = connection.createStatement()) {
            StoreFactory.requireNewestState(connection, settings.directory());
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("select table_name from information_schema.tables "
                    + "where table_schema = 'PUBLIC' and table_type = 'BASE TABLE'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rows = statement.executeQuery("select count(*) from \"" + table.replace("\"", "\"\"") + "\"")) {
                    rows.next();
                    counts.put(table, rows.getLong(1));
                }
            }
        } finally {
            Arrays.fill(password, '\0');
        }
        return counts;
    }

    private Path privateWorkFolder() {
        try {
            Path tmp = storeDirectory.resolve("tmp");
            FilePermissions.createPrivateDirectory(tmp);
            Path work = tmp.resolve("backup-" + UUID.randomUUID());
            FilePermissions.createPrivateDirectory(work);
            return work;
        } catch (IOException e) {
            throw mapped(e);
        }
    }

    private static void deleteQuietly(Path folder) {
        try {
            StoreFactory.deleteTree(folder);
        } catch (IOException e) {
            LOG.warning("A temporary backup folder could not be removed: " + e.getClass().getSimpleName());
        }
    }

    private StoreException mapped(Exception e) {
        StoreException store = StoreFaults.asStoreException(e, storeDirectory);
        return store != null ? store : new StoreException(StoreProblem.UNREADABLE, storeDirectory,
                e.getClass().getSimpleName(), e);
    }
}
