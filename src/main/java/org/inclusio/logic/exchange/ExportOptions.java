package org.inclusio.logic.exchange;

import java.nio.file.Path;

/**
 * How to export: whether identifying details (names and contact details) go into the file, which
 * is never the default; and optionally the file this store last imported from the destination,
 * whose stamps become each record's {@code base} so the destination can tell who changed what.
 */
public record ExportOptions(boolean includeIdentities, Path since) {

    public static ExportOptions defaults() {
        return new ExportOptions(false, null);
    }
}
