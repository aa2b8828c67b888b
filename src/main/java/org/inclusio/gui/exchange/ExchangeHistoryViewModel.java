package org.inclusio.gui.exchange;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.inclusio.gui.dialog.DialogService;
import org.inclusio.logic.exchange.ExchangeHistory;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.task.BackgroundTask;
import org.inclusio.logic.task.TaskExecutor;

/**
 * The Reports area's exchange history: the interchange files the store sent and received, newest first,
 * and this store's own id, read off the FX thread.
 */
public final class ExchangeHistoryViewModel {

    private final ExchangeHistory history;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Localization l10n;
    private final ObservableList<ExchangeHistory.Line> rows = FXCollections.observableArrayList();
    private final StringProperty thisStore = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    public ExchangeHistoryViewModel(ExchangeHistory history, TaskExecutor executor, DialogService dialogs,
            Localization l10n) {
        this.history = history;
        this.executor = executor;
        this.dialogs = dialogs;
        this.l10n = l10n;
    }

    /** Reads the history again; the rows shown stay until the new ones arrive. */
    public void load() {
        String title = l10n.text("exchangeHistory.task.load");
        busy.set(true);
        executor.execute(BackgroundTask.of(title, task -> new Loaded(history.thisStore(), history.lines()))
                .onSuccess(loaded -> {
                    busy.set(false);
                    rows.setAll(loaded.lines());
                    thisStore.set(loaded.thisStore().isEmpty() ? l10n.text("exchangeHistory.thisStore.none")
                            : l10n.text("exchangeHistory.thisStore", loaded.thisStore()));
                })
                .onFailure(failure -> {
                    busy.set(false);
                    dialogs.showError(title, l10n.text("create.problem.unexpected"));
                }));
    }

    private record Loaded(String thisStore, List<ExchangeHistory.Line> lines) {
    }

    public ObservableList<ExchangeHistory.Line> rows() {
        return rows;
    }

    /** "This store's id: ..." or that it has not exchanged a file yet. */
    public ReadOnlyStringProperty thisStoreProperty() {
        return thisStore;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}
