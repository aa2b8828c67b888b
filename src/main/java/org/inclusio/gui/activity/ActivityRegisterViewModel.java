package org.inclusio.gui.activity;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
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
import org.inclusio.logic.activity.ActivityQuery;
import org.inclusio.logic.activity.ActivityRow;
import org.inclusio.logic.activity.ActivityService;
import org.inclusio.logic.activity.ActivitySort;
import org.inclusio.logic.common.Choice;
import org.inclusio.logic.common.ChoiceService;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.task.BackgroundTask;
import org.inclusio.logic.task.TaskExecutor;
import org.inclusio.model.Level;
import org.inclusio.model.Mode;

/**
 * The activity register: search text and filters, the matching rows (read off the FX thread,
 * sorted and limited in the database), and the editor for the selected activity.
 */
public final class ActivityRegisterViewModel {

    static final int PAGE = 500;

    private final ActivityService activities;
    private final ChoiceService choices;
    private final TaskExecutor executor;
    private final Localization l10n;
    private final ActivityEditorViewModel editor;

    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>();
    private final ObjectProperty<Level> level = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice> team = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice> organisation = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice> group = new SimpleObjectProperty<>();
    private final ObjectProperty<GroupPresence> groupPresence = new SimpleObjectProperty<>(GroupPresence.PRESENT);
    private final BooleanProperty openFlagsOnly = new SimpleBooleanProperty(false);
    private final ObjectProperty<ActivitySort> sort = new SimpleObjectProperty<>(ActivitySort.DATE);
    private final BooleanProperty ascending = new SimpleBooleanProperty(false);

    private final ObservableList<ActivityRow> rows = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final BooleanProperty empty = new SimpleBooleanProperty(false);
    private final ObservableList<Choice> teamChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice> organisationChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice> groupChoices = FXCollections.observableArrayList();
    private final AtomicLong generation = new AtomicLong();
    private UUID selectAfterLoad;
    private Runnable rowsLoaded = () -> { };

    public ActivityRegisterViewModel(ActivityService activities, ChoiceService choices, TaskExecutor executor,
                                     Localization l10n, ActivityEditorViewModel editor) {
        this.activities = activities;
        this.choices = choices;
        this.executor = executor;
        this.l10n = l10n;
        this.editor = editor;
        editor.setListeners(this::savedActivity, this::reload);
    }

    /** Reads the first rows and, alongside, the pick lists. */
    public void start() {
        reload();
        executor.execute(BackgroundTask.of(l10n.text("activity.task.choices"), task -> new Choices(choices.teams(),
                choices.organisations(), choices.groups(), choices.barriers(), choices.accommodations()))
                .onSuccess(loaded -> {
                    teamChoices.setAll(loaded.teams());
                    organisationChoices.setAll(loaded.organisations());
                    groupChoices.setAll(loaded.groups());
                    editor.setChoices(loaded.teams(), loaded.organisations(), loaded.barriers(),
                            loaded.accommodations());
                }));
    }

    /**
     * Runs the search again with the current text, filters and sort. The rows are shown as soon as they
     * are read; when they fill a page, how many match in all is counted afterwards.
     */
    public void reload() {
        ActivityQuery query = query();
        long current = generation.incrementAndGet();
        loading.set(true);
        executor.execute(BackgroundTask.of(l10n.text("activity.task.search"), task -> activities.rows(query))
                .onSuccess(found -> {
                    if (current != generation.get()) {
                        return;
                    }
                    if (found.size() < query.limit()) {
                        show(found, found.size());
                        return;
                    }
                    show(found, -1);
                    executor.execute(BackgroundTask.of(l10n.text("activity.task.count"), task -> activities.count(query))
                            .onSuccess(total -> {
                                if (current == generation.get()) {
                                    summary.set(summary(found.size(), total));
                                }
                            }));
                }));
    }

    /** Shows the rows; a negative total while it is still being counted. */
    private void show(List<ActivityRow> found, long total) {
        loading.set(false);
        rows.setAll(found);
        empty.set(found.isEmpty());
        summary.set(total < 0 ? l10n.text("activity.register.counting", found.size()) : summary(found.size(), total));
        rowsLoaded.run();
    }

    private String summary(int shown, long total) {
        return total > shown ? l10n.text("activity.register.partial", shown, total)
                : l10n.text("activity.register.count", total);
    }

    /** The query the filters describe. */
    public ActivityQuery query() {
        Choice chosenGroup = group.get();
        return new ActivityQuery(searchText.get(), from.get(), to.get(), mode.get(), level.get(),
                team.get() == null ? null : team.get().id(),
                organisation.get() == null ? null : organisation.get().id(),
                chosenGroup == null ? null : chosenGroup.id(), groupPresence.get() != GroupPresence.ABSENT,
                openFlagsOnly.get(), sort.get(), ascending.get(), PAGE);
    }

    /** Clears every filter and the search text. */
    public void clearFilters() {
        searchText.set("");
        from.set(null);
        to.set(null);
        mode.set(null);
        level.set(null);
        team.set(null);
        organisation.set(null);
        group.set(null);
        groupPresence.set(GroupPresence.PRESENT);
        openFlagsOnly.set(false);
        reload();
    }

    /** Sorts by a column; the same column again turns the direction around. */
    public void sortBy(ActivitySort column, boolean ascendingOrder) {
        sort.set(column);
        ascending.set(ascendingOrder);
        reload();
    }

    private void savedActivity(UUID id) {
        selectAfterLoad = id;
        reload();
    }

    /** The activity to select once the rows are shown (after a save), taken once. */
    public UUID takeSelectionAfterLoad() {
        UUID id = selectAfterLoad;
        selectAfterLoad = null;
        return id;
    }

    public void setRowsLoadedListener(Runnable listener) {
        this.rowsLoaded = listener;
    }

    private record Choices(List<Choice> teams, List<Choice> organisations, List<Choice> groups,
                           List<Choice> barriers, List<Choice> accommodations) {
    }

    public ActivityEditorViewModel editor() {
        return editor;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    public ObjectProperty<Level> levelProperty() {
        return level;
    }

    public ObjectProperty<Choice> teamProperty() {
        return team;
    }

    public ObjectProperty<Choice> organisationProperty() {
        return organisation;
    }

    public ObjectProperty<Choice> groupProperty() {
        return group;
    }

    public ObjectProperty<GroupPresence> groupPresenceProperty() {
        return groupPresence;
    }

    public BooleanProperty openFlagsOnlyProperty() {
        return openFlagsOnly;
    }

    public ObservableList<ActivityRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyBooleanProperty emptyProperty() {
        return empty;
    }

    public ObservableList<Choice> teamChoices() {
        return teamChoices;
    }

    public ObservableList<Choice> organisationChoices() {
        return organisationChoices;
    }

    public ObservableList<Choice> groupChoices() {
        return groupChoices;
    }
}
