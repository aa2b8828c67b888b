package org.inclusio.gui.activity;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.person.PersonDirectory;
import org.inclusio.logic.person.PersonHit;
import org.inclusio.logic.task.BackgroundTask;
import org.inclusio.logic.task.TaskExecutor;

/**
 * The participant picker's state: as the user types, the store is searched for people by code,
 * role and team (at most {@link PersonDirectory#SEARCH_LIMIT}); Down and Up move through the
 * people found, and the chosen one is handed on to be added (the text is cleared once it is). Only the answer to the text as it
 * stands is shown: an answer to earlier text that arrives late is dropped.
 */
public final class ParticipantPicker {

    private final PersonDirectory people;
    private final TaskExecutor executor;
    private final Localization l10n;
    private final Supplier<LocalDate> day;
    private final Predicate<UUID> listed;
    private final Predicate<PersonHit> add;

    private final StringProperty text = new SimpleStringProperty("");
    private final ObservableList<PersonHit> hits = FXCollections.observableArrayList();
    private final IntegerProperty selected = new SimpleIntegerProperty(-1);
    private final BooleanProperty showing = new SimpleBooleanProperty(false);
    private final BooleanProperty current = new SimpleBooleanProperty(false);
    private String hitsFor = "";
    /** Whether the user moved through the people found (Down or Up) since they were found. */
    private boolean moved;
    private long searches;

    public ParticipantPicker(PersonDirectory people, TaskExecutor executor, Localization l10n,
                             Supplier<LocalDate> day, Predicate<UUID> listed, Predicate<PersonHit> add) {
        this.people = people;
        this.executor = executor;
        this.l10n = l10n;
        this.day = day;
        this.listed = listed;
        this.add = add;
        text.addListener((observable, was, now) -> search());
    }

    private void search() {
        String wanted = text.get() == null ? "" : text.get().strip();
        long search = ++searches;
        current.set(false);
        if (wanted.isEmpty()) {
            hits.clear();
            hitsFor = "";
            selected.set(-1);
            showing.set(false);
            return;
        }
        LocalDate on = day.get() == null ? LocalDate.now() : day.get();
        executor.execute(BackgroundTask.of(l10n.text("activity.task.findPeople"),
                task -> people.search(wanted, on, PersonDirectory.SEARCH_LIMIT)).onSuccess(found -> {
                    if (search != searches) {
                        return;
                    }
                    selected.set(-1);
                    moved = false;
                    hits.setAll(found);
                    hitsFor = wanted;
                    selected.set(found.isEmpty() ? -1 : 0);
                    current.set(true);
                    showing.set(true);
                }));
    }

    /** Down: shows the people found, or moves to the next one. */
    public void next() {
        if (!showing.get()) {
            search();
            return;
        }
        moved = true;
        if (selected.get() < hits.size() - 1) {
            selected.set(selected.get() + 1);
        }
    }

    /** Up: moves to the previous person found. */
    public void previous() {
        moved |= showing.get();
        if (showing.get() && selected.get() > 0) {
            selected.set(selected.get() - 1);
        }
    }

    /** Escape: hides the people found; false when they were not showing (so Escape may do something else). */
    public boolean close() {
        boolean was = showing.get();
        showing.set(false);
        return was;
    }

    /**
     * Enter: adds the chosen person when the people shown answer the text as it stands, and the text
     * is one word or the user chose with Down or Up. Returns false, adding nobody, otherwise (no answer
     * yet, or several words typed straight): the caller then reads the text as codes, so that typing
     * "P-1 P-12" adds both people rather than the one whose code holds both.
     */
    public boolean accept() {
        PersonHit hit = chosen();
        String wanted = text.get() == null ? "" : text.get().strip();
        if (hit == null || !hitsFor.equals(wanted) || (!moved && wanted.split("[\\s,;]+").length > 1)) {
            return false;
        }
        if (add.test(hit)) {
            text.set("");
        }
        return true;
    }

    /** Adds the person at the given place among those shown (a click). */
    public void accept(int index) {
        if (index >= 0 && index < hits.size()) {
            moved = true;
            selected.set(index);
            accept();
        }
    }

    /** The person chosen among those shown, or null. */
    public PersonHit chosen() {
        int index = selected.get();
        return showing.get() && index >= 0 && index < hits.size() ? hits.get(index) : null;
    }

    /** One person found, as the list shows it: code, role, lay or staff, teams, and whether listed already. */
    public String describe(PersonHit hit) {
        String role = l10n.label(hit.role());
        String kind = l10n.text(hit.role().isLay() ? "activity.participants.lay" : "activity.participants.staff");
        String teams = hit.teams().isEmpty() ? l10n.text("activity.picker.noTeam") : String.join(", ", hit.teams());
        String line = l10n.text("activity.picker.hit", hit.code(), role, kind, teams);
        return listed.test(hit.id()) ? l10n.text("activity.picker.listed", line) : line;
    }

    /** What a screen reader says about the picker's state: the chosen person and where it is among those found. */
    public StringBinding spokenProperty() {
        return Bindings.createStringBinding(() -> {
            if (!showing.get()) {
                return l10n.text("activity.picker.help");
            }
            PersonHit hit = chosen();
            return hit == null ? l10n.text("activity.picker.nobody")
                    : l10n.text("activity.picker.position", describe(hit), selected.get() + 1, hits.size());
        }, showing, selected, hits);
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObservableList<PersonHit> hits() {
        return hits;
    }

    /** The place of the chosen person among those shown, or -1. */
    public ReadOnlyIntegerProperty selectedProperty() {
        return selected;
    }

    /** Whether the people found are shown. */
    public ReadOnlyBooleanProperty showingProperty() {
        return showing;
    }

    /** Whether the people shown answer the text as it stands. */
    public ReadOnlyBooleanProperty currentProperty() {
        return current;
    }

    /** Every person shown, for tests and the list: unmodifiable. */
    public List<PersonHit> shown() {
        return List.copyOf(hits);
    }
}
