package org.inclusio.gui.flag;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
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
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.inclusio.gui.dialog.DialogService;
import org.inclusio.gui.util.UnsavedChangesGuard;
import org.inclusio.logic.common.Choice;
import org.inclusio.logic.common.ChoiceService;
import org.inclusio.logic.edit.EditConflictException;
import org.inclusio.logic.edit.FieldProblem;
import org.inclusio.logic.edit.ValidationException;
import org.inclusio.logic.flag.FlagDraft;
import org.inclusio.logic.flag.FlagNotEditableException;
import org.inclusio.logic.flag.FlagService;
import org.inclusio.logic.flag.FlagValidator;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.task.BackgroundTask;
import org.inclusio.logic.task.TaskExecutor;
import org.inclusio.model.ExclusionKind;
import org.inclusio.model.FlagOrigin;
import org.inclusio.model.FlagStatus;
import org.inclusio.model.Severity;

/**
 * The exclusion flags of one activity or one process team: the list, and a form that adds or
 * edits one manual flag at a time (saved in one transaction, refused when someone else saved it
 * first) or moves it to the trash. Flags raised by rules are shown read-only.
 */
public final class ExclusionFlagsPaneViewModel implements UnsavedChangesGuard.Editor {

    /** The form's fields that can carry a message. */
    public static final List<String> FIELDS = List.of("kind", "observation", "severity", "status", "mitigation");

    private final FlagService flagService;
    private final ChoiceService choices;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Localization l10n;
    private final FlagValidator validator;

    private UUID activityId;
    private UUID teamId;
    private FlagDraft baseline;
    private boolean loading;

    private final BooleanProperty available = new SimpleBooleanProperty(false);
    private final ObservableList<FlagDraft> flags = FXCollections.observableArrayList();
    private final ObjectProperty<FlagDraft> selected = new SimpleObjectProperty<>();
    private final ObservableList<Choice> groupChoices = FXCollections.observableArrayList();
    private final BooleanProperty editing = new SimpleBooleanProperty(false);
    private final BooleanProperty automatic = new SimpleBooleanProperty(false);
    private final ObjectProperty<ExclusionKind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice> group = new SimpleObjectProperty<>();
    private final StringProperty observation = new SimpleStringProperty("");
    private final ObjectProperty<Severity> severity = new SimpleObjectProperty<>();
    private final ObjectProperty<FlagStatus> status = new SimpleObjectProperty<>();
    private final StringProperty mitigation = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> observedOn = new SimpleObjectProperty<>();
    private final Map<String, StringProperty> errors = new HashMap<>();
    private final BooleanProperty valid = new SimpleBooleanProperty(true);
    private final BooleanProperty dirty = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    public ExclusionFlagsPaneViewModel(FlagService flagService, ChoiceService choices, TaskExecutor executor,
                                       DialogService dialogs, Localization l10n) {
        this.flagService = flagService;
        this.choices = choices;
        this.executor = executor;
        this.dialogs = dialogs;
        this.l10n = l10n;
        this.validator = new FlagValidator(l10n);
        for (String field : FIELDS) {
            errors.put(field, new SimpleStringProperty(""));
        }
        Observable[] form = {kind, group, observation, severity, status, mitigation, observedOn};
        for (Observable observable : form) {
            observable.addListener(o -> changed());
        }
        selected.addListener((o, old, now) -> {
            if (now != null) {
                showForm(now);
            }
        });
    }

    /**
     * Shows the flags of an activity (teamId null) or of a process team (activityId null); with both
     * null the pane shows nothing (e.g. an activity not saved yet).
     */
    public void show(UUID activityId, UUID teamId) {
        this.activityId = activityId;
        this.teamId = teamId;
        flags.clear();
        closeForm();
        available.set(activityId != null || teamId != null);
        if (available.get()) {
            load(null);
        }
    }

    /** Reads the flags again (after the rules ran in the background), unless a flag is being edited. */
    public void refresh() {
        if (available.get() && !dirty.get()) {
            load(selected.get() == null ? null : selected.get().id());
        }
    }

