package org.inclusio.gui.activity;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.inclusio.gui.dialog.DialogService;
import org.inclusio.gui.util.RecordEditor;
import org.inclusio.logic.activity.ActivityDraft;
import org.inclusio.logic.activity.ActivityService;
import org.inclusio.logic.activity.ActivityValidator;
import org.inclusio.logic.activity.ParticipationDraft;
import org.inclusio.logic.activity.ProposalDraft;
import org.inclusio.logic.common.Choice;
import org.inclusio.logic.edit.EditConflictException;
import org.inclusio.logic.edit.FieldProblem;
import org.inclusio.logic.edit.ValidationException;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.person.PersonChoice;
import org.inclusio.logic.person.PersonDirectory;
import org.inclusio.logic.task.BackgroundTask;
import org.inclusio.logic.task.TaskExecutor;
import org.inclusio.logic.trash.TrashKind;
import org.inclusio.logic.trash.TrashService;
import org.inclusio.model.ExpectedRole;
import org.inclusio.model.Level;
import org.inclusio.model.Mode;
import org.inclusio.model.ProposalOutcome;
import org.inclusio.model.ReasonForCoproducing;
import org.inclusio.model.TemporalNature;
import org.inclusio.model.VoiceOrAction;

/**
 * The activity editor's state: a copy of one activity as properties, validated as the user
 * types, saved in one piece (refused when someone else saved first), or reset to what is stored.
 */
public final class ActivityEditorViewModel implements RecordEditor {

    /** The form's fields that can carry a message. */
    public static final List<String> FIELDS = List.of("title", "heldOn", "startTime", "durationMinutes",
            "anonymousParticipants", "mode",
            "level", "place", "purpose", "topicsAvoided", "notes", "participations", "proposals");

    private final ActivityService activities;
    private final PersonDirectory people;
    private final TrashService trash;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Localization l10n;
    private final ActivityValidator validator;

    private final BooleanProperty editing = new SimpleBooleanProperty(false);
    private final ObjectProperty<UUID> storedId = new SimpleObjectProperty<>();
    private UUID id;
    private long version;
    private ActivityDraft baseline;

    private final StringProperty title = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> heldOn = new SimpleObjectProperty<>();
    private final StringProperty startTime = new SimpleStringProperty("");
    private final StringProperty duration = new SimpleStringProperty("");
    private final StringProperty anonymousParticipants = new SimpleStringProperty("0");
    private final javafx.beans.property.BooleanProperty talkCounted = new javafx.beans.property.SimpleBooleanProperty(true);
    private final StringProperty place = new SimpleStringProperty("");
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>();
    private final ObjectProperty<Level> level = new SimpleObjectProperty<>();
    private final ObjectProperty<TemporalNature> temporalNatureOverride = new SimpleObjectProperty<>();
    private final ObjectProperty<VoiceOrAction> contributionOverride = new SimpleObjectProperty<>();
    private final StringProperty purpose = new SimpleStringProperty("");
    private final ObservableSet<ReasonForCoproducing> reasons = FXCollections.observableSet();
    private final ObjectProperty<Choice> team = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice> organisation = new SimpleObjectProperty<>();
    private final ObjectProperty<ExpectedRole> expectedRole = new SimpleObjectProperty<>();
    private final StringProperty topicsAvoided = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final ObservableSet<UUID> barriersObserved = FXCollections.observableSet();
    private final ObservableSet<UUID> accommodationsGiven = FXCollections.observableSet();
    private final ObservableList<ParticipantRow> participants =
            FXCollections.observableArrayList(ParticipantRow::observables);
    private final ObservableList<ProposalRow> proposals = FXCollections.observableArrayList(ProposalRow::observables);

    private final Map<String, StringProperty> errors = new HashMap<>();
    private final BooleanProperty valid = new SimpleBooleanProperty(true);
    private final BooleanProperty dirty = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty participantsStatus = new SimpleStringProperty("");
    private final StringProperty heading = new SimpleStringProperty("");
    private final org.inclusio.gui.util.EditPermission permission = new org.inclusio.gui.util.EditPermission();
    private final ObservableList<Choice> teamChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice> organisationChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice> barrierChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice> accommodationChoices = FXCollections.observableArrayList();
    private Consumer<UUID> onSaved = saved -> { };
    private Runnable onDeleted = () -> { };
    private final java.util.List<Runnable> changeListeners = new java.util.ArrayList<>();
    private final ParticipantPicker picker;
    private boolean loading;

