package org.inclusio.logic.exchange.sheet;

import java.util.List;

/**
 * One row of a spreadsheet below the header: its number as the spreadsheet shows it (the header
 * is row 1) and its cells as text.
 */
public record SheetRow(int number, List<String> cells) {

    public SheetRow {
        cells = List.copyOf(cells);
    }

    /** The cell in a column (0-based), or "" when the row is shorter. */
    public String cell(int column) {
        return column >= 0 && column < cells.size() ? cells.get(column) : "";
    }
}