    private void load(UUID select) {
        UUID forActivity = activityId;
        UUID forTeam = teamId;
        executor.execute(BackgroundTask.of(l10n.text("flag.task.load"), task -> new Loaded(
                forActivity != null ? flagService.forActivity(forActivity) : flagService.forTeam(forTeam),
                choices.groups())).onSuccess(loaded -> {
                    if (!java.util.Objects.equals(forActivity, activityId) || !java.util.Objects.equals(forTeam, teamId)) {
                        return;
                    }
                    groupChoices.setAll(loaded.groups());
                    flags.setAll(loaded.flags());
                    FlagDraft match = select == null ? null
                            : loaded.flags().stream().filter(f -> f.id().equals(select)).findFirst().orElse(null);
                    if (match == null) {
                        selected.set(null);
                        closeForm();
                    } else {
                        selected.set(match);
                        showForm(match);
                    }
                }));
    }

    private record Loaded(List<FlagDraft> flags, List<Choice> groups) {
    }

    /** Starts a new manual flag observed today. */
    public void newFlag() {
        if (!available.get()) {
            return;
        }
        selected.set(null);
        showForm(FlagDraft.blank(activityId, teamId, LocalDate.now()));
    }

    private void showForm(FlagDraft draft) {
        loading = true;
        try {
            baseline = draft;
            kind.set(draft.kind());
            group.set(groupChoice(draft.groupId(), draft.groupName()));
            observation.set(Objects.requireNonNullElse(draft.observation(), ""));
            severity.set(draft.severity());
            status.set(draft.status());
            mitigation.set(Objects.requireNonNullElse(draft.mitigation(), ""));
            observedOn.set(draft.observedOn());
            automatic.set(draft.isAutomatic());
            editing.set(true);
        } finally {
            loading = false;
        }
        baseline = toDraft();
        changed();
    }

    private Choice groupChoice(UUID id, String name) {
        if (id == null) {
            return null;
        }
        return groupChoices.stream().filter(c -> c.id().equals(id)).findFirst().orElseGet(() -> {
            Choice retired = new Choice(id, name == null ? "?" : name);
            groupChoices.add(retired);
            return retired;
        });
    }

    private void closeForm() {
        editing.set(false);
        automatic.set(false);
        baseline = null;
        dirty.set(false);
        valid.set(true);
        errors.values().forEach(error -> error.set(""));
    }

    /** The form's content as a draft. */
    public FlagDraft toDraft() {
        FlagDraft base = baseline;
        return new FlagDraft(base == null ? null : base.id(), base == null ? 0 : base.version(),
                base == null ? activityId : base.activityId(), base == null ? teamId : base.teamId(), kind.get(),
                group.get() == null ? null : group.get().id(), group.get() == null ? null : group.get().label(),
                observation.get(), severity.get(), status.get(), mitigation.get(), observedOn.get(),
                base == null ? FlagOrigin.MANUAL : base.origin());
    }

    private void changed() {
        if (loading || !editing.get()) {
            return;
        }
        FlagDraft draft = toDraft();
        Map<String, String> messages = new HashMap<>();
        if (!automatic.get()) {
            for (FieldProblem problem : validator.validate(draft)) {
                messages.merge(problem.field(), problem.message(), (a, b) -> a + "\n" + b);
            }
        }
        errors.forEach((field, property) -> property.set(messages.getOrDefault(field, "")));
        valid.set(messages.isEmpty());
        dirty.set(!automatic.get() && baseline != null && !draft.equals(baseline));
    }

    /** Saves the flag in the form in the background; the list then shows it as stored. */
    public void save() {
        if (!editing.get() || automatic.get() || !valid.get() || busy.get()) {
            return;
        }
        FlagDraft draft = toDraft();
        busy.set(true);
        executor.execute(BackgroundTask.of(l10n.text("flag.task.save"), task -> flagService.save(draft))
                .onSuccess(saved -> {
                    busy.set(false);
                    dirty.set(false);
                    dialogs.notify(l10n.text("flag.saved"));
                    load(saved.id());
                })
                .onFailure(this::failed));
    }

