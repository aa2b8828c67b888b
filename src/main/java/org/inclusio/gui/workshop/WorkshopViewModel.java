package org.inclusio.gui.workshop;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
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
import javafx.collections.transformation.FilteredList;
import org.inclusio.gui.dialog.DialogService;
import org.inclusio.logic.analysis.Suppression;
import org.inclusio.logic.common.Choice;
import org.inclusio.logic.common.ChoiceService;
import org.inclusio.logic.edit.EditConflictException;
import org.inclusio.logic.edit.FieldProblem;
import org.inclusio.logic.edit.ValidationException;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.task.BackgroundTask;
import org.inclusio.logic.task.TaskExecutor;
import org.inclusio.logic.workshop.WalkInDraft;
import org.inclusio.logic.workshop.WorkshopPerson;
import org.inclusio.logic.workshop.WorkshopProposal;
import org.inclusio.logic.workshop.WorkshopService;
import org.inclusio.logic.workshop.WorkshopSnapshot;
import org.inclusio.logic.workshop.WorkshopTimer;
import org.inclusio.model.AttendanceStatus;
import org.inclusio.model.ProposalOutcome;
import org.inclusio.model.WorkshopStage;

/**
 * The live workshop's state: who is listed and who is here, the tallies of the people present, the
 * proposals, the timer, the last actions (to undo them) and the closing round of ratings.
 *
 * <p>Opening a session runs in the background. Each tap (a check-in, a turn, a question, a proposal,
 * a barrier, a timer change, a rating) is one short write, done before the screen shows it, so that
 * what the screen shows is always stored; a failed write changes nothing on the screen and the user
 * is told.
 */
public final class WorkshopViewModel {

    /** What the tally targets count. */
    public enum Tally { TURN, QUESTION }

    /** The screen's parts: counting, the participants' own ratings, the review of proposals, closed. */
    public enum Phase { LOADING, TALLY, RATINGS, REVIEW, CLOSED }

    private final WorkshopService workshops;
    private final ChoiceService choices;
    private final TaskExecutor executor;
    private DialogService dialogs;
    private Localization l10n;
    /** What the status line says, in whatever language the window speaks (written again when it changes). */
    private Function<Localization, String> said = language -> "";

    private UUID activityId;
    private final StringProperty title = new SimpleStringProperty("");
    private final ObjectProperty<Phase> phase = new SimpleObjectProperty<>(Phase.LOADING);
    private final ObservableList<WorkshopRow> people = FXCollections.observableArrayList(WorkshopRow::observables);
    private final StringProperty search = new SimpleStringProperty("");
    private final FilteredList<WorkshopRow> listed = new FilteredList<>(people);
    private final FilteredList<WorkshopRow> present = new FilteredList<>(people);
    private final ObjectProperty<WorkshopRow> selected = new SimpleObjectProperty<>();
    private final ObservableList<ProposalItem> proposals = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final Deque<Step> undo = new ArrayDeque<>();
    private final BooleanProperty canUndo = new SimpleBooleanProperty(false);
    private final ObservableList<Choice> barriers = FXCollections.observableArrayList();
    private final ObservableList<Choice> accommodations = FXCollections.observableArrayList();
    private final ObservableList<Choice> groups = FXCollections.observableArrayList();
    private final ObjectProperty<Suppression> suppression = new SimpleObjectProperty<>(Suppression.standard());

    private WorkshopTimer timer = WorkshopTimer.notStarted();
    private final StringProperty timerText = new SimpleStringProperty("");
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final BooleanProperty started = new SimpleBooleanProperty(false);

    private final ObservableList<WorkshopRow> raters = FXCollections.observableArrayList();
    private final ObjectProperty<WorkshopRow> rater = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> heard = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> express = new SimpleObjectProperty<>();
    private Runnable onClosed = () -> { };
    private WorkshopPacking packing;
    private java.time.LocalDate heldOn;
    private final BooleanProperty canPack = new SimpleBooleanProperty(false);

    /** A live workshop without "Pack for the office". */
    public WorkshopViewModel(WorkshopService workshops, ChoiceService choices, TaskExecutor executor,
                             DialogService dialogs, Localization l10n) {
        this(workshops, choices, executor, dialogs, l10n, null);
    }

