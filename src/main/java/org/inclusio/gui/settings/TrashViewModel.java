package org.inclusio.gui.settings;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.inclusio.gui.dialog.DialogService;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.task.BackgroundTask;
import org.inclusio.logic.trash.PurgeRefusedException;
import org.inclusio.logic.trash.TrashItem;
import org.inclusio.logic.trash.TrashKind;
import org.inclusio.logic.trash.TrashService;
import org.inclusio.logic.task.TaskExecutor;

/**
 * The trash in Settings: lists deleted records, restores one, or deletes one for good after a
 * question that names it. A refusal (the record is still used) is told in plain words.
 */
public final class TrashViewModel {

    private final TrashService trash;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Localization l10n;
    private final Runnable dataChanged;

    private final ObservableList<TrashItem> items = FXCollections.observableArrayList();
    private final ObjectProperty<TrashItem> selected = new SimpleObjectProperty<>();

    /** @param dataChanged called after a record came back or left for good, so registers read again */
    public TrashViewModel(TrashService trash, TaskExecutor executor, DialogService dialogs, Localization l10n,
                          Runnable dataChanged) {
        this.trash = trash;
        this.executor = executor;
        this.dialogs = dialogs;
        this.l10n = l10n;
        this.dataChanged = dataChanged;
    }

    /** Reads the trash again. */
    public void load() {
        executor.execute(BackgroundTask.of(l10n.text("settings.trash.task.load"), task -> trash.list())
                .onSuccess(items::setAll));
    }

    /** The kind of a record as the user reads it, e.g. "Activity". */
    public String kindLabel(TrashKind kind) {
        return l10n.text("settings.trash.kind." + kind.name());
    }

    /** Brings the selected record back. */
    public void restore() {
        TrashItem item = selected.get();
        if (item == null) {
            return;
        }
        executor.execute(BackgroundTask.of(l10n.text("settings.trash.task.restore"), task -> {
            trash.restore(item.kind(), item.id());
            return item;
        }).onSuccess(done -> {
            dialogs.notify(l10n.text("settings.trash.restored", done.label()));
            changed();
        }).onFailure(dialogs::showUnexpectedError));
    }

    /** Deletes the selected record for good, after asking. */
    public void purge() {
        TrashItem item = selected.get();
        if (item == null || !dialogs.confirm(l10n.text("settings.trash.purge.title"),
                l10n.text("settings.trash.purge.message", kindLabel(item.kind()), item.label()),
                l10n.text("settings.trash.purge.confirm"))) {
            return;
        }
        executor.execute(BackgroundTask.of(l10n.text("settings.trash.task.purge"), task -> {
            trash.purge(item.kind(), item.id());
            return item;
        }).onSuccess(done -> {
            dialogs.notify(l10n.text("settings.trash.purged", done.label()));
            changed();
        }).onFailure(failure -> {
            if (failure instanceof PurgeRefusedException refused) {
                dialogs.showError(l10n.text("settings.trash.refusedTitle"),
                        l10n.text(refused.messageKey(), refused.arguments().toArray()));
            } else {
                dialogs.showUnexpectedError(failure);
            }
        }));
    }

    private void changed() {
        selected.set(null);
        load();
        dataChanged.run();
    }

    public ObservableList<TrashItem> items() {
        return items;
    }

    public ObjectProperty<TrashItem> selectedProperty() {
        return selected;
    }

    public BooleanBinding hasSelectionProperty() {
        return selected.isNotNull();
    }
}
