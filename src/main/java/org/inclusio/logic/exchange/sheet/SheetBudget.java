package org.inclusio.logic.exchange.sheet;

import java.util.List;

/**
 * What one sheet may put in memory, whichever format it comes in: at most {@value SheetReader#MAX_CELLS}
 * cells and {@value SheetReader#MAX_TEXT} characters of cell text in all its rows, a text shared by
 * many cells counted once for each of them. Reading stops with a {@link SheetLimit} as soon as a row
 * goes beyond either, so a hostile file is refused long before memory runs short.
 */
final class SheetBudget {

    private final int maxCells;
    private final long maxText;
    private long cells;
    private long text;

    SheetBudget() {
        this(SheetReader.MAX_CELLS, SheetReader.MAX_TEXT);
    }

    SheetBudget(int maxCells, long maxText) {
        this.maxCells = maxCells;
        this.maxText = maxText;
    }

    /** Counts a row about to be kept. */
    void spend(List<String> row) {
        cells += row.size();
        if (cells > maxCells) {
            throw new SheetLimit("sheet.file.tooManyCells", maxCells);
        }
        for (String cell : row) {
            text += cell.length();
        }
        if (text > maxText) {
            throw new SheetLimit("sheet.file.tooMuchText", maxText);
        }
    }
}