    /** A live workshop; {@code packing} writes it for the office (null: not offered). */
    public WorkshopViewModel(WorkshopService workshops, ChoiceService choices, TaskExecutor executor,
                             DialogService dialogs, Localization l10n, WorkshopPacking packing) {
        this.packing = packing;
        this.workshops = workshops;
        this.choices = choices;
        this.executor = executor;
        this.dialogs = dialogs;
        this.l10n = l10n;
        search.addListener((o, was, now) -> filter());
        people.addListener((javafx.collections.ListChangeListener<WorkshopRow>) change -> filter());
        filter();
    }

    /** Called once the workshop is closed (the activity is an ordinary record then). */
    public void setOnClosed(Runnable onClosed) {
        this.onClosed = onClosed;
    }

    /** Opens (or resumes) the activity in live mode, in the background. */
    public void open(UUID activity) {
        load(l10n.text("workshop.task.open"), () -> workshops.open(activity));
    }

    /** Creates a workshop for the team, dated today, with the team's members invited, and opens it. */
    public void newWorkshop(UUID teamId, String workshopTitle) {
        load(l10n.text("workshop.task.new"), () -> workshops.newWorkshop(teamId, workshopTitle));
    }

    private void load(String description, Supplier<WorkshopSnapshot> work) {
        phase.set(Phase.LOADING);
        executor.execute(BackgroundTask.of(description, task -> new Loaded(work.get(), choices.barriers(),
                        choices.accommodations(), choices.groups(), workshops.suppression()))
                .onSuccess(loaded -> {
                    barriers.setAll(loaded.barriers());
                    accommodations.setAll(loaded.accommodations());
                    groups.setAll(loaded.groups());
                    suppression.set(loaded.suppression());
                    show(loaded.snapshot());
                })
                .onFailure(this::failed));
    }

    private record Loaded(WorkshopSnapshot snapshot, List<Choice> barriers, List<Choice> accommodations,
                          List<Choice> groups, Suppression suppression) {
    }

    private void show(WorkshopSnapshot snapshot) {
        activityId = snapshot.activityId();
        heldOn = snapshot.heldOn();
        if (packing != null) {
            canPack.bind(packing.busyProperty().not());
        }
        title.set(snapshot.title());
        List<WorkshopRow> rows = new ArrayList<>();
        for (WorkshopPerson person : snapshot.people()) {
            int count = (int) snapshot.proposals().stream()
                    .filter(p -> person.personId().equals(p.proposerId())).count();
            rows.add(new WorkshopRow(person, count));
        }
        people.setAll(rows);
        proposals.setAll(snapshot.proposals().stream().map(ProposalItem::new).toList());
        undo.clear();
        canUndo.set(false);
        showTimer(snapshot.timer());
        if (snapshot.stage() == WorkshopStage.TALLY) {
            phase.set(Phase.TALLY);
            say(language -> language.text("workshop.status.opened", present.size(), people.size()));
        } else if (snapshot.stage() == WorkshopStage.RATINGS) {
            startRatingRound();
        } else {
            phase.set(Phase.CLOSED);
        }
    }

    private void filter() {
        String text = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        listed.setPredicate(row -> text.isEmpty() || row.code().toLowerCase(Locale.ROOT).contains(text));
        present.setPredicate(row -> row.present()
                && (text.isEmpty() || row.code().toLowerCase(Locale.ROOT).contains(text)));
    }

    // ---- check in

    /** Marks the person as arrived; someone already here stays so. */
    public void checkIn(WorkshopRow row) {
        if (row == null || !counting()) {
            return;
        }
        if (row.present()) {
            say(language -> language.text("workshop.status.alreadyHere", row.code()));
            return;
        }
        write(() -> {
            AttendanceStatus before = workshops.checkIn(activityId, row.personId());
            row.attendanceProperty().set(AttendanceStatus.ATTENDED);
            push(language -> language.text("workshop.undo.checkIn", row.code()), () -> {
                workshops.setAttendance(activityId, row.personId(), before);
                row.attendanceProperty().set(before);
            });
            say(language -> language.text("workshop.status.checkedIn", row.code(), present.size()));
        });
    }

    /** A new pseudonymous code for a walk-in, not used by anyone yet. */
    public String suggestCode() {
        return workshops.newCode();
    }

