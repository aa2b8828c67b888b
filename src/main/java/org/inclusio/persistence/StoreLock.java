package org.inclusio.persistence;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The operating system's lock on a store folder, held while a program has the store open or is setting it
 * up, upgrading or restoring it. The system releases it when the process ends, killed or not, so a lock is
 * never stale; and only its holder may repair what an interrupted run left behind.
 */
final class StoreLock implements AutoCloseable {

    static final String FILE_NAME = "inclusio.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private StoreLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock at once or fails with {@link StoreProblem#IN_USE}; never waits. */
    static StoreLock acquire(Path directory) {
        Path file = directory.resolve(FILE_NAME);
        FileChannel channel = null;
        try {
            if (!Files.exists(file)) {
                try {
                    FilePermissions.createPrivateFile(file);
                } catch (java.nio.file.FileAlreadyExistsException e) {
                    // another process made it at the same moment
                }
            }
            channel = FileChannel.open(file, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new StoreException(StoreProblem.IN_USE, directory, "folder locked by another process", null);
            }
            return new StoreLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new StoreException(StoreProblem.IN_USE, directory, "folder locked in this process", e);
        } catch (IOException e) {
            closeQuietly(channel);
            StoreException mapped = StoreFaults.asStoreException(e, directory);
            throw mapped != null ? mapped : new StoreException(StoreProblem.UNREADABLE, directory, "lock file", e);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing held
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // released with the channel
        }
        closeQuietly(channel);
    }
}
