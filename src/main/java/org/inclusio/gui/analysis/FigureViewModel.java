package org.inclusio.gui.analysis;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.inclusio.gui.dialog.DialogService;
import org.inclusio.logic.analysis.AnalysisFilter;
import org.inclusio.logic.analysis.Suppression;
import org.inclusio.logic.analysis.drill.ActivityPage;
import org.inclusio.logic.analysis.drill.ActivityRef;
import org.inclusio.logic.analysis.funnel.FunnelStage;
import org.inclusio.logic.analysis.representation.Breakdown;
import org.inclusio.logic.analysis.table.AnalysisTable;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.task.BackgroundTask;
import org.inclusio.logic.task.TaskExecutor;

/**
 * A chart-and-table section of the Analysis area (representation, influence, funnel): recomputes
 * off the FX thread whenever the shared filter or the breakdown changes, exports the table exactly
 * as shown, and lists the activities behind a chosen row (for the funnel: where the chosen stage
 * happened), which open in the Activities area. A row whose figures are suppressed lists nothing.
 */
public final class FigureViewModel {

    private final FigureSource source;
    private final AnalysisFilterViewModel filter;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final String taskTitle;
    private final ObjectProperty<Breakdown> breakdown = new SimpleObjectProperty<>(Breakdown.NONE);
    private final ObjectProperty<AnalysisTable> table = new SimpleObjectProperty<>();
    private final ObservableList<ChartBar> bars = FXCollections.observableArrayList();
    private final javafx.beans.property.StringProperty chartNote = new javafx.beans.property.SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final AtomicLong generation = new AtomicLong();
    /** The computation under way, cancelled when a newer choice asks for another. */
    private BackgroundTask<?> computing;
    private final Localization l10n;
    private final Consumer<UUID> openActivity;
    private final ObjectProperty<FunnelStage> stage = new SimpleObjectProperty<>();
    private final ObservableList<ActivityRef> rowActivities = FXCollections.observableArrayList();
    private final StringProperty rowHeading = new SimpleStringProperty("");
    private final StringProperty rowStatus = new SimpleStringProperty("");
    private final AtomicLong rowGeneration = new AtomicLong();
    private List<RowDrill> drills = List.of();
    private int chosenRow = -1;

    public FigureViewModel(FigureSource source, AnalysisFilterViewModel filter, TaskExecutor executor,
                           DialogService dialogs, Localization l10n, String taskTitleKey,
                           Consumer<UUID> openActivity) {
        this.source = source;
        this.l10n = l10n;
        this.openActivity = openActivity;
        this.filter = filter;
        this.executor = executor;
        this.dialogs = dialogs;
        this.taskTitle = l10n.text(taskTitleKey);
        filter.addListener(this::reload);
        breakdown.addListener(o -> reload());
        stage.addListener(o -> showRecords(chosenRow));
    }

    /**
     * Computes the figures for the current filter and breakdown. The figures shown stay until the new
     * ones are ready; a computation still waiting or running for an earlier choice is cancelled.
     */
    public void reload() {
        AnalysisFilter current = filter.filter();
        Breakdown by = breakdown.get() == null ? Breakdown.NONE : breakdown.get();
        long run = generation.incrementAndGet();
        busy.set(true);
        if (computing != null) {
            computing.cancel();
        }
        computing = BackgroundTask.of(taskTitle, task -> {
                    var figures = source.compute(current, by);
                    task.checkCancelled();
                    return figures;
                })
                .onSuccess(figures -> {
                    if (run == generation.get()) {
                        busy.set(false);
                        drills = figures.rows();
                        showRecords(-1);
                        table.set(figures.table());
                        bars.setAll(figures.bars());
                        chartNote.set(figures.chartNote());
                    }
                })
                .onFailure(failure -> {
                    if (run == generation.get()) {
                        busy.set(false);
                        dialogs.showUnexpectedError(failure);
                    }
                });
        executor.execute(computing);
    }

    /**
     * Lists the activities behind one row of the table (by its index), off the FX thread; or says
     * that they are hidden when the row's figures are suppressed. A negative index clears the list.
     */
    public void showRecords(int row) {
        long run = rowGeneration.incrementAndGet();
        rowActivities.clear();
        if (row < 0 || row >= drills.size()) {
            chosenRow = -1;
            rowHeading.set("");
            rowStatus.set(l10n.text("analysis.drill.chooseRow"));
            return;
        }
        chosenRow = row;
        RowDrill drill = drills.get(row);
        FunnelStage chosenStage = stage.get();
        rowHeading.set(drill.heading());
        if (drill.hidden().test(chosenStage)) {
            rowStatus.set(hiddenText());
            return;
        }
        rowStatus.set(l10n.text("analysis.drill.records.loading"));
        AnalysisFilter current = filter.filter();
        executor.execute(BackgroundTask.of(l10n.text("analysis.drill.task.activities"),
                        task -> drill.activities().apply(current, chosenStage))
                .onSuccess(page -> {
                    if (run == rowGeneration.get()) {
                        show(page);
                    }
                })
                .onFailure(failure -> {
                    rowStatus.set("");
                    dialogs.showUnexpectedError(failure);
                }));
    }

    private void show(ActivityPage page) {
        if (page.hidden()) {
            rowStatus.set(hiddenText());
            return;
        }
        rowActivities.setAll(page.activities());
        rowStatus.set(page.total() > page.activities().size()
                ? l10n.text("analysis.drill.activities.some", page.activities().size(), page.total())
                : l10n.text("analysis.drill.activities.all", page.total()));
    }

    private String hiddenText() {
        return l10n.text("analysis.drill.hidden", Suppression.DEFAULT_THRESHOLD);
    }

    /** Opens an activity of the drill-down list in the Activities area. */
    public void open(ActivityRef activity) {
        if (activity != null) {
            openActivity.accept(activity.id());
        }
    }

    /** The funnel stage whose activities are listed; null for any stage. */
    public ObjectProperty<FunnelStage> stageProperty() {
        return stage;
    }

    public ObservableList<ActivityRef> rowActivities() {
        return rowActivities;
    }

    public StringProperty rowHeadingProperty() {
        return rowHeading;
    }

    public StringProperty rowStatusProperty() {
        return rowStatus;
    }

    public ObjectProperty<Breakdown> breakdownProperty() {
        return breakdown;
    }

    /** The table shown (and exported), or null before the first computation. */
    public ObjectProperty<AnalysisTable> tableProperty() {
        return table;
    }

    /** What the chart leaves out and why (suppressed or incomparable rows), or empty. */
    public javafx.beans.property.ReadOnlyStringProperty chartNoteProperty() {
        return chartNote;
    }

    public ObservableList<ChartBar> bars() {
        return bars;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
