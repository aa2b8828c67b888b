package org.inclusio.gui.person;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import javafx.collections.ObservableSet;
import org.inclusio.gui.dialog.DialogService;
import org.inclusio.gui.util.RecordEditor;
import org.inclusio.logic.common.Choice;
import org.inclusio.logic.edit.EditConflictException;
import org.inclusio.logic.edit.FieldProblem;
import org.inclusio.logic.edit.ValidationException;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.person.ActivityTaken;
import org.inclusio.logic.person.ConsentDraft;
import org.inclusio.logic.person.IdentityDraft;
import org.inclusio.logic.person.PersonDraft;
import org.inclusio.logic.person.PersonHistory;
import org.inclusio.logic.person.PersonService;
import org.inclusio.logic.person.PersonValidator;
import org.inclusio.logic.person.TeamSeat;
import org.inclusio.logic.privacy.AccessWriter;
import org.inclusio.logic.privacy.ErasurePreview;
import org.inclusio.logic.privacy.PersonNotFoundException;
import org.inclusio.logic.privacy.PrivacyServices;
import org.inclusio.logic.privacy.RetentionService;
import org.inclusio.logic.task.BackgroundTask;
import org.inclusio.logic.task.TaskExecutor;
import org.inclusio.logic.trash.TrashKind;
import org.inclusio.logic.trash.TrashService;
import org.inclusio.model.ConsentScope;
import org.inclusio.model.EducationLevel;
import org.inclusio.model.PersonRole;
import org.inclusio.model.RecruitmentRoute;

/**
 * The person editor's state: a copy of one person as properties, validated as the user types,
 * saved in one piece (refused when someone else saved first), or reset to what is stored. Group
 * memberships can only be chosen while a consent is valid today; identifying details are read only
 * when the user asks to see them, and cleared from the form when hidden.
 */
public final class PersonEditorViewModel implements RecordEditor {

    /** The form's fields that can carry a message. */
    public static final List<String> FIELDS = List.of("code", "role", "association", "consents", "groups",
            "fullName", "email", "phone", "postalAddress");

    private final PersonService people;
    private final TrashService trash;
    private final PrivacyServices privacy;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Localization l10n;
    private final PersonValidator validator;

    private final BooleanProperty editing = new SimpleBooleanProperty(false);
    private UUID id;
    private long version;
    private PersonDraft baseline;
    private Map<UUID, UUID> groupConsents = Map.of();

    private final StringProperty code = new SimpleStringProperty("");
    private final ObjectProperty<PersonRole> role = new SimpleObjectProperty<>();
    private final ObjectProperty<RecruitmentRoute> route = new SimpleObjectProperty<>();
    private final BooleanProperty paid = new SimpleBooleanProperty(false);
    private final StringProperty association = new SimpleStringProperty("");
    private final BooleanProperty leadPatient = new SimpleBooleanProperty(false);
    private final ObjectProperty<EducationLevel> education = new SimpleObjectProperty<>();
    private final ObservableList<ConsentDraft> consents = FXCollections.observableArrayList();
    private final ObservableSet<UUID> groups = FXCollections.observableSet();
    private final ObjectProperty<LocalDate> newConsentDate = new SimpleObjectProperty<>();
    private final ObjectProperty<ConsentScope> newConsentScope =
            new SimpleObjectProperty<>(ConsentScope.EQUALITY_MONITORING);

    private final BooleanProperty identityShown = new SimpleBooleanProperty(false);
    private IdentityDraft identityBaseline;
    private final StringProperty fullName = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty postalAddress = new SimpleStringProperty("");

    private final ObservableList<ActivityTaken> activitiesTaken = FXCollections.observableArrayList();
    private final ObservableList<TeamSeat> teamSeats = FXCollections.observableArrayList();

