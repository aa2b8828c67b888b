package org.inclusio.gui.analysis;

import java.util.List;
import org.inclusio.logic.analysis.AnalysisFilter;
import org.inclusio.logic.analysis.representation.Breakdown;
import org.inclusio.logic.analysis.table.AnalysisTable;

/**
 * What one chart-and-table section computes (representation, influence or the funnel): the table of
 * figures for a filter and breakdown, and the bars of its chart, computed together off the FX thread.
 */
public interface FigureSource {

    /** The figures, computed in the calling (background) thread. */
    Figures compute(AnalysisFilter filter, Breakdown breakdown);

    /**
     * A table, the chart drawn from the same figures, and the drill-down of each row.
     *
     * @param table the table as shown and exported
     * @param bars  the bars of the chart
     * @param rows  how to list the activities behind each table row, in the table's order
     * @param chartNote what the chart leaves out and why, or empty
     */
    record Figures(AnalysisTable table, List<ChartBar> bars, List<RowDrill> rows, String chartNote) {

        Figures(AnalysisTable table, List<ChartBar> bars, List<RowDrill> rows) {
            this(table, bars, rows, "");
        }
    }
}
