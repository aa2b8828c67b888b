package org.inclusio.gui.analysis;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.scene.Parent;
import org.inclusio.gui.dialog.DialogService;
import org.inclusio.gui.help.HelpButton;
import org.inclusio.logic.analysis.rules.DetectionRefresh;
import org.inclusio.logic.analysis.service.AnalysisServices;
import org.inclusio.logic.analysis.table.AnalysisTables;
import org.inclusio.logic.exchange.CsvDialect;
import org.inclusio.logic.common.ChoiceService;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.task.TaskExecutor;

/**
 * Puts the Analysis area together: the shared filter, one ViewModel and View per section, and the
 * tabs in order. Each section computes when it is first shown and again when the filter changes.
 */
public final class AnalysisScreens {

    private final AnalysisFilterViewModel filter;
    private final MatrixViewModel matrix;
    private final FlagsViewModel flags;
    private final FigureViewModel representation;
    private final FigureViewModel influence;
    private final FigureViewModel funnel;
    private final RulesViewModel rules;
    private final AnalysisAreaView area;

    public AnalysisScreens(AnalysisServices analysis, ChoiceService choices, TaskExecutor executor,
                           DialogService dialogs, Localization l10n, HelpButton help, Consumer<UUID> openActivity,
                           DetectionRefresh detection) {
        this(analysis, choices, executor, dialogs, l10n, help, openActivity, detection,
                () -> CsvDialect.forLocale(l10n.locale()));
    }

    /** With {@code dialect}, how exported CSV files are written (the separator chosen on the Export screen). */
    public AnalysisScreens(AnalysisServices analysis, ChoiceService choices, TaskExecutor executor,
                           DialogService dialogs, Localization l10n, HelpButton help, Consumer<UUID> openActivity,
                           DetectionRefresh detection, java.util.function.Supplier<CsvDialect> dialect) {
        AnalysisTables tables = new AnalysisTables(l10n, analysis.suppression());
        filter = new AnalysisFilterViewModel(choices, executor, l10n);
        TableExport export = new TableExport(analysis.tableFiles(), dialogs, l10n, dialect, filter::describe);
        ChartExport charts = new ChartExport(dialogs, executor, l10n);
        matrix = new MatrixViewModel(analysis.matrix(), filter, tables, executor, dialogs, l10n, openActivity);
        flags = new FlagsViewModel(analysis.detector(), detection, analysis.flags(), analysis.review(), analysis.findingRecords(),
                filter, tables, executor, dialogs, l10n, openActivity);
        representation = new FigureViewModel(FigureSources.representation(analysis.representation(),
                analysis.rowActivities(), tables, l10n),
                filter, executor, dialogs, l10n, "analysis.task.representation", openActivity);
        influence = new FigureViewModel(FigureSources.influence(analysis.representation(),
                analysis.rowActivities(), tables, l10n), filter,
                executor, dialogs, l10n, "analysis.task.influence", openActivity);
        funnel = new FigureViewModel(FigureSources.funnel(analysis.funnel(), analysis.rowActivities(),
                tables, l10n), filter, executor, dialogs,
                l10n, "analysis.task.funnel", openActivity);
        rules = new RulesViewModel(analysis.detector(), analysis.parameters(), executor, dialogs, l10n);
        String suppression = "concept.smallCountSuppression";
        area = new AnalysisAreaView(filter, l10n,
                AnalysisAreaView.section("matrixSection", l10n.text("analysis.section.matrix"),
                        new MatrixView(matrix, export, help, l10n).root()),
                AnalysisAreaView.section("flagsSection", l10n.text("analysis.section.flags"),
                        new FlagsView(flags, export, help, l10n).root()),
                AnalysisAreaView.section("representationSection", l10n.text("analysis.section.representation"),
                        new FigureView(representation, export, charts, help, l10n, new FigureView.Options(
                                "analysis.representation.intro", "analysis.representation.axis",
                                "analysis.export.representationFile", true, false,
                                List.of("concept.equalityOfRepresentation", suppression), 1.0)).root()),
                AnalysisAreaView.section("influenceSection", l10n.text("analysis.section.influence"),
                        new FigureView(influence, export, charts, help, l10n, new FigureView.Options(
                                "analysis.influence.intro", "analysis.influence.axis",
                                "analysis.export.influenceFile", true, false,
                                List.of("concept.equalityOfInfluence", suppression), 1.0)).root()),
                AnalysisAreaView.section("funnelSection", l10n.text("analysis.section.funnel"),
                        new FigureView(funnel, export, charts, help, l10n, new FigureView.Options(
                                "analysis.funnel.intro", "analysis.funnel.axis", "analysis.export.funnelFile", false, true,
                                List.of("concept.participationFunnel", suppression))).root()),
                AnalysisAreaView.section("rulesSection", l10n.text("analysis.section.rules"),
                        new RulesView(rules, l10n).root()));
    }

    public Parent root() {
        return area.root();
    }

    /** Reads everything again after the data changed behind the area's back. */
    public void reload() {
        filter.loadChoices();
        matrix.reload();
        flags.reload();
        representation.reload();
        influence.reload();
        funnel.reload();
        rules.reload();
    }
}
