package org.inclusio.persistence;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Tells what a database or file failure really means for the user: the disk is full, the store may not be
 * written, its file is damaged, another copy has it open, the server cannot be reached or refuses the login.
 * Judged from H2's error codes, PostgreSQL's SQLSTATE codes and the operating
 * system's words in the failure chain; the texts are read here only and never logged, since database
 * messages may quote stored values.
 */
public final class StoreFaults {

    /** H2: "Database may be already in use". */
    static final int H2_DATABASE_ALREADY_OPEN = 90020;
    private static final int H2_FILE_CORRUPTED = 90030;
    private static final int H2_FILE_VERSION_ERROR = 90048;
    private static final int H2_FILE_ENCRYPTION_ERROR = 90049;
    private static final int H2_WRONG_USER_OR_PASSWORD = 28000;
    private static final int H2_NO_DISK_SPACE = 90100;
    private static final int H2_DATABASE_IS_READ_ONLY = 90097;

    /** Enough to be refused on a full disk that still has a few blocks for its own bookkeeping. */
    private static final int PROBE_BYTES = 256 * 1024;

    private StoreFaults() {
    }

    /**
     * The store problem behind a failure, or null when the failure is not about the store's files (a
     * constraint, a bug).
     */
    public static StoreProblem classify(Throwable failure) {
        StoreProblem found = null;
        Throwable current = failure;
        for (int depth = 0; current != null && depth < 20; depth++) {
            StoreProblem problem = classifyOne(current);
            if (problem == StoreProblem.DISK_FULL || problem == StoreProblem.READ_ONLY) {
                return problem;
            }
            if (found == null) {
                found = problem;
            }
            if (current.getCause() == current) {
                break;
            }
            current = current.getCause();
        }
        return found;
    }

    /** Wraps a failure as a store exception when it is about the store's files; otherwise returns null. */
    public static StoreException asStoreException(Throwable failure, Path location) {
        if (failure instanceof StoreException already) {
            return already;
        }
        StoreProblem problem = classify(failure);
        if ((problem == null || problem == StoreProblem.UNREADABLE) && location != null) {
            StoreProblem probed = probe(location);
            if (probed != null) {
                problem = probed;
            }
        }
        return problem == null ? null : new StoreException(problem, location, failure.getClass().getSimpleName(), failure);
    }

    /**
     * Libraries do not always keep the cause of a failure (a migration runner that fails again while cleaning
     * up reports only that). This asks the disk itself: it writes a small file into the folder and says what
     * stopped it (full, read-only), or null when the folder can be written.
     */
    public static StoreProblem probe(Path folder) {
        Path directory = Files.isDirectory(folder) ? folder : folder.toAbsolutePath().getParent();
        if (directory == null || !Files.isDirectory(directory)) {
            return null;
        }
        Path probe = directory.resolve(".write-probe-" + ProcessHandle.current().pid());
        try {
            Files.write(probe, new byte[PROBE_BYTES]);
            try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(probe,
                    java.nio.file.StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            return null;
        } catch (IOException e) {
            StoreProblem problem = classifyOne(e);
            return problem == StoreProblem.UNREADABLE ? null : problem;
        } finally {
            try {
                Files.deleteIfExists(probe);
            } catch (IOException ignored) {
                // the probe could not even be removed; the caller reports the problem already
            }
        }
    }

    /** PostgreSQL's SQLSTATE codes of the failures a user can act on; null for the others (constraints, bugs). */
    static StoreProblem serverProblem(String state) {
        if (state == null) {
            return null;
        }
        if (state.startsWith("08") || state.equals("57P01") || state.equals("57P03")) {
            return StoreProblem.SERVER_UNREACHABLE;
        }
        return switch (state) {
            case "28P01", "28000" -> StoreProblem.LOGIN_FAILED;
            case "42501" -> StoreProblem.NOT_PERMITTED;
            case "3D000" -> StoreProblem.MISSING;
            case "53100" -> StoreProblem.DISK_FULL;
            case "25006" -> StoreProblem.READ_ONLY;
            default -> null;
        };
    }

    private static StoreProblem classifyOne(Throwable failure) {
        if (failure instanceof StoreException storeFailure) {
            return storeFailure.problem();
        }
        String text = String.valueOf(failure.getMessage()).toLowerCase(Locale.ROOT);
        if (text.contains("no space left") || text.contains("disk full") || text.contains("not enough space")
                || text.contains("there is not enough space")) {
            return StoreProblem.DISK_FULL;
        }
        if (text.contains("read-only file system") || text.contains("read only file system")) {
            return StoreProblem.READ_ONLY;
        }
        if (failure instanceof SQLException sql && sql.getClass().getName().startsWith("org.postgresql.")) {
            return serverProblem(sql.getSQLState());
        }
        if (failure instanceof SQLException sql) {
            switch (sql.getErrorCode()) {
                case H2_DATABASE_ALREADY_OPEN:
                    return StoreProblem.IN_USE;
                case H2_NO_DISK_SPACE:
                    return StoreProblem.DISK_FULL;
                case H2_DATABASE_IS_READ_ONLY:
                    return StoreProblem.READ_ONLY;
                case H2_FILE_CORRUPTED:
                case H2_FILE_VERSION_ERROR:
                case H2_FILE_ENCRYPTION_ERROR:
                case H2_WRONG_USER_OR_PASSWORD:
                    return StoreProblem.DAMAGED;
                default:
                    break;
            }
        }
        if (failure instanceof AccessDeniedException) {
            return StoreProblem.READ_ONLY;
        }
        if (failure.getClass().getName().equals("org.h2.mvstore.MVStoreException")) {
            // H2's own codes: 1 reading failed, 2 writing failed, 5 unsupported format, 6 file corrupt, 7 locked
            if (text.contains("/7]")) {
                return StoreProblem.IN_USE;
            }
            if (text.contains("/6]") || text.contains("/5]") || text.contains("/1]")) {
                return StoreProblem.DAMAGED;
            }
            if (text.contains("/2]")) {
                return StoreProblem.UNREADABLE;
            }
        }
        if (failure instanceof FileSystemException || failure instanceof IOException) {
            return StoreProblem.UNREADABLE;
        }
        return null;
    }
}
