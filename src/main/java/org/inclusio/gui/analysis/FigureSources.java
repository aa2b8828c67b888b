package org.inclusio.gui.analysis;

import java.util.ArrayList;
import java.util.List;
import org.inclusio.logic.analysis.Count;
import org.inclusio.logic.analysis.drill.RowActivities;
import org.inclusio.logic.analysis.funnel.FunnelRow;
import org.inclusio.logic.analysis.funnel.FunnelStage;
import org.inclusio.logic.analysis.funnel.ParticipationFunnel;
import org.inclusio.logic.analysis.representation.InfluenceRow;
import org.inclusio.logic.analysis.representation.RepresentationAnalysis;
import org.inclusio.logic.analysis.representation.RepresentationRow;
import org.inclusio.logic.analysis.table.AnalysisTables;
import org.inclusio.logic.i18n.Localization;

/**
 * The three chart-and-table sections of the Analysis area: representation (ratio to reference share
 * per group, a series per team), influence (ratio of adopted share to attendance share) and the
 * participation funnel (a series per stage, grouped by group).
 */
public final class FigureSources {

    private FigureSources() {
    }

    public static FigureSource representation(RepresentationAnalysis analysis, RowActivities drill,
                                              AnalysisTables tables, Localization l10n) {
        return (filter, breakdown) -> {
            List<RepresentationRow> rows = analysis.representation(filter, breakdown);
            List<ChartBar> bars = new ArrayList<>();
            List<RowDrill> drills = new ArrayList<>();
            for (RepresentationRow row : rows) {
                if (row.ratio().available()) {
                    bars.add(new ChartBar(series(row.teamName(), l10n), row.group().name(), row.ratio().value()));
                }
                boolean hidden = row.groupParticipants().suppressed() || row.participants().suppressed();
                drills.add(new RowDrill(heading(row.teamName(), row.group().name(), l10n), stage -> hidden,
                        (current, stage) -> drill.representation(current, row.slice(), row.group().id())));
            }
            return new FigureSource.Figures(tables.representation(rows), bars, drills);
        };
    }

    public static FigureSource influence(RepresentationAnalysis analysis, RowActivities drill, AnalysisTables tables,
                                         Localization l10n) {
        return (filter, breakdown) -> {
            List<InfluenceRow> rows = analysis.influence(filter, breakdown);
            List<ChartBar> bars = new ArrayList<>();
            List<RowDrill> drills = new ArrayList<>();
            for (InfluenceRow row : rows) {
                if (row.ratio().available()) {
                    bars.add(new ChartBar(series(row.teamName(), l10n), row.group().name(), row.ratio().value()));
                }
                boolean hidden = row.groupAdopted().suppressed() || row.groupAttendances().suppressed()
                        || row.adopted().suppressed() || row.attendances().suppressed();
                drills.add(new RowDrill(heading(row.teamName(), row.group().name(), l10n), stage -> hidden,
                        (current, stage) -> drill.influence(current, row.slice(), row.group().id())));
            }
            return new FigureSource.Figures(tables.influence(rows), bars, drills);
        };
    }

    public static FigureSource funnel(ParticipationFunnel funnel, RowActivities drill, AnalysisTables tables,
                                      Localization l10n) {
        return (filter, breakdown) -> {
            List<FunnelRow> rows = funnel.compute(filter);
            List<ChartBar> bars = new ArrayList<>();
            for (FunnelStage stage : FunnelStage.values()) {
                String series = l10n.text("analysis.funnel.stage." + stage.name());
                for (FunnelRow row : rows) {
                    Count count = row.stage(stage);
                    if (!count.suppressed()) {
                        bars.add(new ChartBar(series, row.allLayParticipants() ? l10n.text("analysis.funnel.allLay")
                                : row.group().name(), count.value()));
                    }
                }
            }
            List<RowDrill> drills = new ArrayList<>();
            for (FunnelRow row : rows) {
                String name = row.allLayParticipants() ? l10n.text("analysis.funnel.allLay") : row.group().name();
                drills.add(new RowDrill(name, stage -> stage == null
                        ? java.util.Arrays.stream(FunnelStage.values()).anyMatch(s -> row.stage(s).suppressed())
                        : row.stage(stage).suppressed(),
                        (current, stage) -> drill.funnel(current, row.allLayParticipants() ? null : row.group().id(),
                                stage)));
            }
            return new FigureSource.Figures(tables.funnel(rows), bars, drills);
        };
    }

    private static String heading(String teamName, String groupName, Localization l10n) {
        return l10n.text("analysis.drill.rowHeading", series(teamName, l10n), groupName);
    }

    private static String series(String teamName, Localization l10n) {
        return teamName == null ? l10n.text("analysis.noTeam") : teamName;
    }
}