    private final Map<String, StringProperty> errors = new HashMap<>();
    private final BooleanProperty valid = new SimpleBooleanProperty(true);
    private final BooleanProperty dirty = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanProperty consentValidToday = new SimpleBooleanProperty(false);
    private final StringProperty groupsNote = new SimpleStringProperty("");
    private final StringProperty heading = new SimpleStringProperty("");
    private final org.inclusio.gui.util.EditPermission permission = new org.inclusio.gui.util.EditPermission();
    private final ObservableList<Choice> groupChoices = FXCollections.observableArrayList();
    private Consumer<UUID> onSaved = saved -> { };
    private Runnable onDeleted = () -> { };
    private final java.util.List<Runnable> changeListeners = new java.util.ArrayList<>();
    private boolean loading;

    public PersonEditorViewModel(PersonService people, TrashService trash, PrivacyServices privacy,
                                 TaskExecutor executor, DialogService dialogs, Localization l10n) {
        this.people = people;
        this.trash = trash;
        this.privacy = privacy;
        this.executor = executor;
        this.dialogs = dialogs;
        this.l10n = l10n;
        this.validator = new PersonValidator(l10n);
        for (String field : FIELDS) {
            errors.put(field, new SimpleStringProperty(""));
        }
        Observable[] everything = {code, role, route, paid, association, leadPatient, education, consents, groups,
            identityShown, fullName, email, phone, postalAddress};
        for (Observable observable : everything) {
            observable.addListener(o -> changed());
        }
    }

    /** Called after a save with the saved person's id, and after a delete. */
    /** Also tells the listener after every save or delete, so the window's counts and flags follow. */
    public void addChangeListener(Runnable listener) {
        changeListeners.add(java.util.Objects.requireNonNull(listener));
    }

