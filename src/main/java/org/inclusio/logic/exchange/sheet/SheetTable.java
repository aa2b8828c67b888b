package org.inclusio.logic.exchange.sheet;

import java.util.List;

/**
 * A spreadsheet as read for import: the header row and the rows below it (all of them, or the
 * first few for a preview), every cell as plain text.
 *
 * @param complete false when reading stopped at the preview's row limit
 */
public record SheetTable(String fileName, List<String> headers, List<SheetRow> rows, boolean complete) {

    public SheetTable {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
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
