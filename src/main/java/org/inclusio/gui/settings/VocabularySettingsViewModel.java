package org.inclusio.gui.settings;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.inclusio.gui.dialog.DialogService;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.store.VocabularyException;
import org.inclusio.logic.store.VocabularyService;
import org.inclusio.logic.task.BackgroundTask;
import org.inclusio.logic.task.TaskExecutor;
import org.inclusio.model.VocabularyEntry;

/**
 * The region's vocabularies in Settings: the entries of the chosen list (built-in and regional),
 * a form that adds an entry or edits the selected one's name and description, and taking an
 * entry out of use or back. The service's refusals are shown next to the field they concern.
 */
public final class VocabularySettingsViewModel {

    private final VocabularyService vocabulary;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Localization l10n;
    private final Runnable dataChanged;

    private final ObjectProperty<VocabularyList> list = new SimpleObjectProperty<>(VocabularyList.GROUPS);
    private final ObservableList<VocabularyRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<VocabularyRow> selected = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final StringProperty nameError = new SimpleStringProperty("");
    private final StringProperty descriptionError = new SimpleStringProperty("");
    private final StringProperty heading = new SimpleStringProperty("");
    private final BooleanProperty dirty = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    /**
     * @param dataChanged called after an entry changed, so screens with pick lists can read them again
     */
    public VocabularySettingsViewModel(VocabularyService vocabulary, TaskExecutor executor, DialogService dialogs,
                                       Localization l10n, Runnable dataChanged) {
        this.vocabulary = vocabulary;
        this.executor = executor;
        this.dialogs = dialogs;
        this.l10n = l10n;
        this.dataChanged = dataChanged;
        list.addListener((o, old, now) -> load(null));
        selected.addListener((o, old, now) -> showForm(now));
        name.addListener((o, old, now) -> edited());
        description.addListener((o, old, now) -> edited());
        showForm(null);
    }

    /** Reads the chosen list again, keeping the selection when the entry is still there. */
    public void load() {
        VocabularyRow current = selected.get();
        load(current == null ? null : current.id());
    }

    private void load(UUID select) {
        VocabularyList chosen = list.get();
        executor.execute(BackgroundTask.of(l10n.text("settings.vocabulary.task.load"), task -> entries(chosen))
                .onSuccess(loaded -> {
                    rows.setAll(loaded);
                    selected.set(select == null ? null
                            : loaded.stream().filter(row -> row.id().equals(select)).findFirst().orElse(null));
                    showForm(selected.get());
                }));
    }

    private List<VocabularyRow> entries(VocabularyList chosen) {
        return vocabulary.all(chosen.vocabulary()).stream().map(entry -> VocabularyRow.of(entry, vocabulary.texts())).toList();
    }

    /** Empties the form for a new regional entry. */
    public void newEntry() {
        selected.set(null);
        showForm(null);
    }

    private void showForm(VocabularyRow row) {
        name.set(row == null ? "" : row.name());
        description.set(row == null || row.description() == null ? "" : row.description());
        nameError.set("");
        descriptionError.set("");
        dirty.set(false);
        heading.set(row == null ? l10n.text("settings.vocabulary.heading.new")
                : l10n.text("settings.vocabulary.heading.edit", row.name()));
    }

    private void edited() {
        VocabularyRow row = selected.get();
        String storedName = row == null ? "" : row.name();
        String storedDescription = row == null || row.description() == null ? "" : row.description();
        dirty.set(!Objects.equals(name.get(), storedName) || !Objects.equals(description.get(), storedDescription));
        nameError.set("");
        descriptionError.set("");
    }

    /** Adds the form as a new entry, or saves the selected entry's new name and description. */
    public void save() {
        if (busy.get()) {
            return;
        }
        VocabularyRow row = selected.get();
        VocabularyList chosen = list.get();
        String newName = name.get();
        String newDescription = description.get();
        busy.set(true);
        executor.execute(BackgroundTask.of(l10n.text("settings.vocabulary.task.save"), task -> {
            VocabularyEntry saved = row == null
                    ? vocabulary.addRegional(chosen.vocabulary(), newName, newDescription)
                    : vocabulary.edit(chosen.vocabulary(), row.id(), newName, newDescription);
            return VocabularyRow.of(saved, vocabulary.texts());
        }).onSuccess(saved -> {
            busy.set(false);
            dialogs.notify(l10n.text(row == null ? "settings.vocabulary.added" : "settings.vocabulary.changed",
                    saved.name()));
            load(saved.id());
            dataChanged.run();
        }).onFailure(this::failed));
    }

    /** Takes the selected entry out of use, or puts it back in use. */
    public void toggleActive() {
        VocabularyRow row = selected.get();
        if (row == null || busy.get()) {
            return;
        }
        VocabularyList chosen = list.get();
        boolean active = !row.active();
        busy.set(true);
        executor.execute(BackgroundTask.of(l10n.text("settings.vocabulary.task.save"),
                task -> VocabularyRow.of(vocabulary.setActive(chosen.vocabulary(), row.id(), active),
                        vocabulary.texts()))
                .onSuccess(saved -> {
                    busy.set(false);
                    dialogs.notify(l10n.text(active ? "settings.vocabulary.reactivated"
                            : "settings.vocabulary.deactivated", saved.name()));
                    load(saved.id());
                    dataChanged.run();
                })
                .onFailure(this::failed));
    }

    private void failed(Throwable failure) {
        busy.set(false);
        if (failure instanceof VocabularyException refused) {
            String message = l10n.text(refused.messageKey(), refused.arguments().toArray());
            switch (refused.problem()) {
                case BLANK_NAME, NAME_TOO_LONG, DUPLICATE_NAME -> nameError.set(message);
                case DESCRIPTION_TOO_LONG -> descriptionError.set(message);
                case NOT_FOUND -> {
                    dialogs.showError(l10n.text("settings.tab.vocabularies"), message);
                    load(null);
                }
            }
        } else {
            dialogs.showUnexpectedError(failure);
        }
    }

    public ObjectProperty<VocabularyList> listProperty() {
        return list;
    }

    public ObservableList<VocabularyRow> rows() {
        return rows;
    }

    public ObjectProperty<VocabularyRow> selectedProperty() {
        return selected;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public ReadOnlyStringProperty nameErrorProperty() {
        return nameError;
    }

    public ReadOnlyStringProperty descriptionErrorProperty() {
        return descriptionError;
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty;
    }

    public BooleanBinding canSaveProperty() {
        return Bindings.createBooleanBinding(() -> dirty.get() && !busy.get(), dirty, busy);
    }

    /** True while an entry is selected whose use can be switched. */
    public BooleanBinding canToggleProperty() {
        return Bindings.createBooleanBinding(() -> selected.get() != null && !busy.get(), selected, busy);
    }

    /** True when the selected entry is in use (so the toggle takes it out of use). */
    public BooleanBinding selectedActiveProperty() {
        return Bindings.createBooleanBinding(() -> selected.get() == null || selected.get().active(), selected);
    }
}
