package org.inclusio.persistence;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the store is and how to open it. Today an embedded H2 store in a directory; the factory
 * that reads these settings is the one place to add an encryption key or a server URL.
 *
 * @param directory the directory that holds the embedded store's files
 */
public record StoreSettings(Path directory) {

    /** The file name (without H2's ".mv.db" ending) of the embedded store in its directory. */
    public static final String FILE_BASE_NAME = "inclusio";

    /** How H2 reaches the store's files: the disk. Tests put a file system that fails on demand in front. */
    static String fileSystem = "file:";

    public StoreSettings {
        Objects.requireNonNull(directory, "directory");
        directory = directory.toAbsolutePath().normalize();
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
     * The JDBC URL of the embedded store: no write delay, so a commit is on disk when it returns
     * (a killed process loses nothing already committed); and no trace file, because H2 writes the
     * failing statement, with its values, into it.
     */
    public String jdbcUrl() {
        return "jdbc:h2:" + fileSystem + databaseFileBase() + ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0";
    }
}
