package org.inclusio.gui.unlock;

import java.io.IOException;
import java.nio.file.Path;

/** Writes a file only its owner may read (0600 on POSIX systems), replacing one that is there. */
@FunctionalInterface
public interface PrivateFileWriter {

    void write(Path file, String text) throws IOException;
}
