package org.inclusio.logic.exchange;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.util.TempFileCreationStrategy;

/**
 * Every temporary file the program writes for exports, kept private: the store's own {@code tmp}
 * folder (0700 on POSIX systems) for the spreadsheet library's scratch files, files created 0600,
 * and a journal of the {@code .part} files beside export targets, so that what a killed run left
 * behind is removed by {@link #cleanLeftovers(Path)} at the next start.
 */
public final class TempFiles {

    /** The store's folder for temporary files. */
    public static final String FOLDER = "tmp";
    /** Inside {@link #FOLDER}: one small file per export under way, naming its {@code .part} file. */
    static final String JOURNAL = "pending-exports";
    static final String PART = ".part";

    private static final Logger LOG = Logger.getLogger(TempFiles.class.getName());
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final ThreadLocal<Path> SCRATCH = new ThreadLocal<>();
    private static final AtomicBoolean STRATEGY_INSTALLED = new AtomicBoolean();

    private final Path storeDirectory;

    public TempFiles(Path storeDirectory) {
        this.storeDirectory = storeDirectory.toAbsolutePath();
    }

    /** The store's temporary folder, created private when missing. */
    public Path directory() throws IOException {
        return privateFolder(storeDirectory.resolve(FOLDER));
    }

    /**
     * Starts writing {@code target}: records its {@code .part} file in the journal, then creates it
     * (0600). The caller writes, then {@link ExportTarget#commit() commits}; closing without a
     * commit removes the partial file.
     */
    public ExportTarget beginExport(Path target) throws IOException {
        return ExportTarget.begin(target, privateFolder(directory().resolve(JOURNAL)));
    }

    /** Work during which the spreadsheet library puts its scratch files into the store's temporary folder. */
    public <T> T withScratchFiles(ScratchWork<T> work) throws Exception {
        installStrategy();
        Path before = SCRATCH.get();
        SCRATCH.set(directory());
        try {
            return work.run();
        } finally {
            if (before == null) {
                SCRATCH.remove();
            } else {
                SCRATCH.set(before);
            }
        }
    }

    /** Work that may write scratch files. */
    @FunctionalInterface
    public interface ScratchWork<T> {
        T run() throws Exception;
    }

    /**
     * Removes what a killed run left: the {@code .part} files named in the journal, and every file
     * in the store's temporary folder. Safe to call at every start (with the store opened, so no
     * other run is using it); a file that cannot be removed is logged (without its name) and
     * skipped. Returns the number of files removed.
     */
    public static int cleanLeftovers(Path storeDirectory) {
        Path folder = storeDirectory.toAbsolutePath().resolve(FOLDER);
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return 0;
        }
        int removed = removeJournalled(folder.resolve(JOURNAL));
        try {
            removed += removeContents(folder);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Temporary files of an earlier run could not all be removed: {0}",
                    e.getClass().getSimpleName());
        }
        return removed;
    }

    private static int removeJournalled(Path journal) {
        if (!Files.isDirectory(journal, LinkOption.NOFOLLOW_LINKS)) {
            return 0;
        }
        int removed = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(journal)) {
            for (Path entry : entries) {
                Path part = journalled(entry);
                if (part != null && Files.isRegularFile(part, LinkOption.NOFOLLOW_LINKS) && Files.deleteIfExists(part)) {
                    removed++;
                }
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "A partial export of an earlier run could not be removed: {0}",
                    e.getClass().getSimpleName());
        }
        return removed;
    }

    /** The partial file an entry names, or null when the entry is not one the journal writes. */
    private static Path journalled(Path entry) {
        try {
            String text = Files.readString(entry, StandardCharsets.UTF_8).strip();
            Path part = Path.of(text);
            return part.isAbsolute() && part.getFileName() != null && part.getFileName().toString().endsWith(PART)
                    ? part : null;
        } catch (IOException | InvalidPathException e) {
            return null;
        }
    }

    private static int removeContents(Path folder) throws IOException {
        int[] removed = {0};
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                if (Files.deleteIfExists(file)) {
                    removed[0]++;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException failure) throws IOException {
                if (failure instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw failure;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path directory, IOException failure) throws IOException {
                if (failure != null) {
                    throw failure;
                }
                if (!directory.equals(folder)) {
                    Files.deleteIfExists(directory);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return removed[0];
    }

    /** True where the file system has POSIX permissions. */
    static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /** Creates a new, empty file readable and writable by its owner only (0600 from the start on POSIX). */
    static Path createPrivateFile(Path file) throws IOException {
        return posix(file) ? Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_FILE))
                : Files.createFile(file);
    }

    /** A new private file with a random name in the folder. */
    static Path createPrivateTempFile(Path folder, String prefix, String suffix) throws IOException {
        return posix(folder) ? Files.createTempFile(folder, prefix, suffix, PosixFilePermissions.asFileAttribute(OWNER_FILE))
                : Files.createTempFile(folder, prefix, suffix);
    }

    /** The folder, created 0700 when missing and made 0700 when it is not. */
    static Path privateFolder(Path folder) throws IOException {
        if (posix(folder)) {
            FileAttribute<Set<PosixFilePermission>> owner = PosixFilePermissions.asFileAttribute(OWNER_FOLDER);
            if (!Files.isDirectory(folder)) {
                Files.createDirectories(folder, owner);
            }
            if (!Files.getPosixFilePermissions(folder).equals(OWNER_FOLDER)) {
                Files.setPosixFilePermissions(folder, OWNER_FOLDER);
            }
        } else {
            Files.createDirectories(folder);
        }
        return folder;
    }

    /**
     * Sends the spreadsheet library's temporary files into the folder set for the current thread by
     * {@link #withScratchFiles}; elsewhere they go where the library puts them by default (created
     * 0600 there too).
     */
    private static void installStrategy() {
        if (STRATEGY_INSTALLED.compareAndSet(false, true)) {
            TempFile.setTempFileCreationStrategy(new ScratchStrategy(new DefaultTempFileCreationStrategy()));
        }
    }

    private static final class ScratchStrategy implements TempFileCreationStrategy {
        private final TempFileCreationStrategy fallback;

        ScratchStrategy(TempFileCreationStrategy fallback) {
            this.fallback = fallback;
        }

        @Override
        public File createTempFile(String prefix, String suffix) throws IOException {
            Path folder = SCRATCH.get();
            return folder == null ? fallback.createTempFile(prefix, suffix)
                    : createPrivateTempFile(folder, prefix, suffix).toFile();
        }

        @Override
        public File createTempDirectory(String prefix) throws IOException {
            Path folder = SCRATCH.get();
            if (folder == null) {
                return fallback.createTempDirectory(prefix);
            }
            return (posix(folder) ? Files.createTempDirectory(folder, prefix,
                    PosixFilePermissions.asFileAttribute(OWNER_FOLDER)) : Files.createTempDirectory(folder, prefix))
                    .toFile();
        }
    }
}
