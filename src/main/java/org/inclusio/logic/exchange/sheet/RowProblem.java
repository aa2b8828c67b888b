package org.inclusio.logic.exchange.sheet;

/**
 * One thing wrong with a spreadsheet offered for import: the row as the spreadsheet numbers it
 * (0 for the mapping as a whole), the column's header (or the field's label when no column is
 * mapped) and a localised sentence.
 */
public record RowProblem(int row, String column, String message) {
}