    /** Records a walk-in, checked in at once; returns whether it was stored (otherwise the user was told why). */
    public boolean addWalkIn(WalkInDraft walkIn) {
        if (!counting()) {
            return false;
        }
        return write(() -> {
            WorkshopPerson added = workshops.addWalkIn(activityId, walkIn);
            WorkshopRow row = new WorkshopRow(added, 0);
            people.add(row);
            people.sort(java.util.Comparator.comparing(WorkshopRow::code, String.CASE_INSENSITIVE_ORDER));
            push(language -> language.text("workshop.undo.checkIn", row.code()), () -> {
                workshops.setAttendance(activityId, row.personId(), null);
                row.attendanceProperty().set(null);
            });
            selected.set(row);
            say(language -> language.text("workshop.status.walkIn", row.code(), present.size()));
        });
    }

    /** Notes that the selected person met the barrier. */
    public void noteBarrier(Choice barrier) {
        WorkshopRow row = selected.get();
        if (row == null || barrier == null || !counting()) {
            say(language -> language.text("workshop.status.selectFirst"));
            return;
        }
        write(() -> {
            boolean added = workshops.noteBarrier(activityId, row.personId(), barrier.id(), true);
            if (added) {
                push(language -> language.text("workshop.undo.barrier", barrier.label(), row.code()),
                        () -> workshops.noteBarrier(activityId, row.personId(), barrier.id(), false));
            }
            say(language -> language.text("workshop.status.barrier", barrier.label(), row.code()));
        });
    }

    /** Notes that the selected person was given the accommodation. */
    public void noteAccommodation(Choice accommodation) {
        WorkshopRow row = selected.get();
        if (row == null || accommodation == null || !counting()) {
            say(language -> language.text("workshop.status.selectFirst"));
            return;
        }
        write(() -> {
            boolean added = workshops.noteAccommodation(activityId, row.personId(), accommodation.id(), true);
            if (added) {
                push(language -> language.text("workshop.undo.accommodation", accommodation.label(), row.code()),
                        () -> workshops.noteAccommodation(activityId, row.personId(), accommodation.id(), false));
            }
            say(language -> language.text("workshop.status.accommodation", accommodation.label(), row.code()));
        });
    }

    // ---- tally

    /** Selects the n-th person present (1-based, in the order shown); false when there is none. */
    public boolean selectPresent(int n) {
        if (n < 1 || n > present.size()) {
            say(language -> language.text("workshop.status.noNth", n));
            return false;
        }
        selected.set(present.get(n - 1));
        say(language -> language.text("workshop.status.selected", selected.get().code()));
        return true;
    }

    /** Counts a turn or question for the selected person. */
    public void tallySelected(Tally tally) {
        tally(selected.get(), tally);
    }

    /**
     * Counts a turn or a question for the person; someone not checked in is checked in first when the
     * user agrees, and otherwise nothing is counted.
     */
    public void tally(WorkshopRow row, Tally tally) {
        if (row == null) {
            say(language -> language.text("workshop.status.selectFirst"));
            return;
        }
        if (!counting() || !hereOrConfirmed(row)) {
            return;
        }
        selected.set(row);
        AttendanceStatus before = row.attendanceProperty().get();
        write(() -> {
            boolean checkedIn = checkInFirst(row);
            if (tally == Tally.TURN) {
                row.speakingTurnsProperty().set(workshops.addSpeakingTurns(activityId, row.personId(), 1));
            } else {
                row.questionsProperty().set(workshops.addQuestions(activityId, row.personId(), 1));
            }
            Function<Localization, String> what = language -> tally == Tally.TURN
                    ? language.text("workshop.undo.turn", row.code()) : language.text("workshop.undo.question", row.code());
            push(what, () -> {
                if (tally == Tally.TURN) {
                    row.speakingTurnsProperty().set(workshops.addSpeakingTurns(activityId, row.personId(), -1));
                } else {
                    row.questionsProperty().set(workshops.addQuestions(activityId, row.personId(), -1));
                }
                if (checkedIn) {
                    workshops.setAttendance(activityId, row.personId(), before);
                    row.attendanceProperty().set(before);
                }
            });
            int count = tally == Tally.TURN ? row.speakingTurnsProperty().get() : row.questionsProperty().get();
            say(language -> tally == Tally.TURN ? language.text("workshop.status.turn", row.code(), count)
                    : language.text("workshop.status.question", row.code(), count));
        });
    }

