package org.inclusio.gui.team;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.inclusio.gui.dialog.DialogService;
import org.inclusio.gui.util.RecordEditor;
import org.inclusio.logic.common.Choice;
import org.inclusio.logic.edit.EditConflictException;
import org.inclusio.logic.edit.FieldProblem;
import org.inclusio.logic.edit.ValidationException;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.person.PersonChoice;
import org.inclusio.logic.person.PersonDirectory;
import org.inclusio.logic.task.BackgroundTask;
import org.inclusio.logic.task.TaskExecutor;
import org.inclusio.logic.team.LayMemberDraft;
import org.inclusio.logic.team.ProfessionalDraft;
import org.inclusio.logic.team.ReferenceShareDraft;
import org.inclusio.logic.team.TeamActivityRow;
import org.inclusio.logic.team.TeamDraft;
import org.inclusio.logic.team.TeamService;
import org.inclusio.logic.team.TeamValidator;
import org.inclusio.logic.trash.TrashKind;
import org.inclusio.logic.trash.TrashService;
import org.inclusio.model.PersonRole;
import org.inclusio.model.RecruitmentRoute;

/**
 * The team editor's state: a copy of one process team (details, professional and lay members,
 * reference shares) as properties, validated as the user types, saved in one piece (refused when
 * someone else saved first), or reset to what is stored; plus the team's activities, read only.
 */
public final class TeamEditorViewModel implements RecordEditor {

    /** The form's fields that can carry a message. */
    public static final List<String> FIELDS = List.of("name", "patientGroupServed", "description", "professionals",
            "layMembers", "referenceShares");

    private final TeamService teams;
    private final PersonDirectory people;
    private final TrashService trash;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Localization l10n;
    private final TeamValidator validator;

    private final BooleanProperty editing = new SimpleBooleanProperty(false);
    private UUID id;
    private final javafx.beans.property.ObjectProperty<UUID> storedId =
            new javafx.beans.property.SimpleObjectProperty<>();
    private long version;
    private TeamDraft baseline;

    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<Choice> organisation = new SimpleObjectProperty<>();
    private final StringProperty patientGroupServed = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final ObservableList<ProfessionalRow> professionals =
            FXCollections.observableArrayList(ProfessionalRow::observables);
    private final ObservableList<LayMemberRow> layMembers = FXCollections.observableArrayList(LayMemberRow::observables);
    private final ObservableList<ShareRow> shares = FXCollections.observableArrayList(ShareRow::observables);
    private final ObservableList<TeamActivityRow> activities = FXCollections.observableArrayList();

    private final Map<String, StringProperty> errors = new HashMap<>();
    private final BooleanProperty valid = new SimpleBooleanProperty(true);
    private final BooleanProperty dirty = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty heading = new SimpleStringProperty("");
    private final org.inclusio.gui.util.EditPermission permission = new org.inclusio.gui.util.EditPermission();
    private final StringProperty layWarning = new SimpleStringProperty("");
    private final ObservableList<Choice> organisationChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice> groupChoices = FXCollections.observableArrayList();
    private Consumer<UUID> onSaved = saved -> { };
    private Runnable onDeleted = () -> { };
    private final java.util.List<Runnable> changeListeners = new java.util.ArrayList<>();
    private boolean loading;

    public TeamEditorViewModel(TeamService teams, PersonDirectory people, TrashService trash, TaskExecutor executor,
                               DialogService dialogs, Localization l10n) {
        this.teams = teams;
        this.people = people;
        this.trash = trash;
        this.executor = executor;
        this.dialogs = dialogs;
        this.l10n = l10n;
        this.validator = new TeamValidator(l10n);
        for (String field : FIELDS) {
            errors.put(field, new SimpleStringProperty(""));
        }
        for (Observable observable : new Observable[] {name, organisation, patientGroupServed, description,
            professionals, layMembers, shares}) {
            observable.addListener(o -> changed());
        }
    }

    /** Called after a save with the saved team's id, and after a delete. */
    /** Also tells the listener after every save or delete, so the window's counts and flags follow. */
    public void addChangeListener(Runnable listener) {
        changeListeners.add(java.util.Objects.requireNonNull(listener));
    }

    /**
     * Limits changes to what the user's account may do (a store on a region's server); without this call
     * every record may be changed.
     */
    public void setPermissions(org.inclusio.logic.security.Permissions permissions) {
        permission.allowWhen(() -> permissions.mayCoordinate(id));
        editing.addListener((observable, was, now) -> permission.update(now));
        permission.update(editing.get());
    }

