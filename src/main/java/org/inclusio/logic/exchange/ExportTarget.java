package org.inclusio.logic.exchange;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * One export being written: a private {@code FILE.part} beside the target, recorded in the store's
 * journal before the first byte, moved over the target in one step when complete, and removed
 * (with its journal entry) when the export fails or is cancelled. Made by {@link TempFiles#beginExport}.
 */
public final class ExportTarget implements AutoCloseable {

    private final Path target;
    private final Path part;
    private final Path entry;
    private final FileChannel channel;
    private final OutputStream stream;
    private boolean committed;
    private boolean closed;

    private ExportTarget(Path target, Path part, Path entry, FileChannel channel) {
        this.target = target;
        this.part = part;
        this.entry = entry;
        this.channel = channel;
        this.stream = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
    }

    static ExportTarget begin(Path target, Path journal) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path part = absolute.resolveSibling(absolute.getFileName() + TempFiles.PART);
        Path entry = TempFiles.createPrivateFile(journal.resolve(UUID.randomUUID().toString()));
        try {
            try (FileChannel record = FileChannel.open(entry, StandardOpenOption.WRITE)) {
                record.write(StandardCharsets.UTF_8.encode(part.toString()));
                record.force(true);
            }
            Files.deleteIfExists(part);
            TempFiles.createPrivateFile(part);
            return new ExportTarget(absolute, part, entry, FileChannel.open(part, StandardOpenOption.WRITE));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(part);
            Files.deleteIfExists(entry);
            throw e;
        }
    }

    /** Where to write the export; closing it is not needed ({@link #commit()} and {@link #close()} do). */
    public OutputStream stream() {
        return stream;
    }

    /** The partial file being written. */
    public Path partialFile() {
        return part;
    }

    /** Makes the written file durable and puts it in the target's place in one step. */
    public void commit() throws IOException {
        stream.flush();
        channel.force(true);
        stream.close();
        try {
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
        Files.deleteIfExists(entry);
    }

    /** Without a commit: removes the partial file. Either way the journal entry goes. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (!committed) {
            try {
                stream.close();
            } catch (IOException e) {
                // the partial file is removed below either way
            }
            Files.deleteIfExists(part);
        }
        Files.deleteIfExists(entry);
    }
}