    public ActivityEditorViewModel(ActivityService activities, PersonDirectory people, TrashService trash,
                                   TaskExecutor executor, DialogService dialogs, Localization l10n) {
        this.activities = activities;
        this.people = people;
        this.trash = trash;
        this.executor = executor;
        this.dialogs = dialogs;
        this.l10n = l10n;
        this.validator = new ActivityValidator(l10n);
        this.picker = new ParticipantPicker(people, executor, l10n, heldOn::get, this::isListed, this::addPicked);
        for (String field : FIELDS) {
            errors.put(field, new SimpleStringProperty(""));
        }
        Observable[] everything = {title, heldOn, startTime, duration, anonymousParticipants, talkCounted, place, mode, level,
            temporalNatureOverride,
            contributionOverride, purpose, reasons, team, organisation, expectedRole, topicsAvoided, notes,
            barriersObserved, accommodationsGiven, participants, proposals};
        for (Observable observable : everything) {
            observable.addListener(o -> changed());
        }
    }

    /** Called after a save with the saved activity's id, and after a delete. */
    /** Also tells the listener after every save or delete, so the window's counts and flags follow. */
    public void addChangeListener(Runnable listener) {
        changeListeners.add(java.util.Objects.requireNonNull(listener));
    }

    /**
     * Limits changes to what the user's account may do (a store on a region's server); without this call
     * every record may be changed.
     */
    public void setPermissions(org.inclusio.logic.security.Permissions permissions) {
        permission.allowWhen(() -> permissions.mayRecord(team.get() == null ? null : team.get().id(), id == null));
        editing.addListener((observable, was, now) -> permission.update(now));
        team.addListener((observable, was, now) -> permission.update(editing.get()));
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
    public void setChoices(List<Choice> teams, List<Choice> organisations, List<Choice> barriers,
                           List<Choice> accommodations) {
        teamChoices.setAll(teams);
        organisationChoices.setAll(organisations);
        barrierChoices.setAll(barriers);
        accommodationChoices.setAll(accommodations);
    }

    /** Starts a new activity dated today. */
    public void newActivity() {
        show(ActivityDraft.blank(LocalDate.now()));
    }

    /** Opens a stored activity, reading it off the FX thread. */
    public void open(UUID activityId) {
        executor.execute(BackgroundTask.of(l10n.text("activity.task.open"), task -> activities.load(activityId))
                .onSuccess(found -> found.ifPresentOrElse(this::show, () -> {
                    dialogs.notify(l10n.text("activity.gone"));
                    clear();
                })));
    }

    /** Shows a draft in the form; the form is clean afterwards. */
    public void show(ActivityDraft draft) {
        loading = true;
        try {
            id = draft.id();
            storedId.set(id);
            version = draft.version();
            title.set(draft.title());
            heldOn.set(draft.heldOn());
            startTime.set(draft.startTime() == null ? "" : draft.startTime().toString());
            duration.set(String.valueOf(draft.durationMinutes()));
            anonymousParticipants.set(String.valueOf(draft.anonymousParticipants()));
            talkCounted.set(draft.talkCounted());
            place.set(Objects.requireNonNullElse(draft.place(), ""));
            mode.set(draft.mode());
            level.set(draft.level());
            temporalNatureOverride.set(draft.temporalNatureOverride());
            contributionOverride.set(draft.contributionOverride());
            purpose.set(Objects.requireNonNullElse(draft.purpose(), ""));
            reasons.clear();
            reasons.addAll(draft.reasons());
            team.set(Choice.find(teamChoices, draft.teamId()));
            organisation.set(Choice.find(organisationChoices, draft.organisationId()));
            expectedRole.set(draft.expectedRole());
            topicsAvoided.set(Objects.requireNonNullElse(draft.topicsAvoided(), ""));
            notes.set(Objects.requireNonNullElse(draft.notes(), ""));
            barriersObserved.clear();
            barriersObserved.addAll(draft.barriersObserved());
            accommodationsGiven.clear();
            accommodationsGiven.addAll(draft.accommodationsGiven());
            participants.setAll(draft.participations().stream().map(ParticipantRow::new).toList());
            participantsStatus.set("");
            proposals.setAll(draft.proposals().stream().map(ProposalRow::new).toList());
            editing.set(true);
        } finally {
            loading = false;
        }
        baseline = toDraft();
        heading.set(draft.isNew() ? l10n.text("activity.heading.new") : draft.title());
        permission.update(editing.get());
        changed();
        readRoles(List.copyOf(participants));
    }

    /** Reads the roles of the given rows' people off the FX thread, for the lay or staff column. */
    private void readRoles(List<ParticipantRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        List<UUID> ids = rows.stream().map(ParticipantRow::personId).toList();
        executor.execute(BackgroundTask.of(l10n.text("activity.task.roles"), task -> people.roles(ids))
                .onSuccess(roles -> rows.forEach(row -> row.roleProperty().set(roles.get(row.personId())))));
    }

    /**
     * An activity's unsaved work carried into a new editor: the record as stored and as typed, and the number
     * and time fields as typed (a draft holds only what they parse to).
     */
    public record CarriedActivity(org.inclusio.gui.util.UnsavedWork<ActivityDraft> work, String startTime,
                                  String duration, String anonymousParticipants) {
    }

    /** The form's unsaved work, to carry into a new editor; empty when nothing is unsaved. */
    public java.util.Optional<CarriedActivity> unsavedWork() {
        if (!editing.get() || baseline == null || !dirty.get()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new CarriedActivity(new org.inclusio.gui.util.UnsavedWork<>(baseline, toDraft()),
                startTime.get(), duration.get(), anonymousParticipants.get()));
    }

    /**
     * Shows work carried over from another editor: the form holds what was typed and stays unsaved against
     * the stored record, so Save, Reset and the question before leaving work as they did there. The pick
     * lists must hold the carried record's team and organisation ({@link #setChoices}) first.
     */
    public void resume(CarriedActivity carried) {
        show(carried.work().current());
        loading = true;
        try {
            startTime.set(carried.startTime());
            duration.set(carried.duration());
            anonymousParticipants.set(carried.anonymousParticipants());
        } finally {
            loading = false;
        }
        baseline = carried.work().stored();
        heading.set(baseline.isNew() ? l10n.text("activity.heading.new") : baseline.title());
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
    }

    /** The form's current content as a draft. */
    public ActivityDraft toDraft() {
        return new ActivityDraft(id, version, title.get(), heldOn.get(), parseTime(startTime.get()),
                parseDuration(duration.get()), parseCount(anonymousParticipants.get()), place.get(), mode.get(),
                level.get(), temporalNatureOverride.get(),
                contributionOverride.get(), purpose.get(), new HashSet<>(reasons), Choice.idOf(team.get()),
                Choice.idOf(organisation.get()), expectedRole.get(), topicsAvoided.get(), notes.get(),
                new HashSet<>(barriersObserved), new HashSet<>(accommodationsGiven),
                participants.stream().map(ParticipantRow::toDraft).toList(),
                proposals.stream().map(ProposalRow::toDraft).toList(), talkCounted.get());
    }

    private void changed() {
        if (loading || !editing.get()) {
            return;
        }
        ActivityDraft draft = toDraft();
        Map<String, String> messages = new HashMap<>();
        for (FieldProblem problem : validator.validate(draft)) {
            messages.merge(problem.field(), problem.message(), (a, b) -> a + "\n" + b);
        }
        if (!startTime.get().isBlank() && draft.startTime() == null) {
            messages.put("startTime", l10n.text("activity.invalid.startTime"));
        }
        if (parseDuration(duration.get()) < 0) {
            messages.put("durationMinutes", l10n.text("activity.invalid.durationNumber"));
        }
        if (parseCount(anonymousParticipants.get()) < 0) {
            messages.put("anonymousParticipants", l10n.text("activity.invalid.anonymousNumber"));
        }
        errors.forEach((field, property) -> property.set(messages.getOrDefault(field, "")));
        valid.set(messages.isEmpty());
        dirty.set(baseline != null && !draft.equals(baseline));
    }

    /** Saves the form in the background; on success the form shows the activity as stored. */
    public void save() {
        if (!editing.get() || !valid.get() || busy.get()) {
            return;
        }
        ActivityDraft draft = toDraft();
        busy.set(true);
        executor.execute(BackgroundTask.of(l10n.text("activity.task.save"), task -> activities.save(draft))
                .onSuccess(saved -> {
                    busy.set(false);
                    show(saved);
                    dialogs.notify(l10n.text("activity.saved", saved.title()));
                    onSaved.accept(saved.id());
                    changeListeners.forEach(Runnable::run);
                })
                .onFailure(this::saveFailed));
    }

    private void saveFailed(Throwable failure) {
        busy.set(false);
        if (failure instanceof EditConflictException) {
            boolean reload = dialogs.confirm(l10n.text("activity.conflict.title"),
                    l10n.text("activity.conflict.message"), l10n.text("activity.conflict.reload"));
            if (reload) {
                if (id == null) {
                    clear();
                } else {
                    open(id);
                }
            }
        } else if (failure instanceof ValidationException invalid) {
            dialogs.showError(l10n.text("activity.invalid.title"), invalid.getMessage());
        } else {
            dialogs.showUnexpectedError(failure);
        }
    }

    /** Puts the form back to what is stored. */
    public void reset() {
        if (baseline != null) {
            show(baseline);
        }
    }

    /** Moves the activity to the trash after asking. */
    public void delete() {
        if (id == null) {
            clear();
            return;
        }
        UUID toDelete = id;
        if (!dialogs.confirm(l10n.text("activity.delete.title"), l10n.text("activity.delete.message", title.get()),
                l10n.text("activity.delete.confirm"))) {
            return;
        }
        executor.execute(BackgroundTask.of(l10n.text("activity.task.delete"), task -> {
            trash.moveToTrash(TrashKind.ACTIVITY, toDelete);
            return toDelete;
        }).onSuccess(deleted -> {
            clear();
            dialogs.notify(l10n.text("activity.deleted"));
            onDeleted.run();
            changeListeners.forEach(Runnable::run);
        }));
    }

    /**
     * Adds the people with the given codes (separated by spaces, commas or semicolons) as
     * participants, invited on the activity's day; unknown codes are reported, known ones added once.
     */
    public void addParticipants(String codes) {
        List<String> wanted = new ArrayList<>();
        for (String code : codes.split("[\\s,;]+")) {
            if (!code.isBlank()) {
                wanted.add(code.trim());
            }
        }
        if (wanted.isEmpty() || !editing.get()) {
            return;
        }
        executor.execute(BackgroundTask.of(l10n.text("activity.task.findPeople"), task -> {
            List<PersonChoice> found = new ArrayList<>();
            List<String> unknown = new ArrayList<>();
            for (String code : wanted) {
                people.find(code, 20).stream()
                        .filter(choice -> choice.code().equalsIgnoreCase(code))
                        .findFirst()
                        .ifPresentOrElse(found::add, () -> unknown.add(code));
            }
            return new FoundPeople(found, unknown);
        }).onSuccess(result -> {
            Set<UUID> present = new HashSet<>();
            participants.forEach(row -> present.add(row.personId()));
            for (PersonChoice person : result.found()) {
                if (present.add(person.id())) {
                    participants.add(invitee(person));
                }
            }
            if (!result.unknown().isEmpty()) {
                dialogs.showError(l10n.text("activity.unknownPeople.title"),
                        l10n.text("activity.unknownPeople.message", String.join(", ", result.unknown())));
            }
        }));
    }

    /** The picker that finds people to add by code, role and team. */
    public ParticipantPicker picker() {
        return picker;
    }

    /**
     * Enter in the picker's field: adds the person chosen among those found for the text as it
     * stands; otherwise reads the text as codes (several may be typed) and adds those people.
     */
    public void enterInPicker() {
        if (!editing.get() || picker.accept()) {
            return;
        }
        String codes = picker.textProperty().get();
        picker.textProperty().set("");
        addParticipants(codes);
    }

    private boolean isListed(UUID personId) {
        return participants.stream().anyMatch(row -> row.personId().equals(personId));
    }

    /** Adds the person found by the picker as invited, unless listed already; says which it was. */
    private boolean addPicked(org.inclusio.logic.person.PersonHit hit) {
        if (!editing.get()) {
            return false;
        }
        if (isListed(hit.id())) {
            participantsStatus.set(l10n.text("activity.picker.alreadyListed", hit.code()));
            return false;
        }
        participants.add(invitee(hit.choice()));
        participantsStatus.set(l10n.text("activity.picker.added", hit.code()));
        return true;
    }

    private ParticipantRow invitee(PersonChoice person) {
        ParticipantRow row = new ParticipantRow(ParticipationDraft.newInvitee(person.id(), person.code(), heldOn.get()));
        row.roleProperty().set(person.role());
        return row;
    }

    /**
     * Adds, as invited, every person who sits on the activity's team on the activity's day and is
     * not yet listed; the status line says how many were added.
     */
    public void addTeamMembers() {
        Choice chosenTeam = team.get();
        if (!editing.get() || chosenTeam == null) {
            return;
        }
        LocalDate day = heldOn.get() == null ? LocalDate.now() : heldOn.get();
        executor.execute(BackgroundTask.of(l10n.text("activity.task.teamMembers"),
                task -> people.teamMembers(chosenTeam.id(), day)).onSuccess(members -> {
                    Set<UUID> present = new HashSet<>();
                    participants.forEach(row -> present.add(row.personId()));
                    List<ParticipantRow> added = new ArrayList<>();
                    for (PersonChoice member : members) {
                        if (present.add(member.id())) {
                            added.add(invitee(member));
                        }
                    }
                    participants.addAll(added);
                    participantsStatus.set(members.isEmpty()
                            ? l10n.text("activity.participants.teamEmpty")
                            : l10n.text("activity.participants.teamAdded", added.size()));
                }));
    }

    /**
     * Records every listed person whose attendance is not yet recorded as attended; people recorded
     * as having declined or not come keep that record, and the status line says so.
     */
    public void markAllAttended() {
        if (!editing.get()) {
            return;
        }
        int marked = 0;
        int kept = 0;
        for (ParticipantRow row : participants) {
            if (row.attendanceProperty().get() == null) {
                row.markAttended();
                marked++;
            } else if (row.recordedAsAbsent()) {
                kept++;
            }
        }
        participantsStatus.set(kept == 0 ? l10n.text("activity.participants.markedAttended", marked)
                : l10n.text("activity.participants.markedAttendedKept", marked, kept));
    }

    /**
     * Counts a speaking turn for the person; someone recorded as not attending is recorded as
     * attended only when the user says so, and otherwise nothing is counted.
     */
    public void addSpeakingTurn(ParticipantRow row) {
        if (row != null && attendedOrConfirmed(row)) {
            row.addSpeakingTurn();
        }
    }

    /** Counts a question for the person, asking first like {@link #addSpeakingTurn(ParticipantRow)}. */
    public void addQuestion(ParticipantRow row) {
        if (row != null && attendedOrConfirmed(row)) {
            row.addQuestion();
        }
    }

    private boolean attendedOrConfirmed(ParticipantRow row) {
        if (!row.recordedAsAbsent()) {
            return true;
        }
        String recorded = l10n.label(row.attendanceProperty().get());
        boolean attend = dialogs.confirm(l10n.text("activity.participants.absentSpoke.title"),
                l10n.text("activity.participants.absentSpoke.message", row.personCode(), recorded),
                l10n.text("activity.participants.absentSpoke.attend"),
                l10n.text("activity.participants.absentSpoke.keep"));
        if (attend) {
            row.markAttended();
            participantsStatus.set(l10n.text("activity.participants.absentSpoke.attended", row.personCode()));
        } else {
            participantsStatus.set(l10n.text("activity.participants.absentSpoke.kept", row.personCode(), recorded));
        }
        return attend;
    }

    /** Whether the team's members can be added: an activity is open and has a team. */
    public BooleanBinding canAddTeamMembersProperty() {
        return Bindings.createBooleanBinding(() -> editing.get() && team.get() != null, editing, team);
    }

    /** What the last action on the participants did, in a sentence; empty when there is nothing to say. */
    public ReadOnlyStringProperty participantsStatusProperty() {
        return participantsStatus;
    }

    /** People that can be proposers: those recorded as attending. */
    public List<PersonChoice> attendees() {
        return participants.stream()
                .filter(row -> row.attendanceProperty().get() == org.inclusio.model.AttendanceStatus.ATTENDED)
                .map(row -> new PersonChoice(row.personId(), row.personCode(), null))
                .toList();
    }

    /** Adds an empty pending proposal and returns it for editing. */
    public ProposalRow addProposal() {
        ProposalRow row = new ProposalRow(new ProposalDraft(null, null, null, "", ProposalOutcome.PENDING, null, null));
        proposals.add(row);
        return row;
    }

    private record FoundPeople(List<PersonChoice> found, List<String> unknown) {
    }

    private static LocalTime parseTime(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(text.trim().length() == 4 ? "0" + text.trim() : text.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Minutes, or -1 when the text is not a whole number. */
    private static int parseDuration(String text) {
        try {
            return Integer.parseInt(text.trim().toLowerCase(Locale.ROOT).replace("min", "").trim());
        } catch (NumberFormatException | NullPointerException e) {
            return -1;
        }
    }

    /** A count of people, 0 when the text is empty, or -1 when it is not a whole number of at least 0. */
    private static int parseCount(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        try {
            return Math.max(-1, Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @Override
    public boolean hasUnsavedChanges() {
        return dirty.get();
    }

    @Override
    public String description() {
        return l10n.text("activity.record", title.get());
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

    public boolean isNew() {
        return id == null;
    }

    public UUID id() {
        return id;
    }

    /** The identity of the stored activity in the form; null while none is open or it is new. */
    public ReadOnlyObjectProperty<UUID> storedIdProperty() {
        return storedId;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<LocalDate> heldOnProperty() {
        return heldOn;
    }

    public StringProperty startTimeProperty() {
        return startTime;
    }

    public StringProperty durationProperty() {
        return duration;
    }

    /** People who took part without being in the register, as the user typed the number. */
    /** Whether speaking turns and questions were counted at this activity. */
    public javafx.beans.property.BooleanProperty talkCountedProperty() {
        return talkCounted;
    }

    public StringProperty anonymousParticipantsProperty() {
        return anonymousParticipants;
    }

    public StringProperty placeProperty() {
        return place;
    }

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    public ObjectProperty<Level> levelProperty() {
        return level;
    }

    public ObjectProperty<TemporalNature> temporalNatureOverrideProperty() {
        return temporalNatureOverride;
    }

    public ObjectProperty<VoiceOrAction> contributionOverrideProperty() {
        return contributionOverride;
    }

    public StringProperty purposeProperty() {
        return purpose;
    }

    public ObservableSet<ReasonForCoproducing> reasons() {
        return reasons;
    }

    public ObjectProperty<Choice> teamProperty() {
        return team;
    }

    public ObjectProperty<Choice> organisationProperty() {
        return organisation;
    }

    public ObjectProperty<ExpectedRole> expectedRoleProperty() {
        return expectedRole;
    }

    public StringProperty topicsAvoidedProperty() {
        return topicsAvoided;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public ObservableSet<UUID> barriersObserved() {
        return barriersObserved;
    }

    public ObservableSet<UUID> accommodationsGiven() {
        return accommodationsGiven;
    }

    public ObservableList<ParticipantRow> participants() {
        return participants;
    }

    public ObservableList<ProposalRow> proposals() {
        return proposals;
    }

    public ObservableList<Choice> teamChoices() {
        return teamChoices;
    }

    public ObservableList<Choice> organisationChoices() {
        return organisationChoices;
    }

    public ObservableList<Choice> barrierChoices() {
        return barrierChoices;
    }

    public ObservableList<Choice> accommodationChoices() {
        return accommodationChoices;
    }
}