    /** True while the form shows a record the user's account may read but not change. */
    public ReadOnlyBooleanProperty readOnlyProperty() {
        return permission.readOnlyProperty();
    }

    /** The heading as shown: marked when the record may only be read. */
    public javafx.beans.binding.StringBinding shownHeadingProperty() {
        return permission.heading(heading, l10n);
    }

    public void setListeners(Consumer<UUID> onSaved, Runnable onDeleted) {
        this.onSaved = onSaved;
        this.onDeleted = onDeleted;
    }

    /** The choices the form's pick lists offer. */
    public void setChoices(List<Choice> organisations, List<Choice> groups) {
        organisationChoices.setAll(organisations);
        groupChoices.setAll(groups);
        if (organisation.get() != null) {
            organisation.set(Choice.find(organisationChoices, organisation.get().id()));
        }
    }

    /** Starts a new, empty team. */
    public void newTeam() {
        show(TeamDraft.blank(), List.of());
    }

    /** Opens a stored team with its activities, reading them off the FX thread. */
    public void open(UUID teamId) {
        executor.execute(BackgroundTask.of(l10n.text("team.task.open"), task -> teams.load(teamId)
                        .map(draft -> new Opened(draft, teams.activities(teamId))))
                .onSuccess(found -> found.ifPresentOrElse(opened -> show(opened.draft(), opened.activities()), () -> {
                    dialogs.notify(l10n.text("team.gone"));
                    clear();
                })));
    }

    private record Opened(TeamDraft draft, List<TeamActivityRow> activities) {
    }

    /** Shows a draft in the form; the form is clean afterwards. */
    public void show(TeamDraft draft, List<TeamActivityRow> teamActivities) {
        loading = true;
        try {
            id = draft.id();
            storedId.set(id);
            version = draft.version();
            name.set(draft.name());
            organisation.set(Choice.find(organisationChoices, draft.organisationId()));
            patientGroupServed.set(Objects.requireNonNullElse(draft.patientGroupServed(), ""));
            description.set(Objects.requireNonNullElse(draft.description(), ""));
            professionals.setAll(draft.professionals().stream().map(ProfessionalRow::new).toList());
            layMembers.setAll(draft.layMembers().stream().map(LayMemberRow::new).toList());
            shares.setAll(draft.referenceShares().stream()
                    .map(share -> new ShareRow(share, Choice.find(groupChoices, share.groupId()))).toList());
            activities.setAll(teamActivities);
            editing.set(true);
        } finally {
            loading = false;
        }
        baseline = toDraft();
        heading.set(draft.isNew() ? l10n.text("team.heading.new") : draft.name());
        permission.update(editing.get());
        changed();
    }

    /**
     * A team's unsaved work carried into a new editor: the record as stored and as typed, the team's activities,
     * and each reference share's percentage and year as typed (a draft holds only what they parse to).
     */
    public record CarriedTeam(org.inclusio.gui.util.UnsavedWork<TeamDraft> work, List<TeamActivityRow> activities,
                              List<String> sharePercents, List<String> shareYears) {
    }

    /** The form's unsaved work, to carry into a new editor; empty when nothing is unsaved. */
    public java.util.Optional<CarriedTeam> unsavedWork() {
        if (!editing.get() || baseline == null || !dirty.get()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new CarriedTeam(new org.inclusio.gui.util.UnsavedWork<>(baseline, toDraft()),
                List.copyOf(activities), shares.stream().map(row -> row.percentProperty().get()).toList(),
                shares.stream().map(row -> row.yearProperty().get()).toList()));
    }

    /**
     * Shows work carried over from another editor: the form holds what was typed and stays unsaved against
     * the stored record. The pick lists must hold the carried record's choices ({@link #setChoices}) first.
     */
    public void resume(CarriedTeam carried) {
        show(carried.work().current(), carried.activities());
        for (int i = 0; i < shares.size() && i < carried.sharePercents().size(); i++) {
            shares.get(i).percentProperty().set(carried.sharePercents().get(i));
            shares.get(i).yearProperty().set(carried.shareYears().get(i));
        }
        baseline = carried.work().stored();
        heading.set(baseline.isNew() ? l10n.text("team.heading.new") : baseline.name());
        changed();
    }

