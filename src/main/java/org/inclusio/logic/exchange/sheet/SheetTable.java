package org.inclusio.logic.exchange.sheet;

import java.nio.charset.Charset;
import java.util.List;

/**
 * A spreadsheet as read for import: the header row and the rows below it (all of them, or the
 * first few for a preview), every cell as plain text.
 *
 * @param complete false when reading stopped at the preview's row limit
 * @param encoding the character encoding a CSV file was read in; null for a workbook
 */
public record SheetTable(String fileName, List<String> headers, List<SheetRow> rows, boolean complete,
                         Charset encoding) {

    public SheetTable {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /** A workbook's table, which has no character encoding of its own. */
    public SheetTable(String fileName, List<String> headers, List<SheetRow> rows, boolean complete) {
        this(fileName, headers, rows, complete, null);
    }

    /** The column (0-based) with this header, compared ignoring case and surrounding spaces; -1 if none. */
    public int column(String header) {
        if (header == null) {
            return -1;
        }
        for (int i = 0; i < headers.size(); i++) {
            if (headers.get(i).strip().equalsIgnoreCase(header.strip())) {
                return i;
            }
        }
        return -1;
    }
}