    /** Notes a proposal by the selected person; returns whether it was stored. */
    public boolean propose(String content) {
        WorkshopRow row = selected.get();
        if (row == null) {
            say(language -> language.text("workshop.status.selectFirst"));
            return false;
        }
        if (!counting() || !hereOrConfirmed(row)) {
            return false;
        }
        AttendanceStatus before = row.attendanceProperty().get();
        return write(() -> {
            boolean checkedIn = checkInFirst(row);
            WorkshopProposal proposal;
            try {
                proposal = workshops.addProposal(activityId, row.personId(), content);
            } catch (ValidationException e) {
                if (checkedIn) {
                    workshops.setAttendance(activityId, row.personId(), before);
                    row.attendanceProperty().set(before);
                }
                throw e;
            }
            ProposalItem item = new ProposalItem(proposal);
            proposals.add(item);
            row.proposalsProperty().set(row.proposalsProperty().get() + 1);
            push(language -> language.text("workshop.undo.proposal", row.code()), () -> {
                workshops.removeProposal(activityId, proposal.id());
                proposals.remove(item);
                row.proposalsProperty().set(row.proposalsProperty().get() - 1);
                if (checkedIn) {
                    workshops.setAttendance(activityId, row.personId(), before);
                    row.attendanceProperty().set(before);
                }
            });
            say(language -> language.text("workshop.status.proposal", row.code(), proposals.size()));
        });
    }

    private boolean hereOrConfirmed(WorkshopRow row) {
        if (row.present()) {
            return true;
        }
        String recorded = row.attendanceProperty().get() == null ? l10n.text("workshop.notCheckedIn")
                : l10n.label(row.attendanceProperty().get());
        boolean checkIn = dialogs.confirm(l10n.text("workshop.absent.title"),
                l10n.text("workshop.absent.message", row.code(), recorded),
                l10n.text("workshop.absent.checkIn"), l10n.text("workshop.absent.keep"));
        if (!checkIn) {
            say(language -> language.text("workshop.status.notCounted", row.code(), recorded));
        }
        return checkIn;
    }

    /** Checks the person in when not here yet (after the user agreed); returns whether it did. */
    private boolean checkInFirst(WorkshopRow row) {
        if (row.present()) {
            return false;
        }
        workshops.checkIn(activityId, row.personId());
        row.attendanceProperty().set(AttendanceStatus.ATTENDED);
        return true;
    }

    // ---- undo

    /** Takes back the last action (and writes that at once, too). */
    public void undo() {
        Step step = undo.peek();
        if (step == null) {
            say(language -> language.text("workshop.status.nothingToUndo"));
            return;
        }
        write(() -> {
            step.revert().run();
            undo.pop();
            canUndo.set(!undo.isEmpty());
            filter();
            say(language -> language.text("workshop.status.undone", step.description().apply(language)));
        });
    }

    /** Puts a message on the status line. */
    private void say(Function<Localization, String> message) {
        said = message;
        status.set(message.apply(l10n));
    }

    /**
     * Speaks another language from now on (the main window's language was changed while the workshop runs):
     * the status line and the timer are written again in it, and the messages, questions and the packing for the
     * office use the new window's. Nothing of the session changes: who is here, the counts, the proposals, the
     * timer, the round of ratings and what can be taken back stay as they are.
     */
    public void speak(Localization language, DialogService newDialogs, WorkshopPacking newPacking) {
        this.l10n = language;
        this.dialogs = newDialogs;
        if (packing != null && newPacking != null) {
            this.packing = newPacking;
            if (activityId != null) {
                canPack.bind(newPacking.busyProperty().not());
            }
        }
        if (timer != null) {
            tick();
        }
        status.set(said.apply(language));
    }

    private void push(Function<Localization, String> description, Runnable revert) {
        undo.push(new Step(description, revert));
        canUndo.set(true);
    }

    /** An action that can be taken back, described in whatever language the window speaks when it is. */
    private record Step(Function<Localization, String> description, Runnable revert) {
    }

    // ---- timer

    /** Starts the timer, or resumes it after a break. */
    public void startTimer() {
        if (counting()) {
            write(() -> {
                showTimer(workshops.startTimer(activityId));
                say(language -> language.text("workshop.status.timerRunning"));
            });
        }
    }

