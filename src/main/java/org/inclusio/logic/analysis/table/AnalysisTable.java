package org.inclusio.logic.analysis.table;

import java.util.List;

/**
 * The figures of an analysis as rows and columns, exactly as they are shown: screens, CSV export,
 * the text table and JSON of the command line are all written from this, so they never differ.
 *
 * @param columns the columns
 * @param rows    the rows, each with one cell per column
 */
public record AnalysisTable(List<Column> columns, List<List<Cell>> rows) {

    public AnalysisTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<Cell> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("a row has " + row.size() + " cells for " + columns.size()
                        + " columns");
            }
        }
    }

    /** The cell of one row in the column with this id. */
    public Cell cell(int row, String columnId) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).id().equals(columnId)) {
                return rows.get(row).get(i);
            }
        }
        throw new IllegalArgumentException("no column " + columnId);
    }
}
