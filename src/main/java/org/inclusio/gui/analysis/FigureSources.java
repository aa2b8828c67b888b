package org.inclusio.gui.analysis;

import java.util.ArrayList;
import java.util.List;
import org.inclusio.logic.analysis.Count;
import org.inclusio.logic.analysis.Estimate;
import org.inclusio.logic.analysis.drill.RowActivities;
import org.inclusio.logic.analysis.funnel.FunnelRow;
import org.inclusio.logic.analysis.funnel.FunnelStage;
import org.inclusio.logic.analysis.funnel.ParticipationFunnel;
import org.inclusio.logic.analysis.representation.InfluenceRow;
import org.inclusio.logic.analysis.representation.RepresentationAnalysis;
import org.inclusio.logic.analysis.representation.RepresentationRow;
import org.inclusio.logic.analysis.representation.Slice;
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
                    bars.add(estimate(series(row.teamName(), l10n), category(row.group().name(), row.slice(), l10n),
                            row.ratio()));
                }
                boolean hidden = row.groupParticipants().suppressed() || row.participants().suppressed();
                drills.add(new RowDrill(heading(row.teamName(), row.group().name(), l10n), stage -> hidden,
                        (current, stage) -> drill.representation(current, row.slice(), row.group().id())));
            }
            return new FigureSource.Figures(tables.representation(rows), bars, drills, partial(bars, rows, l10n));
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
                    bars.add(estimate(series(row.teamName(), l10n), category(row.group().name(), row.slice(), l10n),
                            row.ratio()));
                }
                boolean hidden = row.groupAdopted().suppressed() || row.groupAttendances().suppressed()
                        || row.adopted().suppressed() || row.attendances().suppressed();
                drills.add(new RowDrill(heading(row.teamName(), row.group().name(), l10n), stage -> hidden,
                        (current, stage) -> drill.influence(current, row.slice(), row.group().id())));
            }
            return new FigureSource.Figures(tables.influence(rows), bars, drills, partial(bars, rows, l10n));
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

    /** Says how many rows the chart of ratios (one bar a row at most) leaves out, when it leaves any out. */
    private static String partial(List<ChartBar> bars, List<?> rows, Localization l10n) {
        return bars.size() < rows.size() ? l10n.text("figure.chart.partial", bars.size(), rows.size()) : "";
    }

    /**
     * Where a ratio's bar goes: the group, and with a breakdown the part of the data (mode, level,
     * year or quarter), so that each part has a bar of its own instead of all parts of a team landing
     * on one another.
     */
    static String category(String groupName, Slice slice, Localization l10n) {
        String part;
        if (slice.mode() != null) {
            part = l10n.label(slice.mode());
        } else if (slice.level() != null) {
            part = l10n.label(slice.level());
        } else if (slice.quarter() != null) {
            part = slice.year() + "-Q" + slice.quarter();
        } else if (slice.year() != null) {
            part = Integer.toString(slice.year());
        } else {
            return groupName;
        }
        return l10n.text("figure.chart.category", groupName, part);
    }

    /** A ratio's bar with its 95% interval as whiskers. */
    private static ChartBar estimate(String series, String category, Estimate ratio) {
        return new ChartBar(series, category, ratio.value(), ratio.interval().lower(), ratio.interval().upper());
    }

    private static String heading(String teamName, String groupName, Localization l10n) {
        return l10n.text("analysis.drill.rowHeading", series(teamName, l10n), groupName);
    }

    private static String series(String teamName, Localization l10n) {
        return teamName == null ? l10n.text("analysis.noTeam") : teamName;
    }
}