    /** Empties the form (nothing selected). */
    public void clear() {
        editing.set(false);
        baseline = null;
        id = null;
        storedId.set(null);
        dirty.set(false);
        heading.set("");
        activities.clear();
    }

    /** The form's current content as a draft. */
    public TeamDraft toDraft() {
        return new TeamDraft(id, version, name.get(), organisation.get() == null ? null : organisation.get().id(),
                patientGroupServed.get(), description.get(),
                professionals.stream().map(ProfessionalRow::toDraft).toList(),
                layMembers.stream().map(LayMemberRow::toDraft).toList(),
                shares.stream().map(ShareRow::toDraft).toList());
    }

    private void changed() {
        if (loading || !editing.get()) {
            return;
        }
        TeamDraft draft = toDraft();
        Map<UUID, PersonRole> roles = new HashMap<>();
        professionals.forEach(row -> roles.put(row.personId(), PersonRole.PROFESSIONAL));
        layMembers.forEach(row -> roles.putIfAbsent(row.personId(), row.role()));
        Map<String, String> messages = new HashMap<>();
        for (FieldProblem problem : validator.validate(draft, roles::get, LocalDate.now())) {
            messages.merge(problem.field(), problem.message(), (a, b) -> a + "\n" + b);
        }
        errors.forEach((field, property) -> property.set(messages.getOrDefault(field, "")));
        valid.set(messages.isEmpty());
        dirty.set(baseline != null && !draft.equals(baseline));
        long currentLay = layMembers.stream().filter(row -> row.leftOnProperty().get() == null
                || row.leftOnProperty().get().isAfter(LocalDate.now())).count();
        layWarning.set(currentLay < 2 && !professionals.isEmpty() ? l10n.text("team.lay.tokenism", currentLay) : "");
    }

    /** Saves the form in the background; on success the form shows the team as stored. */
    public void save() {
        if (!editing.get() || !valid.get() || busy.get()) {
            return;
        }
        TeamDraft draft = toDraft();
        List<TeamActivityRow> shown = List.copyOf(activities);
        busy.set(true);
        executor.execute(BackgroundTask.of(l10n.text("team.task.save"), task -> teams.save(draft))
                .onSuccess(saved -> {
                    busy.set(false);
                    show(saved, shown);
                    dialogs.notify(l10n.text("team.saved", saved.name()));
                    onSaved.accept(saved.id());
                    changeListeners.forEach(Runnable::run);
                })
                .onFailure(this::saveFailed));
    }

    private void saveFailed(Throwable failure) {
        busy.set(false);
        if (failure instanceof EditConflictException) {
            boolean reload = dialogs.confirm(l10n.text("team.conflict.title"), l10n.text("team.conflict.message"),
                    l10n.text("team.conflict.reload"));
            if (reload) {
                if (id == null) {
                    clear();
                } else {
                    open(id);
                }
            }
        } else if (failure instanceof ValidationException invalid) {
            dialogs.showError(l10n.text("team.invalid.title"), invalid.getMessage());
        } else {
            dialogs.showUnexpectedError(failure);
        }
    }

    /** Puts the form back to what is stored. */
    public void reset() {
        if (baseline != null) {
            show(baseline, List.copyOf(activities));
        }
    }

    /** Moves the team to the trash after asking. */
    public void delete() {
        if (id == null) {
            clear();
            return;
        }
        UUID toDelete = id;
        if (!dialogs.confirm(l10n.text("team.delete.title"), l10n.text("team.delete.message", name.get()),
                l10n.text("team.delete.confirm"))) {
            return;
        }
        executor.execute(BackgroundTask.of(l10n.text("team.task.delete"), task -> {
            trash.moveToTrash(TrashKind.PROCESS_TEAM, toDelete);
            return toDelete;
        }).onSuccess(deleted -> {
            clear();
            dialogs.notify(l10n.text("team.deleted"));
            onDeleted.run();
            changeListeners.forEach(Runnable::run);
        }));
    }

    /** Adds professionals by code (separated by spaces, commas or semicolons); others are reported. */
    public void addProfessionals(String codes) {
        addPeople(codes, true);
    }

    /** Adds lay members by code (separated by spaces, commas or semicolons); others are reported. */
    public void addLayMembers(String codes) {
        addPeople(codes, false);
    }

