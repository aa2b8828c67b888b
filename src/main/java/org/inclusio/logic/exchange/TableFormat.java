package org.inclusio.logic.exchange;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The spreadsheet formats registers and tables are exported to. */
public enum TableFormat {
    CSV, XLSX;

    /** The format a file name's extension asks for (".csv", ".xlsx", each also with ".gpg" after it). */
    public static Optional<TableFormat> ofFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gpg")) {
            // a register with names and contact details, sealed in the encrypted container
            name = name.substring(0, name.length() - ".gpg".length());
        }
        if (name.endsWith(".csv")) {
            return Optional.of(CSV);
        }
        if (name.endsWith(".xlsx")) {
            return Optional.of(XLSX);
        }
        return Optional.empty();
    }
}
