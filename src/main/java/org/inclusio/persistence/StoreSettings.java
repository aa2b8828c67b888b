package org.inclusio.persistence;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the store is and how to open it: an embedded H2 store in a directory, encrypted with a file key or
 * (a store from an earlier version, a benchmark's baseline) in clear.
 *
 * @param directory the directory that holds the embedded store's files
 * @param fileKey the key that encrypts the store's file, or null for a store in clear
 */
public record StoreSettings(Path directory, FileKey fileKey) {

    /** The file name (without H2's ".mv.db" ending) of the embedded store in its directory. */
    public static final String FILE_BASE_NAME = "inclusio";

    /** Stores made by earlier versions have this user password; it protects nothing, the file key does. */
    private static final String USER_PASSWORD = "";

    /** How H2 reaches the store's files: the disk. Tests put a file system that fails on demand in front. */
    static String fileSystem = "file:";

    public StoreSettings {
        Objects.requireNonNull(directory, "directory");
        directory = directory.toAbsolutePath().normalize();
    }

    /** The settings of a store in clear. */
    public StoreSettings(Path directory) {
        this(directory, null);
    }

    public boolean encrypted() {
        return fileKey != null;
    }

    /** The same store in another directory (a staging folder during set-up, a backup being checked). */
    StoreSettings in(Path otherDirectory) {
        return new StoreSettings(otherDirectory, fileKey);
    }

    /** The base path H2 is given; H2 adds ".mv.db". */
    public Path databaseFileBase() {
        return directory.resolve(FILE_BASE_NAME);
    }

    /** The file that exists once the store has been created. */
    public Path databaseFile() {
        return directory.resolve(FILE_BASE_NAME + ".mv.db");
    }

    /**
     * The JDBC URL of the embedded store: no write delay, so a commit is on disk when it returns (a killed
     * process loses nothing already committed); no trace file, because H2 writes the failing statement, with
     * its values, into it; never create a missing database (creating is {@link StoreFactory}'s explicit step);
     * AES when the store is encrypted.
     */
    public String jdbcUrl() {
        return jdbcUrl(false);
    }

    String jdbcUrl(boolean mayCreate) {
        // a page cache of 64 MB: pages of an encrypted store are decrypted once per read from the file, so a
        // larger cache spares the analyses most of that cost (measured in the benchmark's security part).
        // No compaction in place when the store closes: H2 then moves chunks inside the file, and a process killed while
        // it did so came back with its last committed transactions gone (a finished upgrade lost its last
        // step in 9 of 31 kills timed into the close; H2 issue 4247 reports the same); without it none were
        // lost.
        // No reuse of free space inside the file: H2 (2.5) then writes every commit's chunk at the end, where
        // it finds the newest one after a kill. Writing into freed space, a chunk that lands elsewhere than
        // the previous chunk predicted makes H2 rewrite the file header, but the header still names that
        // previous chunk, so after a kill H2 followed the chain only to there and reopened without the
        // newest commits (up to about 20; a live workshop killed in the window lost shown taps in 5 of 15
        // runs, and varying commits killed at random lost the last one in 3 of 6). The file grows instead;
        // Store.close gives the space back by rewriting it whole when more than half of it is unused.
        return "jdbc:h2:" + fileSystem + databaseFileBase()
                + ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0;CACHE_SIZE=65536;MAX_COMPACT_TIME=0;REUSE_SPACE=FALSE"
                + (mayCreate ? "" : ";IFEXISTS=TRUE") + (fileKey != null ? ";CIPHER=AES" : "");
    }

    String user() {
        return "sa";
    }

    /** H2's password: with encryption, the file password (the key), a space, then the user password. */
    char[] password() {
        if (fileKey == null) {
            return USER_PASSWORD.toCharArray();
        }
        char[] file = fileKey.h2FilePassword();
        char[] combined = new char[file.length + 1 + USER_PASSWORD.length()];
        System.arraycopy(file, 0, combined, 0, file.length);
        combined[file.length] = ' ';
        USER_PASSWORD.getChars(0, USER_PASSWORD.length(), combined, file.length + 1);
        java.util.Arrays.fill(file, '\0');
        return combined;
    }

    @Override
    public String toString() {
        return "StoreSettings[" + directory + (fileKey != null ? ", encrypted" : "") + "]";
    }
}
