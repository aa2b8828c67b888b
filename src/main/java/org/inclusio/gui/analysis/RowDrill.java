package org.inclusio.gui.analysis;

import java.util.function.BiFunction;
import java.util.function.Predicate;
import org.inclusio.logic.analysis.AnalysisFilter;
import org.inclusio.logic.analysis.drill.ActivityPage;
import org.inclusio.logic.analysis.funnel.FunnelStage;

/**
 * How to list the activities behind one row of a chart-and-table section. The stage matters only
 * in the funnel (null there means any stage); the other sections ignore it.
 *
 * @param heading    what the row is about, e.g. team and group, shown above the list
 * @param hidden     whether the row's figures for the stage are suppressed, so nothing may be listed
 * @param activities reads the activities for a filter and stage (runs off the FX thread)
 */
public record RowDrill(String heading, Predicate<FunnelStage> hidden,
                       BiFunction<AnalysisFilter, FunnelStage, ActivityPage> activities) {
}
