package org.inclusio.gui.person;

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
import org.inclusio.logic.person.PersonPage;
import org.inclusio.logic.person.PersonQuery;
import org.inclusio.logic.person.PersonRow;
import org.inclusio.logic.person.PersonService;
import org.inclusio.logic.person.PersonSort;
import org.inclusio.logic.task.BackgroundTask;
import org.inclusio.logic.task.TaskExecutor;
import org.inclusio.model.PersonRole;
import org.inclusio.model.RecruitmentRoute;

/**
 * The people register: search on the code and filters, the matching rows (read off the FX thread,
 * sorted and limited in the database), and the editor for the selected person.
 */
public final class PersonRegisterViewModel {

    static final int PAGE = 500;

    private final PersonService people;
    private final ChoiceService choices;
    private final TaskExecutor executor;
    private final Localization l10n;
    private final PersonEditorViewModel editor;

    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<PersonRole> role = new SimpleObjectProperty<>();
    private final ObjectProperty<RecruitmentRoute> route = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice> group = new SimpleObjectProperty<>();
    private final ObjectProperty<Boolean> paid = new SimpleObjectProperty<>();
    private final BooleanProperty leadPatientsOnly = new SimpleBooleanProperty(false);
    private final ObjectProperty<PersonSort> sort = new SimpleObjectProperty<>(PersonSort.CODE);
    private final BooleanProperty ascending = new SimpleBooleanProperty(true);

    private final ObservableList<PersonRow> rows = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final ObservableList<Choice> groupChoices = FXCollections.observableArrayList();
    private final AtomicLong generation = new AtomicLong();
    private UUID selectAfterLoad;
    private Runnable rowsLoaded = () -> { };

    public PersonRegisterViewModel(PersonService people, ChoiceService choices, TaskExecutor executor,
                                   Localization l10n, PersonEditorViewModel editor) {
        this.people = people;
        this.choices = choices;
        this.executor = executor;
        this.l10n = l10n;
        this.editor = editor;
        editor.setListeners(this::savedPerson, this::reload);
    }

    /** Reads the group pick list and the first rows. */
    public void start() {
        executor.execute(BackgroundTask.of(l10n.text("person.task.choices"), task -> choices.groups())
                .onSuccess(groups -> {
                    groupChoices.setAll(groups);
                    editor.setGroupChoices(groups);
                    reload();
                }));
    }

    /** Runs the search again with the current text, filters and sort. */
    public void reload() {
        PersonQuery query = query();
        long current = generation.incrementAndGet();
        loading.set(true);
        executor.execute(BackgroundTask.of(l10n.text("person.task.search"), task -> people.search(query))
                .onSuccess(page -> {
                    if (current == generation.get()) {
                        show(page);
                    }
                }));
    }

    private void show(PersonPage page) {
        loading.set(false);
        rows.setAll(page.rows());
        summary.set(page.total() > page.rows().size()
                ? l10n.text("person.register.partial", page.rows().size(), page.total())
                : l10n.text("person.register.count", page.total()));
        rowsLoaded.run();
    }

    /** The query the filters describe. */
    public PersonQuery query() {
        return new PersonQuery(searchText.get(), role.get(), route.get(),
                group.get() == null ? null : group.get().id(), paid.get(),
                leadPatientsOnly.get() ? Boolean.TRUE : null, sort.get(), ascending.get(), PAGE);
    }

    /** True when nothing narrows the register. */
    public boolean unfiltered() {
        return query().equals(PersonQuery.all().withSort(sort.get(), ascending.get()));
    }

    /** Clears every filter and the search text. */
    public void clearFilters() {
        searchText.set("");
        role.set(null);
        route.set(null);
        group.set(null);
        paid.set(null);
        leadPatientsOnly.set(false);
        reload();
    }

    /** Sorts by a column in the given direction. */
    public void sortBy(PersonSort column, boolean ascendingOrder) {
        sort.set(column);
        ascending.set(ascendingOrder);
        reload();
    }

    private void savedPerson(UUID id) {
        selectAfterLoad = id;
        reload();
    }

    /** The person to select once the rows are shown (after a save), taken once. */
    public UUID takeSelectionAfterLoad() {
        UUID id = selectAfterLoad;
        selectAfterLoad = null;
        return id;
    }

    public void setRowsLoadedListener(Runnable listener) {
        this.rowsLoaded = listener;
    }

    public PersonEditorViewModel editor() {
        return editor;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObjectProperty<PersonRole> roleProperty() {
        return role;
    }

    public ObjectProperty<RecruitmentRoute> routeProperty() {
        return route;
    }

    public ObjectProperty<Choice> groupProperty() {
        return group;
    }

    public ObjectProperty<Boolean> paidProperty() {
        return paid;
    }

    public BooleanProperty leadPatientsOnlyProperty() {
        return leadPatientsOnly;
    }

    public ObservableList<PersonRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public ObservableList<Choice> groupChoices() {
        return groupChoices;
    }
}
