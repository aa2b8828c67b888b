package org.inclusio.gui.analysis;

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
import org.inclusio.logic.analysis.matrix.CellActivity;
import org.inclusio.logic.analysis.matrix.MatrixCell;
import org.inclusio.logic.analysis.matrix.ModeLevelMatrix;
import org.inclusio.logic.analysis.matrix.ModeLevelMatrixAnalysis;
import org.inclusio.logic.analysis.table.AnalysisTable;
import org.inclusio.logic.analysis.Suppression;
import org.inclusio.logic.analysis.table.AnalysisTables;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.task.BackgroundTask;
import org.inclusio.logic.task.TaskExecutor;

/**
 * The "Modes and levels" section: the mode x level matrix for the shared filter, and the activities
 * behind the chosen cell, which can be opened in the Activities area.
 */
public final class MatrixViewModel {

    private final ModeLevelMatrixAnalysis analysis;
    private final AnalysisFilterViewModel filter;
    private final AnalysisTables tables;
    private final TaskExecutor executor;
    private final Localization l10n;
    private final Consumer<UUID> openActivity;
    private final DialogService dialogs;
    private final ObjectProperty<ModeLevelMatrix> matrix = new SimpleObjectProperty<>();
    private final ObjectProperty<MatrixCell> chosenCell = new SimpleObjectProperty<>();
    private final ObservableList<CellActivity> cellActivities = FXCollections.observableArrayList();
    private final StringProperty cellHeading = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final AtomicLong generation = new AtomicLong();
    /** The computation under way, cancelled when a newer filter asks for another. */
    private BackgroundTask<?> computing;

    public MatrixViewModel(ModeLevelMatrixAnalysis analysis, AnalysisFilterViewModel filter, AnalysisTables tables,
                           TaskExecutor executor, DialogService dialogs, Localization l10n,
                           Consumer<UUID> openActivity) {
        this.analysis = analysis;
        this.filter = filter;
        this.tables = tables;
        this.executor = executor;
        this.l10n = l10n;
        this.openActivity = openActivity;
        this.dialogs = dialogs;
        filter.addListener(this::reload);
    }

    /**
     * Computes the matrix for the current filter, off the FX thread. The matrix shown stays until the
     * new one is ready; a computation still waiting or running for an earlier filter is cancelled.
     */
    public void reload() {
        AnalysisFilter current = filter.filter();
        long run = generation.incrementAndGet();
        busy.set(true);
        if (computing != null) {
            computing.cancel();
        }
        computing = BackgroundTask.of(l10n.text("analysis.task.matrix"), task -> {
                    ModeLevelMatrix result = analysis.compute(current);
                    task.checkCancelled();
                    return result;
                })
                .onSuccess(result -> {
                    if (run == generation.get()) {
                        busy.set(false);
                        matrix.set(result);
                        MatrixCell chosen = chosenCell.get();
                        if (chosen != null) {
                            choose(result.cell(chosen.mode(), chosen.level()));
                        }
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

    /** Shows the activities behind one cell. */
    public void choose(MatrixCell cell) {
        chosenCell.set(cell);
        cellHeading.set(l10n.text("analysis.matrix.cellHeading", l10n.label(cell.mode()), l10n.label(cell.level()),
                cell.activities()));
        AnalysisFilter current = filter.filter();
        executor.execute(BackgroundTask.of(l10n.text("analysis.task.cell"),
                        task -> analysis.activities(current, cell.mode(), cell.level()))
                .onSuccess(cellActivities::setAll));
    }

    /** Opens an activity of the drill-down list in the Activities area. */
    public void open(CellActivity activity) {
        if (activity != null) {
            openActivity.accept(activity.id());
        }
    }

    /** The matrix as the table exported to CSV, or null before the first computation. */
    public AnalysisTable table() {
        return matrix.get() == null ? null : tables.matrix(matrix.get());
    }

    public ObjectProperty<ModeLevelMatrix> matrixProperty() {
        return matrix;
    }

    public ObjectProperty<MatrixCell> chosenCellProperty() {
        return chosenCell;
    }

    public ObservableList<CellActivity> cellActivities() {
        return cellActivities;
    }

    public StringProperty cellHeadingProperty() {
        return cellHeading;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** The store's suppression policy, for texts that show matrix figures. */
    public Suppression suppression() {
        return tables.suppression();
    }
}