    /**
     * Limits changes to what the user's account may do (a store on a region's server); without this call
     * every record may be changed.
     */
    public void setPermissions(org.inclusio.logic.security.Permissions permissions) {
        permission.allowWhen(() -> permissions.records());
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

    /** The region's active disadvantaged groups, offered as memberships. */
    public void setGroupChoices(List<Choice> choices) {
        groupChoices.setAll(choices);
    }

    /** Starts a new person. */
    public void newPerson() {
        show(PersonDraft.blank(), new PersonHistory(List.of(), List.of()));
    }

    /** Opens a stored person with what they took part in, reading both off the FX thread. */
    public void open(UUID personId) {
        executor.execute(BackgroundTask.of(l10n.text("person.task.open"), task -> people.load(personId)
                        .map(draft -> new Loaded(draft, people.history(personId))))
                .onSuccess(found -> found.ifPresentOrElse(loaded -> show(loaded.draft(), loaded.history()), () -> {
                    dialogs.notify(l10n.text("person.gone"));
                    clear();
                })));
    }

    private record Loaded(PersonDraft draft, PersonHistory history) {
    }

    /** Shows a draft in the form, identifying details hidden; the form is clean afterwards. */
    public void show(PersonDraft draft, PersonHistory history) {
        loading = true;
        try {
            id = draft.id();
            version = draft.version();
            groupConsents = draft.groupConsents();
            code.set(draft.code());
            role.set(draft.role());
            route.set(draft.route());
            paid.set(draft.paid());
            association.set(draft.association() == null ? "" : draft.association());
            leadPatient.set(draft.leadPatient());
            education.set(draft.education());
            consents.setAll(draft.consents());
            groups.clear();
            groups.addAll(draft.groups());
            newConsentDate.set(LocalDate.now());
            newConsentScope.set(ConsentScope.EQUALITY_MONITORING);
            clearIdentity();
            activitiesTaken.setAll(history.activities());
            teamSeats.setAll(history.teams());
            editing.set(true);
        } finally {
            loading = false;
        }
        baseline = toDraft();
        heading.set(draft.isNew() ? l10n.text("person.heading.new") : l10n.text("person.heading", draft.code()));
        permission.update(editing.get());
        changed();
    }

    /**
     * A person's unsaved work carried into a new editor: the record as stored and as typed, what they took
     * part in, and the identifying details as read and as typed (both null while they are hidden).
     */
    public record CarriedPerson(org.inclusio.gui.util.UnsavedWork<PersonDraft> work, PersonHistory history,
                                IdentityDraft identityStored, IdentityDraft identityCurrent) {
    }

    /** The form's unsaved work, to carry into a new editor; empty when nothing is unsaved. */
    public java.util.Optional<CarriedPerson> unsavedWork() {
        if (!editing.get() || baseline == null || !dirty.get()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new CarriedPerson(new org.inclusio.gui.util.UnsavedWork<>(baseline, toDraft()),
                new PersonHistory(List.copyOf(activitiesTaken), List.copyOf(teamSeats)),
                identityShown.get() ? identityBaseline : null, identity()));
    }

    /**
     * Shows work carried over from another editor: the form holds what was typed (identifying details shown
     * again if they were) and stays unsaved against the stored record. The group choices come first
     * ({@link #setGroupChoices}).
     */
    public void resume(CarriedPerson carried) {
        show(carried.work().current(), carried.history());
        if (carried.identityStored() != null && carried.identityCurrent() != null) {
            showIdentity(carried.identityStored());
            IdentityDraft typed = carried.identityCurrent();
            fullName.set(typed.fullName());
            email.set(typed.email());
            phone.set(typed.phone());
            postalAddress.set(typed.postalAddress());
        }
        baseline = carried.work().stored();
        heading.set(baseline.isNew() ? l10n.text("person.heading.new") : l10n.text("person.heading", baseline.code()));
        changed();
    }

    /** Empties the form (nothing selected). */
    public void clear() {
        loading = true;
        try {
            clearIdentity();
        } finally {
            loading = false;
        }
        editing.set(false);
        baseline = null;
        id = null;
        dirty.set(false);
        heading.set("");
        activitiesTaken.clear();
        teamSeats.clear();
    }

    /** The form's current content as a draft (identifying details apart, see {@link #identity()}). */
    public PersonDraft toDraft() {
        return new PersonDraft(id, version, code.get(), role.get(), route.get(), paid.get(), association.get(),
                leadPatient.get(), education.get(), List.copyOf(consents), new HashSet<>(groups), groupConsents);
    }

    /** The identifying details in the form, or null while they are hidden (then they are left as stored). */
    public IdentityDraft identity() {
        return identityShown.get()
                ? new IdentityDraft(fullName.get(), email.get(), phone.get(), postalAddress.get()) : null;
    }

    private void changed() {
        if (loading || !editing.get()) {
            return;
        }
        PersonDraft draft = toDraft();
        LocalDate today = LocalDate.now();
        Map<String, String> messages = new HashMap<>();
        for (FieldProblem problem : validator.validate(draft, today)) {
            messages.merge(problem.field(), problem.message(), (a, b) -> a + "\n" + b);
        }
        IdentityDraft identity = identity();
        if (identity != null) {
            for (FieldProblem problem : validator.validate(identity)) {
                messages.merge(problem.field(), problem.message(), (a, b) -> a + "\n" + b);
            }
        }
        errors.forEach((field, property) -> property.set(messages.getOrDefault(field, "")));
        valid.set(messages.isEmpty());
        boolean consented = consents.stream().anyMatch(consent -> consent.isValidOn(today));
        consentValidToday.set(consented);
        groupsNote.set(consented ? "" : l10n.text("person.groups.needConsent"));
        boolean identityChanged = identity != null && !identity.equals(identityBaseline);
        dirty.set(baseline != null && (!draft.equals(baseline) || identityChanged));
    }

    /** Adds a consent given on the chosen day with the chosen scope. */
    public void addConsent() {
        if (!editing.get()) {
            return;
        }
        consents.add(new ConsentDraft(null, newConsentDate.get(), newConsentScope.get(), null));
    }

    /**
     * Withdraws a consent today after asking; the memberships recorded under it leave the form now
     * and the store on Save, in the same transaction as the withdrawal. A consent added in the form
     * and not yet saved is simply removed.
     */
    public void withdrawConsent(ConsentDraft consent) {
        int index = consents.indexOf(consent);
        if (index < 0 || consent.withdrawnOn() != null) {
            return;
        }
        LocalDate today = LocalDate.now();
        Set<UUID> recordedUnder = new HashSet<>();
        groupConsents.forEach((group, consentId) -> {
            if (consentId.equals(consent.id()) && groups.contains(group)) {
                recordedUnder.add(group);
            }
        });
        boolean lastValid = consents.stream().filter(c -> c != consent).noneMatch(c -> c.isValidOn(today));
        Set<UUID> leaving = new HashSet<>(lastValid ? groups : recordedUnder);
        if (!dialogs.confirm(l10n.text("person.withdraw.title"),
                l10n.text("person.withdraw.message", leaving.size()), l10n.text("person.withdraw.confirm"))) {
            return;
        }
        if (consent.id() == null) {
            consents.remove(index);
        } else {
            consents.set(index, consent.withdrawn(today));
        }
        groups.removeAll(leaving);
    }

    /** Reads and shows the identifying details, after the user confirmed they want to see them. */
    public void revealIdentity() {
        if (!editing.get() || identityShown.get()) {
            return;
        }
        if (!dialogs.confirm(l10n.text("person.identity.revealTitle"), l10n.text("person.identity.revealMessage"),
                l10n.text("person.identity.revealConfirm"))) {
            return;
        }
        UUID personId = id;
        if (personId == null) {
            showIdentity(IdentityDraft.empty());
            return;
        }
        executor.execute(BackgroundTask.of(l10n.text("person.task.identity"), task -> people.loadIdentity(personId))
                .onSuccess(identity -> {
                    if (personId.equals(id)) {
                        showIdentity(identity);
                    }
                }));
    }

    private void showIdentity(IdentityDraft identity) {
        loading = true;
        try {
            fullName.set(identity.fullName());
            email.set(identity.email());
            phone.set(identity.phone());
            postalAddress.set(identity.postalAddress());
            identityBaseline = identity;
            identityShown.set(true);
        } finally {
            loading = false;
        }
        changed();
    }

    /** Hides the identifying details and clears them from the form (asking first if they were changed). */
    public void hideIdentity() {
        IdentityDraft identity = identity();
        if (identity == null) {
            return;
        }
        if (!identity.equals(identityBaseline) && !dialogs.confirm(l10n.text("person.identity.hideTitle"),
                l10n.text("person.identity.hideMessage"), l10n.text("person.identity.hideConfirm"))) {
            return;
        }
        loading = true;
        try {
            clearIdentity();
        } finally {
            loading = false;
        }
        changed();
    }

    private void clearIdentity() {
        identityShown.set(false);
        identityBaseline = null;
        fullName.set("");
        email.set("");
        phone.set("");
        postalAddress.set("");
    }

    /** Saves the form in the background; on success the form shows the person as stored. */
    public void save() {
        if (!editing.get() || !valid.get() || busy.get()) {
            return;
        }
        PersonDraft draft = toDraft();
        IdentityDraft identity = identity();
        busy.set(true);
        executor.execute(BackgroundTask.of(l10n.text("person.task.save"), task -> {
            PersonDraft saved = people.save(draft, identity);
            return new Loaded(saved, people.history(saved.id()));
        }).onSuccess(loaded -> {
            busy.set(false);
            show(loaded.draft(), loaded.history());
            if (identity != null) {
                showIdentity(identity);
            }
            dialogs.notify(l10n.text("person.saved", loaded.draft().code()));
            onSaved.accept(loaded.draft().id());
            changeListeners.forEach(Runnable::run);
        }).onFailure(this::saveFailed));
    }

    private void saveFailed(Throwable failure) {
        busy.set(false);
        if (failure instanceof EditConflictException) {
            boolean reload = dialogs.confirm(l10n.text("person.conflict.title"),
                    l10n.text("person.conflict.message"), l10n.text("person.conflict.reload"));
            if (reload) {
                if (id == null) {
                    clear();
                } else {
                    open(id);
                }
            }
        } else if (failure instanceof ValidationException invalid) {
            for (FieldProblem problem : invalid.problems()) {
                StringProperty error = errors.get(problem.field());
                if (error != null) {
                    error.set(problem.message());
                }
            }
            valid.set(false);
            dialogs.showError(l10n.text("person.invalid.title"), invalid.getMessage());
        } else {
            dialogs.showUnexpectedError(failure);
        }
    }

    /** Puts the form back to what is stored (identifying details back to what was read, if shown). */
    public void reset() {
        if (baseline == null) {
            return;
        }
        IdentityDraft identity = identityShown.get() ? identityBaseline : null;
        show(baseline, new PersonHistory(List.copyOf(activitiesTaken), List.copyOf(teamSeats)));
        if (identity != null) {
            showIdentity(identity);
        }
    }

    /** Moves the person to the trash after asking. */
    public void delete() {
        if (id == null) {
            clear();
            return;
        }
        UUID toDelete = id;
        if (!dialogs.confirm(l10n.text("person.delete.title"), l10n.text("person.delete.message", code.get()),
                l10n.text("person.delete.confirm"))) {
            return;
        }
        executor.execute(BackgroundTask.of(l10n.text("person.task.delete"), task -> {
            trash.moveToTrash(TrashKind.PERSON, toDelete);
            return toDelete;
        }).onSuccess(deleted -> {
            clear();
            dialogs.notify(l10n.text("person.deleted"));
            onDeleted.run();
            changeListeners.forEach(Runnable::run);
        }));
    }

    /**
     * Erases the person (GDPR art. 17) after a confirmation that names what will be removed and what stays
     * as anonymous counts; the form is emptied afterwards.
     */
    public void erase() {
        if (id == null || busy.get()) {
            return;
        }
        UUID toErase = id;
        String shownCode = code.get();
        executor.execute(BackgroundTask.of(l10n.text("person.task.open"),
                        task -> privacy.erasure().preview(toErase))
                .onSuccess(preview -> confirmErasure(toErase, shownCode, preview)));
    }

    private void confirmErasure(UUID toErase, String shownCode, ErasurePreview preview) {
        if (!dialogs.confirm(l10n.text("person.erase.title"), l10n.text("person.erase.message", shownCode,
                        preview.identity() ? 1 : 0, preview.consents(), preview.memberships(), preview.participations(),
                        preview.seats(), preview.proposals()),
                l10n.text("person.erase.confirm"))) {
            return;
        }
        busy.set(true);
        executor.execute(BackgroundTask.of(l10n.text("person.task.erase"), task -> {
            privacy.erasure().erase(toErase);
            return toErase;
        }).onSuccess(erased -> {
            busy.set(false);
            clear();
            dialogs.notify(l10n.text("person.erased"));
            onDeleted.run();
            changeListeners.forEach(Runnable::run);
        }).onFailure(failure -> {
            busy.set(false);
            if (failure instanceof PersonNotFoundException) {
                dialogs.notify(l10n.text("person.gone"));
                clear();
                onDeleted.run();
                changeListeners.forEach(Runnable::run);
            } else {
                dialogs.showUnexpectedError(failure);
            }
        }));
    }

    /**
     * Writes everything held about the person (GDPR art. 15) to a file the user chooses: a plain-text
     * document, or JSON when the name ends in .json. The file is readable by its owner only.
     */
    public void exportAccess() {
        if (id == null) {
            return;
        }
        UUID person = id;
        Optional<Path> chosen = dialogs.chooseSaveFile(l10n.text("person.access.title"), code.get() + "-access.txt",
                List.of("txt", "json"));
        if (chosen.isEmpty()) {
            return;
        }
        Path file = chosen.get();
        String shownCode = code.get();
        executor.execute(BackgroundTask.of(l10n.text("person.task.access"), task -> {
            try {
                privacy.exportAccess(person, AccessWriter.Format.forFile(file), file);
                return file;
            } catch (IOException e) {
                throw new AccessNotWritten(e);
            }
        }).onSuccess(written -> dialogs.showInformation(l10n.text("person.access.title"),
                l10n.text("person.access.written", shownCode, written)))
                .onFailure(failure -> {
                    if (failure instanceof AccessNotWritten) {
                        dialogs.showError(l10n.text("person.access.title"),
                                l10n.text("person.access.failed", file));
                    } else {
                        dialogs.showUnexpectedError(failure);
                    }
                }));
    }

    /** The access file could not be written (no partial file is left). */
    private static final class AccessNotWritten extends RuntimeException {
        private static final long serialVersionUID = 1L;

        AccessNotWritten(IOException cause) {
            super(cause);
        }
    }

    /**
     * Shows whose identities the retention period has run out for (codes only) and, when the user agrees,
     * removes them in one step.
     */
    public void reviewRetention() {
        executor.execute(BackgroundTask.of(l10n.text("person.task.retention"), task -> privacy.retention().preview())
                .onSuccess(this::confirmPurge));
    }

    private void confirmPurge(RetentionService.Preview preview) {
        String title = l10n.text("person.retention.title");
        if (preview.codes().isEmpty()) {
            dialogs.showInformation(title, l10n.text("person.retention.nothing", preview.years(), preview.cutoff()));
            return;
        }
        if (!dialogs.confirm(title, l10n.text("person.retention.message", preview.years(), preview.cutoff(),
                preview.codes().size(), String.join(", ", preview.codes())), l10n.text("person.retention.confirm"))) {
            return;
        }
        executor.execute(BackgroundTask.of(l10n.text("person.task.retention"), task -> privacy.retention().purge())
                .onSuccess(purged -> {
                    dialogs.notify(l10n.text("person.retention.done", purged));
                    if (id != null && identityShown.get()) {
                        hideIdentity();
                    }
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
        return l10n.text("person.record", code.get());
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

    public ReadOnlyBooleanProperty consentValidTodayProperty() {
        return consentValidToday;
    }

    public ReadOnlyStringProperty groupsNoteProperty() {
        return groupsNote;
    }

    public ReadOnlyBooleanProperty identityShownProperty() {
        return identityShown;
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading;
    }

    public UUID id() {
        return id;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public ObjectProperty<PersonRole> roleProperty() {
        return role;
    }

    public ObjectProperty<RecruitmentRoute> routeProperty() {
        return route;
    }

    public BooleanProperty paidProperty() {
        return paid;
    }

    public StringProperty associationProperty() {
        return association;
    }

    public BooleanProperty leadPatientProperty() {
        return leadPatient;
    }

    public ObjectProperty<EducationLevel> educationProperty() {
        return education;
    }

    public ObservableList<ConsentDraft> consents() {
        return consents;
    }

    public ObservableSet<UUID> groups() {
        return groups;
    }

    public ObjectProperty<LocalDate> newConsentDateProperty() {
        return newConsentDate;
    }

    public ObjectProperty<ConsentScope> newConsentScopeProperty() {
        return newConsentScope;
    }

    public StringProperty fullNameProperty() {
        return fullName;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty postalAddressProperty() {
        return postalAddress;
    }

    public ObservableList<ActivityTaken> activitiesTaken() {
        return activitiesTaken;
    }

    public ObservableList<TeamSeat> teamSeats() {
        return teamSeats;
    }

    public ObservableList<Choice> groupChoices() {
        return groupChoices;
    }
}
