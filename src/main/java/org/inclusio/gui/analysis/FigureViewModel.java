package org.inclusio.gui.analysis;

import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.inclusio.gui.dialog.DialogService;
import org.inclusio.logic.analysis.AnalysisFilter;
import org.inclusio.logic.analysis.representation.Breakdown;
import org.inclusio.logic.analysis.table.AnalysisTable;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.task.BackgroundTask;
import org.inclusio.logic.task.TaskExecutor;

/**
 * A chart-and-table section of the Analysis area (representation, influence, funnel): recomputes
 * off the FX thread whenever the shared filter or the breakdown changes, and exports the table
 * exactly as shown.
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
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final AtomicLong generation = new AtomicLong();

    public FigureViewModel(FigureSource source, AnalysisFilterViewModel filter, TaskExecutor executor,
                           DialogService dialogs, Localization l10n, String taskTitleKey) {
        this.source = source;
        this.filter = filter;
        this.executor = executor;
        this.dialogs = dialogs;
        this.taskTitle = l10n.text(taskTitleKey);
        filter.addListener(this::reload);
        breakdown.addListener(o -> reload());
    }

    /** Computes the figures for the current filter and breakdown. */
    public void reload() {
        AnalysisFilter current = filter.filter();
        Breakdown by = breakdown.get() == null ? Breakdown.NONE : breakdown.get();
        long run = generation.incrementAndGet();
        busy.set(true);
        executor.execute(BackgroundTask.of(taskTitle, task -> source.compute(current, by))
                .onSuccess(figures -> {
                    if (run == generation.get()) {
                        busy.set(false);
                        table.set(figures.table());
                        bars.setAll(figures.bars());
                    }
                })
                .onFailure(failure -> {
                    busy.set(false);
                    dialogs.showUnexpectedError(failure);
                }));
    }

    public ObjectProperty<Breakdown> breakdownProperty() {
        return breakdown;
    }

    /** The table shown (and exported), or null before the first computation. */
    public ObjectProperty<AnalysisTable> tableProperty() {
        return table;
    }

    public ObservableList<ChartBar> bars() {
        return bars;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
