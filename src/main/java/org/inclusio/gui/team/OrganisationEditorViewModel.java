package org.inclusio.gui.team;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.Observable;
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
import org.inclusio.gui.dialog.DialogService;
import org.inclusio.gui.util.RecordEditor;
import org.inclusio.logic.edit.EditConflictException;
import org.inclusio.logic.edit.FieldProblem;
import org.inclusio.logic.edit.ValidationException;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.task.BackgroundTask;
import org.inclusio.logic.task.TaskExecutor;
import org.inclusio.logic.team.OrganisationDraft;
import org.inclusio.logic.team.OrganisationService;
import org.inclusio.logic.team.OrganisationValidator;
import org.inclusio.logic.trash.TrashKind;
import org.inclusio.logic.trash.TrashService;
import org.inclusio.model.GovernanceModel;

/**
 * The organisation editor's state: name, governance model and description of one organisation
 * on a copy, validated as the user types (a name already taken is named after Save), saved with
 * optimistic locking, reset, or moved to the trash.
 */
public final class OrganisationEditorViewModel implements RecordEditor {

    /** The form's fields that can carry a message. */
    public static final List<String> FIELDS = List.of("name", "description");

    private final OrganisationService organisations;
    private final TrashService trash;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Localization l10n;
    private final OrganisationValidator validator;

    private final BooleanProperty editing = new SimpleBooleanProperty(false);
    private UUID id;
    private long version;
    private OrganisationDraft baseline;
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<GovernanceModel> governanceModel = new SimpleObjectProperty<>();
    private final StringProperty description = new SimpleStringProperty("");
    private final Map<String, StringProperty> errors = new HashMap<>();
    private final Map<String, String> storeProblems = new HashMap<>();
    private final BooleanProperty valid = new SimpleBooleanProperty(true);
    private final BooleanProperty dirty = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty heading = new SimpleStringProperty("");
    private Consumer<UUID> onSaved = saved -> { };
    private Runnable onDeleted = () -> { };
    private final java.util.List<Runnable> changeListeners = new java.util.ArrayList<>();
    private boolean loading;

    public OrganisationEditorViewModel(OrganisationService organisations, TrashService trash, TaskExecutor executor,
                                       DialogService dialogs, Localization l10n) {
        this.organisations = organisations;
        this.trash = trash;
        this.executor = executor;
        this.dialogs = dialogs;
        this.l10n = l10n;
        this.validator = new OrganisationValidator(l10n);
        for (String field : FIELDS) {
            errors.put(field, new SimpleStringProperty(""));
        }
        for (Observable observable : new Observable[] {name, governanceModel, description}) {
            observable.addListener(o -> {
                storeProblems.clear();
                changed();
            });
        }
    }

    /** Called after a save with the organisation's id, and after a delete. */
    /** Also tells the listener after every save or delete, so the window's counts and flags follow. */
    public void addChangeListener(Runnable listener) {
        changeListeners.add(java.util.Objects.requireNonNull(listener));
    }

    public void setListeners(Consumer<UUID> onSaved, Runnable onDeleted) {
        this.onSaved = onSaved;
        this.onDeleted = onDeleted;
    }

    public void newOrganisation() {
        show(OrganisationDraft.blank());
    }

    /** Opens a stored organisation, reading it off the FX thread. */
    public void open(UUID organisationId) {
        executor.execute(BackgroundTask.of(l10n.text("organisation.task.open"),
                        task -> organisations.load(organisationId))
                .onSuccess(found -> found.ifPresentOrElse(this::show, () -> {
                    dialogs.notify(l10n.text("organisation.gone"));
                    clear();
                })));
    }

    /** Shows a draft in the form; the form is clean afterwards. */
    public void show(OrganisationDraft draft) {
        loading = true;
        try {
            id = draft.id();
            version = draft.version();
            name.set(draft.name());
            governanceModel.set(draft.governanceModel());
            description.set(draft.description() == null ? "" : draft.description());
            storeProblems.clear();
            editing.set(true);
        } finally {
            loading = false;
        }
        baseline = toDraft();
        heading.set(draft.isNew() ? l10n.text("organisation.heading.new") : draft.name());
        changed();
    }

    /** The form's unsaved work, to carry into a new editor; empty when nothing is unsaved. */
    public java.util.Optional<org.inclusio.gui.util.UnsavedWork<OrganisationDraft>> unsavedWork() {
        if (!editing.get() || baseline == null || !dirty.get()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new org.inclusio.gui.util.UnsavedWork<>(baseline, toDraft()));
    }

