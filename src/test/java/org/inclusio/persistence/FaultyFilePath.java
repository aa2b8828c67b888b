package org.inclusio.persistence;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.util.concurrent.atomic.AtomicLong;
import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * An H2 file system ({@code faulty:} in front of a path) that passes everything to the disk until
 * told otherwise: after a budget of written bytes every write fails as on a full disk, or the
 * files are reported read-only and opened for reading only. Lets tests meet a full disk or a
 * read-only store without root rights or a small partition.
 */
public final class FaultyFilePath extends FilePathWrapper {

    /** The message a full disk gives on Linux. */
    public static final String DISK_FULL = "No space left on device";

    private static final AtomicLong REMAINING = new AtomicLong(Long.MAX_VALUE);
    private static volatile boolean readOnly;

    /** Registers the file system with H2; write failures start after {@code budget} bytes. */
    public static void install(long budget, boolean asReadOnly) {
        REMAINING.set(budget);
        readOnly = asReadOnly;
        FilePath.register(new FaultyFilePath());
        StoreSettings.fileSystem = "faulty:";
    }

    @Override
    public String getScheme() {
        return "faulty";
    }

    @Override
    public boolean canWrite() {
        return !readOnly && super.canWrite();
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        return new FaultyChannel(getBase().open(readOnly ? "r" : mode));
    }

    /**
     * How many of the bytes asked for may still be written: all of them while the budget lasts,
     * then what is left of it (a short write, as a disk that fills up gives), then a failure.
     */
    private static int allowance(int bytes) throws IOException {
        while (true) {
            long remaining = REMAINING.get();
            if (remaining <= 0 && bytes > 0) {
                throw new IOException(DISK_FULL);
            }
            int granted = (int) Math.min(bytes, remaining);
            if (REMAINING.compareAndSet(remaining, remaining - granted)) {
                return granted;
            }
        }
    }

    /** A channel that counts what is written and fails once the budget is spent. */
    private static final class FaultyChannel extends FileBase {

        private final FileChannel base;

        FaultyChannel(FileChannel base) {
            this.base = base;
        }

        @Override
        public long position() throws IOException {
            return base.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            base.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return base.size();
        }

        @Override
        public int read(ByteBuffer destination) throws IOException {
            return base.read(destination);
        }

        @Override
        public synchronized int read(ByteBuffer destination, long position) throws IOException {
            return base.read(destination, position);
        }

        @Override
        public int write(ByteBuffer source) throws IOException {
            return base.write(limited(source));
        }

        @Override
        public synchronized int write(ByteBuffer source, long position) throws IOException {
            return base.write(limited(source), position);
        }

        /** The part of the buffer the budget allows; the caller's buffer advances as far as it is written. */
        private static ByteBuffer limited(ByteBuffer source) throws IOException {
            int granted = allowance(source.remaining());
            if (granted == source.remaining()) {
                return source;
            }
            ByteBuffer part = source.duplicate();
            part.limit(part.position() + granted);
            source.position(source.position() + granted);
            return part;
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            base.truncate(size);
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            base.force(metaData);
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return base.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            base.close();
        }
    }
}