    /** Puts the form back to what is stored (or empties a new flag). */
    public void reset() {
        if (baseline != null) {
            showForm(baseline);
        }
    }

    /** Moves the selected manual flag to the trash after asking. */
    public void delete() {
        FlagDraft flag = selected.get();
        if (flag == null || flag.isAutomatic() || busy.get()) {
            if (flag == null && editing.get()) {
                closeForm();
            }
            return;
        }
        if (!dialogs.confirm(l10n.text("flag.delete.title"), l10n.text("flag.delete.message", shortText(flag)),
                l10n.text("flag.delete.confirm"))) {
            return;
        }
        busy.set(true);
        executor.execute(BackgroundTask.of(l10n.text("flag.task.delete"), task -> {
            flagService.moveToTrash(flag.id(), flag.version());
            return flag;
        }).onSuccess(done -> {
            busy.set(false);
            dialogs.notify(l10n.text("flag.deleted"));
            load(null);
        }).onFailure(this::failed));
    }

    private void failed(Throwable failure) {
        busy.set(false);
        if (failure instanceof EditConflictException) {
            if (dialogs.confirm(l10n.text("flag.conflict.title"), l10n.text("flag.conflict.message"),
                    l10n.text("flag.conflict.reload"))) {
                load(selected.get() == null ? null : selected.get().id());
            }
        } else if (failure instanceof ValidationException invalid) {
            dialogs.showError(l10n.text("flag.invalid.title"), invalid.getMessage());
        } else if (failure instanceof FlagNotEditableException) {
            dialogs.showError(l10n.text("flag.invalid.title"), l10n.text("flag.notEditable"));
        } else {
            dialogs.showUnexpectedError(failure);
        }
    }

    private static String shortText(FlagDraft flag) {
        String text = Objects.requireNonNullElse(flag.observation(), "");
        return text.length() > 60 ? text.substring(0, 59) + "\u2026" : text;
    }

    /** The statuses offered for a manual flag, in order. */
    public static List<FlagStatus> manualStatuses() {
        List<FlagStatus> statuses = new ArrayList<>();
        for (FlagStatus value : FlagStatus.values()) {
            if (FlagValidator.MANUAL_STATUSES.contains(value)) {
                statuses.add(value);
            }
        }
        return statuses;
    }

    @Override
    public boolean hasUnsavedChanges() {
        return dirty.get();
    }

    @Override
    public String description() {
        return l10n.text("flag.record");
    }

    public ReadOnlyBooleanProperty availableProperty() {
        return available;
    }

    public ObservableList<FlagDraft> flags() {
        return flags;
    }

    public ObjectProperty<FlagDraft> selectedProperty() {
        return selected;
    }

    public ObservableList<Choice> groupChoices() {
        return groupChoices;
    }

    public ReadOnlyBooleanProperty editingProperty() {
        return editing;
    }

    public ReadOnlyBooleanProperty automaticProperty() {
        return automatic;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty;
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid;
    }

    public BooleanBinding canSaveProperty() {
        return Bindings.createBooleanBinding(
                () -> editing.get() && !automatic.get() && valid.get() && dirty.get() && !busy.get(),
                editing, automatic, valid, dirty, busy);
    }

    public BooleanBinding canDeleteProperty() {
        return Bindings.createBooleanBinding(
                () -> selected.get() != null && !selected.get().isAutomatic() && !busy.get(), selected, busy);
    }

    public ReadOnlyStringProperty errorProperty(String field) {
        return errors.get(field);
    }

    public ObjectProperty<ExclusionKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<Choice> groupProperty() {
        return group;
    }

    public StringProperty observationProperty() {
        return observation;
    }

    public ObjectProperty<Severity> severityProperty() {
        return severity;
    }

    public ObjectProperty<FlagStatus> statusProperty() {
        return status;
    }

    public StringProperty mitigationProperty() {
        return mitigation;
    }

    public ObjectProperty<LocalDate> observedOnProperty() {
        return observedOn;
    }
}