    /** Shows work carried over from another editor: the form holds what was typed, unsaved against the stored. */
    public void resume(org.inclusio.gui.util.UnsavedWork<OrganisationDraft> work) {
        show(work.current());
        baseline = work.stored();
        heading.set(work.stored().isNew() ? l10n.text("organisation.heading.new") : work.stored().name());
        changed();
    }

    public void clear() {
        editing.set(false);
        baseline = null;
        id = null;
        dirty.set(false);
        heading.set("");
    }

    public OrganisationDraft toDraft() {
        return new OrganisationDraft(id, version, name.get(), governanceModel.get(), description.get());
    }

    private void changed() {
        if (loading || !editing.get()) {
            return;
        }
        OrganisationDraft draft = toDraft();
        Map<String, String> messages = new HashMap<>(storeProblems);
        for (FieldProblem problem : validator.validate(draft)) {
            messages.merge(problem.field(), problem.message(), (a, b) -> a + "\n" + b);
        }
        errors.forEach((field, property) -> property.set(messages.getOrDefault(field, "")));
        valid.set(messages.isEmpty());
        dirty.set(baseline != null && !draft.equals(baseline));
    }

    /** Saves in the background; a name already taken is shown at the name field. */
    public void save() {
        if (!editing.get() || !valid.get() || busy.get()) {
            return;
        }
        OrganisationDraft draft = toDraft();
        busy.set(true);
        executor.execute(BackgroundTask.of(l10n.text("organisation.task.save"), task -> organisations.save(draft))
                .onSuccess(saved -> {
                    busy.set(false);
                    show(saved);
                    dialogs.notify(l10n.text("organisation.saved", saved.name()));
                    onSaved.accept(saved.id());
                    changeListeners.forEach(Runnable::run);
                })
                .onFailure(this::saveFailed));
    }

    private void saveFailed(Throwable failure) {
        busy.set(false);
        if (failure instanceof EditConflictException) {
            if (dialogs.confirm(l10n.text("organisation.conflict.title"), l10n.text("organisation.conflict.message"),
                    l10n.text("team.conflict.reload"))) {
                if (id == null) {
                    clear();
                } else {
                    open(id);
                }
            }
        } else if (failure instanceof ValidationException invalid) {
            invalid.problems().forEach(p -> storeProblems.merge(p.field(), p.message(), (a, b) -> a + "\n" + b));
            changed();
            dialogs.showError(l10n.text("organisation.invalid.title"), invalid.getMessage());
        } else {
            dialogs.showUnexpectedError(failure);
        }
    }

    public void reset() {
        if (baseline != null) {
            show(baseline);
        }
    }

    /** Moves the organisation to the trash after asking; its teams keep it until it is purged. */
    public void delete() {
        if (id == null) {
            clear();
            return;
        }
        UUID toDelete = id;
        if (!dialogs.confirm(l10n.text("organisation.delete.title"),
                l10n.text("organisation.delete.message", name.get()), l10n.text("team.delete.confirm"))) {
            return;
        }
        executor.execute(BackgroundTask.of(l10n.text("organisation.task.delete"), task -> {
            trash.moveToTrash(TrashKind.ORGANISATION, toDelete);
            return toDelete;
        }).onSuccess(deleted -> {
            clear();
            dialogs.notify(l10n.text("organisation.deleted"));
            onDeleted.run();
            changeListeners.forEach(Runnable::run);
        }));
    }

    @Override
    public boolean hasUnsavedChanges() {
        return dirty.get();
    }

    @Override
    public String description() {
        return l10n.text("organisation.record", name.get());
    }

    public ReadOnlyStringProperty errorProperty(String field) {
        return errors.get(field);
    }

    public BooleanBinding canSaveProperty() {
        return Bindings.createBooleanBinding(() -> editing.get() && valid.get() && dirty.get() && !busy.get(),
                editing, valid, dirty, busy);
    }

    public ReadOnlyBooleanProperty editingProperty() {
        return editing;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty;
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid;
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading;
    }

    public UUID id() {
        return id;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<GovernanceModel> governanceModelProperty() {
        return governanceModel;
    }

    public StringProperty descriptionProperty() {
        return description;
    }
}
