package org.inclusio.logic.analysis.matrix;

import java.util.List;
import org.inclusio.logic.analysis.AnalysisFilter;
import org.inclusio.model.Level;
import org.inclusio.model.Mode;

/**
 * The mode x level matrix for a filter: always all twelve cells, modes in their declared order
 * and, within each mode, levels in their declared order.
 *
 * @param filter what was analysed
 * @param cells  the twelve cells
 */
public record ModeLevelMatrix(AnalysisFilter filter, List<MatrixCell> cells) {

    public ModeLevelMatrix {
        cells = List.copyOf(cells);
        if (cells.size() != Mode.values().length * Level.values().length) {
            throw new IllegalArgumentException("a matrix has one cell per mode and level");
        }
    }

    /** The cell of one mode and level. */
    public MatrixCell cell(Mode mode, Level level) {
        return cells.get(mode.ordinal() * Level.values().length + level.ordinal());
    }

    /** The cells without any activity. */
    public List<MatrixCell> emptyCells() {
        return cells.stream().filter(MatrixCell::empty).toList();
    }
}
