package org.inclusio.gui.team;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.task.BackgroundTask;
import org.inclusio.logic.task.TaskExecutor;
import org.inclusio.logic.team.OrganisationRow;
import org.inclusio.logic.team.OrganisationService;

/**
 * The organisation register: search by name, the matching organisations with their team counts
 * (read off the FX thread), and the editor for the selected one. Tells the team screen when
 * organisations changed, so its pick list follows.
 */
public final class OrganisationRegisterViewModel {

    private final OrganisationService organisations;
    private final TaskExecutor executor;
    private final Localization l10n;
    private final OrganisationEditorViewModel editor;
    private final StringProperty searchText = new SimpleStringProperty("");
    private final BooleanProperty ascending = new SimpleBooleanProperty(true);
    private final ObservableList<OrganisationRow> rows = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final AtomicLong generation = new AtomicLong();
    private UUID selectAfterLoad;
    private Runnable rowsLoaded = () -> { };
    private Runnable organisationsChanged = () -> { };

    public OrganisationRegisterViewModel(OrganisationService organisations, TaskExecutor executor, Localization l10n,
                                         OrganisationEditorViewModel editor) {
        this.organisations = organisations;
        this.executor = executor;
        this.l10n = l10n;
        this.editor = editor;
        editor.setListeners(id -> {
            selectAfterLoad = id;
            reload();
            organisationsChanged.run();
        }, () -> {
            reload();
            organisationsChanged.run();
        });
    }

    /** Runs the search again. */
    public void reload() {
        String text = searchText.get();
        boolean order = ascending.get();
        long current = generation.incrementAndGet();
        executor.execute(BackgroundTask.of(l10n.text("organisation.task.search"),
                        task -> organisations.search(text, order))
                .onSuccess(found -> {
                    if (current == generation.get()) {
                        rows.setAll(found);
                        summary.set(l10n.text("organisation.register.count", found.size()));
                        rowsLoaded.run();
                    }
                }));
    }

    /** Sorts by name in the given direction. */
    public void sortByName(boolean ascendingOrder) {
        ascending.set(ascendingOrder);
        reload();
    }

    public UUID takeSelectionAfterLoad() {
        UUID id = selectAfterLoad;
        selectAfterLoad = null;
        return id;
    }

    public void setRowsLoadedListener(Runnable listener) {
        this.rowsLoaded = listener;
    }

    /** Called after an organisation was saved or moved to the trash. */
    public void setOrganisationsChangedListener(Runnable listener) {
        this.organisationsChanged = listener;
    }

    public OrganisationEditorViewModel editor() {
        return editor;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObservableList<OrganisationRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }
}