    /** Pauses the timer for a break; the time so far is recorded on the activity. */
    public void pauseTimer() {
        if (counting()) {
            write(() -> {
                showTimer(workshops.pauseTimer(activityId));
                say(language -> language.text("workshop.status.timerPaused"));
            });
        }
    }

    /** Reads the clock again: called every second by the screen. */
    public void tick() {
        java.time.Instant now = workshops.clock().instant();
        long run = timer.runSeconds(now);
        String time = l10n.text("workshop.timer.time", run / 3600, (run / 60) % 60, run % 60);
        if (timer.startedAt() == null) {
            timerText.set(l10n.text("workshop.timer.notStarted"));
        } else if (timer.paused()) {
            long pause = timer.breakSeconds(now) - timer.breakSeconds();
            timerText.set(l10n.text("workshop.timer.paused", time, pause / 60, pause % 60));
        } else {
            timerText.set(l10n.text("workshop.timer.running", time, timer.breakCount()));
        }
    }

    private void showTimer(WorkshopTimer shown) {
        timer = shown;
        running.set(shown.running());
        started.set(shown.startedAt() != null);
        tick();
    }

    // ---- closing

    /** Ends the counting after asking, and starts the round in which participants rate the session. */
    public void endCounting() {
        if (!counting()) {
            return;
        }
        if (!dialogs.confirm(l10n.text("workshop.end.title"), l10n.text("workshop.end.message", present.size()),
                l10n.text("workshop.end.confirm"), l10n.text("workshop.end.keep"))) {
            return;
        }
        write(() -> {
            workshops.beginRatings(activityId);
            WorkshopTimer stopped = new WorkshopTimer(timer.startedAt(), null, null,
                    timer.runSeconds(workshops.clock().instant()), timer.breakSeconds(workshops.clock().instant()),
                    timer.breakCount());
            showTimer(stopped);
            undo.clear();
            canUndo.set(false);
            startRatingRound();
        });
    }

    private void startRatingRound() {
        raters.setAll(people.stream().filter(row -> row.present() && !row.rated()).toList());
        phase.set(Phase.RATINGS);
        nextRater();
    }

    private void nextRater() {
        heard.set(null);
        express.set(null);
        if (raters.isEmpty()) {
            rater.set(null);
            say(language -> language.text("workshop.ratings.done"));
        } else {
            rater.set(raters.get(0));
            say(language -> language.text("workshop.ratings.turnOf", rater.get().code()));
        }
    }

    /** Stores the current participant's own ratings and hands on to the next; the screen forgets them at once. */
    public void submitRating() {
        WorkshopRow row = rater.get();
        if (row == null || phase.get() != Phase.RATINGS) {
            return;
        }
        Integer heardValue = heard.get();
        Integer expressValue = express.get();
        write(() -> {
            workshops.rate(activityId, row.personId(), heardValue, expressValue);
            row.rated(heardValue, expressValue);
            raters.remove(row);
            nextRater();
        });
    }

    /** Leaves the current participant out of the round (they did not want to rate). */
    public void skipRater() {
        WorkshopRow row = rater.get();
        if (row != null) {
            raters.remove(row);
            nextRater();
        }
    }

    /** Goes on to the review of the proposals (the facilitator's part again). */
    public void reviewProposals() {
        if (phase.get() == Phase.RATINGS) {
            phase.set(Phase.REVIEW);
            say(language -> language.text("workshop.review.status", proposals.size()));
        }
    }

    /** Stores a proposal's reviewed text and outcome (pending unless set). */
    public void review(ProposalItem item, String content, ProposalOutcome outcome) {
        if (item == null || outcome == null) {
            return;
        }
        String before = item.contentProperty().get();
        ProposalOutcome outcomeBefore = item.outcomeProperty().get();
        boolean stored = write(() -> {
            workshops.reviewProposal(activityId, item.id(), content, outcome);
            item.contentProperty().set(content.strip());
            item.outcomeProperty().set(outcome);
        });
        if (!stored) {
            item.contentProperty().set(before);
            item.outcomeProperty().set(outcomeBefore);
        }
    }

    /**
     * "Pack for the office": writes the workshop as it is stored now (every tap is) into an encrypted
     * file for the office's import, asking where and for a passphrase.
     */
    public void pack() {
        if (packing != null && activityId != null) {
            packing.pack(activityId, heldOn);
        }
    }

