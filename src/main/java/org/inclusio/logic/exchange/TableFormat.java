package org.inclusio.logic.exchange;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The spreadsheet formats registers and tables are exported to. */
public enum TableFormat {
    CSV, XLSX;

    /** The format a file name's extension asks for. */
    public static Optional<TableFormat> ofFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return Optional.of(CSV);
        }
        if (name.endsWith(".xlsx")) {
            return Optional.of(XLSX);
        }
        return Optional.empty();
    }
}