    private void addPeople(String codes, boolean asProfessionals) {
        List<String> wanted = new ArrayList<>();
        for (String code : codes.split("[\\s,;]+")) {
            if (!code.isBlank()) {
                wanted.add(code.trim());
            }
        }
        if (wanted.isEmpty() || !editing.get()) {
            return;
        }
        executor.execute(BackgroundTask.of(l10n.text("team.task.findPeople"), task -> {
            List<PersonChoice> found = new ArrayList<>();
            List<String> unknown = new ArrayList<>();
            for (String code : wanted) {
                people.find(code, 20).stream()
                        .filter(choice -> choice.code().equalsIgnoreCase(code))
                        .findFirst()
                        .ifPresentOrElse(found::add, () -> unknown.add(code));
            }
            return new FoundPeople(found, unknown,
                    teams.recruitmentRoutes(found.stream().map(PersonChoice::id).toList()));
        }).onSuccess(result -> added(result, asProfessionals)));
    }

    private void added(FoundPeople result, boolean asProfessionals) {
        Set<UUID> present = new HashSet<>();
        professionals.forEach(row -> present.add(row.personId()));
        layMembers.forEach(row -> present.add(row.personId()));
        List<String> problems = new ArrayList<>();
        for (PersonChoice person : result.found()) {
            boolean professional = person.role() == PersonRole.PROFESSIONAL;
            if (asProfessionals && !professional) {
                problems.add(l10n.text("team.invalid.notProfessional", person.code(), l10n.label(person.role())));
            } else if (!asProfessionals && professional) {
                problems.add(l10n.text("team.invalid.notLay", person.code()));
            } else if (!present.add(person.id())) {
                problems.add(l10n.text("team.invalid.duplicateMember", person.code()));
            } else if (asProfessionals) {
                professionals.add(new ProfessionalRow(new ProfessionalDraft(person.id(), person.code(), null, null,
                        null, LocalDate.now(), null)));
            } else {
                layMembers.add(new LayMemberRow(new LayMemberDraft(person.id(), person.code(), person.role(),
                        result.routes().get(person.id()), LocalDate.now(), null)));
            }
        }
        if (!result.unknown().isEmpty()) {
            problems.add(l10n.text("team.unknownPeople.message", String.join(", ", result.unknown())));
        }
        if (!problems.isEmpty()) {
            dialogs.showError(l10n.text("team.addPeople.title"), String.join("\n", problems));
        }
    }

    private record FoundPeople(List<PersonChoice> found, List<String> unknown,
                               Map<UUID, RecruitmentRoute> routes) {
    }

    /** Adds an empty reference share for this year and returns it for editing. */
    public ShareRow addShare() {
        ShareRow row = new ShareRow(new ReferenceShareDraft(null, null, null, LocalDate.now().getYear()), null);
        shares.add(row);
        return row;
    }

    @Override
    public boolean hasUnsavedChanges() {
        return dirty.get();
    }

    @Override
    public String description() {
        return l10n.text("team.record", name.get());
    }

    public ReadOnlyStringProperty errorProperty(String field) {
        return errors.get(field);
    }

    public BooleanBinding canSaveProperty() {
        return Bindings.createBooleanBinding(() -> editing.get() && valid.get() && dirty.get() && !busy.get()
                && !permission.isReadOnly(), editing, valid, dirty, busy, permission.readOnlyProperty());
    }

    public ReadOnlyBooleanProperty editingProperty() {
        return editing;
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty;
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading;
    }

    /** A warning when fewer than two lay members sit with the professionals (tokenism), else empty. */
    public ReadOnlyStringProperty layWarningProperty() {
        return layWarning;
    }

    /** The id of the stored team shown, null while the form holds a new team. */
    public javafx.beans.property.ReadOnlyObjectProperty<UUID> storedIdProperty() {
        return storedId;
    }

    public UUID id() {
        return id;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<Choice> organisationProperty() {
        return organisation;
    }

    public StringProperty patientGroupServedProperty() {
        return patientGroupServed;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public ObservableList<ProfessionalRow> professionals() {
        return professionals;
    }

    public ObservableList<LayMemberRow> layMembers() {
        return layMembers;
    }

    public ObservableList<ShareRow> shares() {
        return shares;
    }

    public ObservableList<TeamActivityRow> activities() {
        return activities;
    }

    public ObservableList<Choice> organisationChoices() {
        return organisationChoices;
    }

    public ObservableList<Choice> groupChoices() {
        return groupChoices;
    }
}