    /**
     * Closes the workshop, then packs it for the office: asks where and for a passphrase once the
     * window has gone (cancelling there leaves the workshop closed and unpacked; it can be packed later
     * from its live window or with {@code export --activity ID --encrypt}).
     */
    public void closeAndPack() {
        UUID closing = activityId;
        java.time.LocalDate day = heldOn;
        close();
        if (packing != null && closing != null && phase.get() == Phase.CLOSED) {
            packing.pack(closing, day);
        }
    }

    /** True once a workshop is shown and packing is offered and not already running. */
    public ReadOnlyBooleanProperty canPackProperty() {
        return canPack;
    }

    /** Closes the workshop: the activity is an ordinary record from now on. */
    public void close() {
        if (activityId == null || phase.get() == Phase.CLOSED || phase.get() == Phase.LOADING) {
            return;
        }
        write(() -> {
            workshops.close(activityId);
            phase.set(Phase.CLOSED);
            say(language -> language.text("workshop.closed", title.get()));
        });
        if (phase.get() == Phase.CLOSED) {
            dialogs.notify(l10n.text("workshop.closed", title.get()));
            onClosed.run();
        }
    }

    // ---- writing

    private boolean counting() {
        return activityId != null && phase.get() == Phase.TALLY;
    }

    /** Runs one write; a refusal is shown to the user and nothing on screen changes. */
    private boolean write(Runnable work) {
        try {
            work.run();
            return true;
        } catch (ValidationException e) {
            dialogs.showError(l10n.text("workshop.invalid.title"),
                    String.join("\n", e.problems().stream().map(FieldProblem::message).toList()));
        } catch (EditConflictException e) {
            dialogs.showError(l10n.text("workshop.gone.title"), l10n.text("workshop.gone.message"));
        } catch (RuntimeException e) {
            failed(e);
        }
        return false;
    }

    private void failed(Throwable failure) {
        if (failure instanceof EditConflictException) {
            dialogs.showError(l10n.text("workshop.gone.title"), l10n.text("workshop.gone.message"));
        } else {
            dialogs.showUnexpectedError(failure);
        }
    }

    // ---- properties

    public UUID activityId() {
        return activityId;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title;
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase;
    }

    /** Everyone listed whose code matches the search. */
    public ObservableList<WorkshopRow> listed() {
        return listed;
    }

    /** The people present whose code matches the search, in the order the number keys count them. */
    public ObservableList<WorkshopRow> present() {
        return present;
    }

    public ObservableList<WorkshopRow> people() {
        return FXCollections.unmodifiableObservableList(people);
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<WorkshopRow> selectedProperty() {
        return selected;
    }

    public ObservableList<ProposalItem> proposals() {
        return proposals;
    }

    /** What the last action did, in a sentence. */
    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo;
    }

    public ObservableList<Choice> barriers() {
        return barriers;
    }

    public ObservableList<Choice> accommodations() {
        return accommodations;
    }

    public ObservableList<Choice> groups() {
        return groups;
    }

    /** The store's suppression policy, read when the workshop opens. */
    public ReadOnlyObjectProperty<Suppression> suppressionProperty() {
        return suppression;
    }

    public ReadOnlyStringProperty timerTextProperty() {
        return timerText;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    public ReadOnlyBooleanProperty startedProperty() {
        return started;
    }

    /** The participant whose turn it is to rate, or null when the round is over. */
    public ReadOnlyObjectProperty<WorkshopRow> raterProperty() {
        return rater;
    }

    public ObjectProperty<Integer> heardProperty() {
        return heard;
    }

    public ObjectProperty<Integer> expressProperty() {
        return express;
    }

    public BooleanBinding countingProperty() {
        return Bindings.createBooleanBinding(() -> phase.get() == Phase.TALLY, phase);
    }

    /** The optional value for a lay or staff label. */
    public String layOrStaff(WorkshopRow row) {
        return row.lay() ? l10n.text("workshop.lay") : l10n.text("workshop.staff");
    }

    /** The one listed person whose code matches the search, if exactly one does. */
    public Optional<WorkshopRow> onlyMatch() {
        return listed.size() == 1 ? Optional.of(listed.get(0)) : Optional.empty();
    }
}
