package org.inclusio.gui.team;

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
import org.inclusio.logic.common.Choice;
import org.inclusio.logic.common.ChoiceService;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.task.BackgroundTask;
import org.inclusio.logic.task.TaskExecutor;
import org.inclusio.logic.team.TeamPage;
import org.inclusio.logic.team.TeamQuery;
import org.inclusio.logic.team.TeamRow;
import org.inclusio.logic.team.TeamService;
import org.inclusio.logic.team.TeamSort;

/**
 * The process-team register: search text, the matching teams (read off the FX thread, sorted and
 * limited in the database) and the editor for the selected team.
 */
public final class TeamRegisterViewModel {

    static final int PAGE = 500;

    private final TeamService teams;
    private final ChoiceService choices;
    private final TaskExecutor executor;
    private final Localization l10n;
    private final TeamEditorViewModel editor;

    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<TeamSort> sort = new SimpleObjectProperty<>(TeamSort.NAME);
    private final BooleanProperty ascending = new SimpleBooleanProperty(true);
    private final ObservableList<TeamRow> rows = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final AtomicLong generation = new AtomicLong();
    private UUID selectAfterLoad;
    private Runnable rowsLoaded = () -> { };

    public TeamRegisterViewModel(TeamService teams, ChoiceService choices, TaskExecutor executor, Localization l10n,
                                 TeamEditorViewModel editor) {
        this.teams = teams;
        this.choices = choices;
        this.executor = executor;
        this.l10n = l10n;
        this.editor = editor;
        editor.setListeners(this::saved, this::reload);
    }

    /** Reads the pick lists and the rows. */
    public void start() {
        executor.execute(BackgroundTask.of(l10n.text("team.task.choices"),
                        task -> new Choices(choices.organisations(), choices.groups()))
                .onSuccess(loaded -> {
                    editor.setChoices(loaded.organisations(), loaded.groups());
                    reload();
                }));
    }

    private record Choices(List<Choice> organisations, List<Choice> groups) {
    }

    /** Runs the search again with the current text and sort. */
    public void reload() {
        TeamQuery query = query();
        long current = generation.incrementAndGet();
        loading.set(true);
        executor.execute(BackgroundTask.of(l10n.text("team.task.search"), task -> teams.search(query))
                .onSuccess(page -> {
                    if (current == generation.get()) {
                        show(page);
                    }
                }));
    }

    private void show(TeamPage page) {
        loading.set(false);
        rows.setAll(page.rows());
        summary.set(page.total() > page.rows().size()
                ? l10n.text("team.register.partial", page.rows().size(), page.total())
                : l10n.text("team.register.count", page.total()));
        rowsLoaded.run();
    }

    public TeamQuery query() {
        return new TeamQuery(searchText.get(), sort.get(), ascending.get(), PAGE);
    }

    /** Sorts by a column in the given direction. */
    public void sortBy(TeamSort column, boolean ascendingOrder) {
        sort.set(column);
        ascending.set(ascendingOrder);
        reload();
    }

    private void saved(UUID id) {
        selectAfterLoad = id;
        reload();
    }

    /** The team to select once the rows are shown (after a save), taken once. */
    public UUID takeSelectionAfterLoad() {
        UUID id = selectAfterLoad;
        selectAfterLoad = null;
        return id;
    }

    public void setRowsLoadedListener(Runnable listener) {
        this.rowsLoaded = listener;
    }

    public TeamEditorViewModel editor() {
        return editor;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObservableList<TeamRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }
}
