package org.inclusio.gui.team;

import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleLongProperty;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.inclusio.gui.dialog.DialogService;
import org.inclusio.gui.main.PendingAreaView;
import org.inclusio.gui.util.EditorHost;
import org.inclusio.gui.util.Fxml;
import org.inclusio.gui.util.RegisterNavigation;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.team.TeamRow;
import org.inclusio.logic.team.TeamSort;

/**
 * The process-team register with search on the left and the editor of the selected team on the
 * right. Keyboard (through {@link #shortcut}): Ctrl+N new, Ctrl+S save, Ctrl+F search, Delete (in
 * the register) to the trash, Alt+Down / Alt+Up next and previous team.
 */
public final class TeamRegisterView {

    private final TeamRegisterViewModel viewModel;
    private final TeamEditorView editorView;
    private final DialogService dialogs;
    private final Localization l10n;
    private Parent root;
    private RegisterNavigation<TeamRow> navigation;

    @FXML private TextField searchField;
    @FXML private TableView<TeamRow> table;
    @FXML private TableColumn<TeamRow, String> nameColumn;
    @FXML private TableColumn<TeamRow, String> organisationColumn;
    @FXML private TableColumn<TeamRow, String> patientGroupColumn;
    @FXML private TableColumn<TeamRow, Number> professionalsColumn;
    @FXML private TableColumn<TeamRow, Number> layColumn;
    @FXML private TableColumn<TeamRow, Number> activitiesColumn;
    @FXML private Label summaryLabel;
    @FXML private StackPane editorHost;

    public TeamRegisterView(TeamRegisterViewModel viewModel, TeamEditorView editorView, DialogService dialogs,
                            Localization l10n) {
        this.viewModel = viewModel;
        this.editorView = editorView;
        this.dialogs = dialogs;
        this.l10n = l10n;
    }

    public Parent root() {
        if (root == null) {
            root = Fxml.load(TeamRegisterView.class, "TeamRegister.fxml", this, l10n);
            viewModel.start();
        }
        return root;
    }

    @FXML
    private void initialize() {
        searchField.textProperty().bindBidirectional(viewModel.searchTextProperty());
        PauseTransition typing = new PauseTransition(Duration.millis(250));
        typing.setOnFinished(event -> viewModel.reload());
        searchField.textProperty().addListener((o, old, now) -> typing.playFromStart());
        bindTable();
        EditorHost.install(editorHost, PendingAreaView.create(l10n, "area.teams", "team.editor.empty"), editorView::root,
                viewModel.editor().editingProperty());
    }

    private void bindTable() {
        table.setItems(viewModel.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        nameColumn.setCellValueFactory(cell -> text(cell.getValue().name()));
        organisationColumn.setCellValueFactory(cell -> text(cell.getValue().organisationName()));
        patientGroupColumn.setCellValueFactory(cell -> text(cell.getValue().patientGroupServed()));
        professionalsColumn.setCellValueFactory(cell -> new SimpleLongProperty(cell.getValue().professionals()));
        layColumn.setCellValueFactory(cell -> new SimpleLongProperty(cell.getValue().layMembers()));
        activitiesColumn.setCellValueFactory(cell -> new SimpleLongProperty(cell.getValue().activities()));
        nameColumn.setUserData(TeamSort.NAME);
        organisationColumn.setUserData(TeamSort.ORGANISATION);
        patientGroupColumn.setUserData(TeamSort.PATIENT_GROUP);
        professionalsColumn.setUserData(TeamSort.PROFESSIONALS);
        layColumn.setUserData(TeamSort.LAY_MEMBERS);
        activitiesColumn.setUserData(TeamSort.ACTIVITIES);
        // sorting happens in the database, so the register stays right when it shows only the first rows
        RegisterNavigation.sortInDatabase(table, TeamSort.class, viewModel::sortBy);
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        Label placeholder = new Label();
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add("empty-state-text");
        placeholder.textProperty().bind(Bindings.when(viewModel.loadingProperty()).then("")
                .otherwise(Bindings.when(viewModel.searchTextProperty().isEmpty())
                        .then(l10n.text("team.register.empty"))
                        .otherwise(l10n.text("team.register.noMatch"))));
        table.setPlaceholder(placeholder);
        navigation = new RegisterNavigation<>(table, TeamRow::id, viewModel.editor(), dialogs, l10n);
        viewModel.setRowsLoadedListener(() -> navigation.select(viewModel.takeSelectionAfterLoad()));
    }

    /** Handles the register's keyboard shortcuts; true when the key was one of them. */
    boolean shortcut(KeyEvent event) {
        return navigation.handleKey(event, this::newTeam, searchField);
    }

    @FXML
    private void newTeam() {
        if (!navigation.confirmDiscard()) {
            return;
        }
        navigation.clearSelection();
        viewModel.editor().newTeam();
        editorView.focusFirstField();
    }

    private static ReadOnlyStringWrapper text(String value) {
        return new ReadOnlyStringWrapper(value == null ? "" : value);
    }
}
