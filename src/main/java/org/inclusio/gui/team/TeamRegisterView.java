package org.inclusio.gui.team;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleLongProperty;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.inclusio.gui.dialog.DialogService;
import org.inclusio.gui.main.PendingAreaView;
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
    private boolean revertingSelection;

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
            FXMLLoader loader = new FXMLLoader(TeamRegisterView.class.getResource("TeamRegister.fxml"),
                    l10n.messages());
            loader.setController(this);
            try {
                root = loader.load();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
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
        Node editor = editorView.root();
        Node noSelection = PendingAreaView.create(l10n, "area.teams", "team.editor.empty");
        editor.visibleProperty().bind(viewModel.editor().editingProperty());
        noSelection.visibleProperty().bind(viewModel.editor().editingProperty().not());
        editorHost.getChildren().setAll(noSelection, editor);
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
        table.setSortPolicy(sorted -> {
            if (!sorted.getSortOrder().isEmpty()) {
                TableColumn<TeamRow, ?> column = sorted.getSortOrder().get(0);
                viewModel.sortBy((TeamSort) column.getUserData(),
                        column.getSortType() == TableColumn.SortType.ASCENDING);
            }
            return true;
        });
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        Label placeholder = new Label();
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add("empty-state-text");
        placeholder.textProperty().bind(Bindings.when(viewModel.loadingProperty()).then("")
                .otherwise(Bindings.when(viewModel.searchTextProperty().isEmpty())
                        .then(l10n.text("team.register.empty"))
                        .otherwise(l10n.text("team.register.noMatch"))));
        table.setPlaceholder(placeholder);
        table.getSelectionModel().selectedItemProperty().addListener((o, old, row) -> selected(old, row));
        viewModel.setRowsLoadedListener(this::reselect);
    }

    private void selected(TeamRow old, TeamRow row) {
        if (revertingSelection || row == null || row.id().equals(viewModel.editor().id())) {
            return;
        }
        if (!confirmDiscard()) {
            revertingSelection = true;
            Platform.runLater(() -> {
                table.getSelectionModel().select(old);
                revertingSelection = false;
            });
            return;
        }
        viewModel.editor().open(row.id());
    }

    private void reselect() {
        UUID wanted = viewModel.takeSelectionAfterLoad();
        if (wanted == null) {
            wanted = viewModel.editor().id();
        }
        for (TeamRow row : viewModel.rows()) {
            if (row.id().equals(wanted)) {
                revertingSelection = true;
                table.getSelectionModel().select(row);
                table.scrollTo(row);
                revertingSelection = false;
                return;
            }
        }
    }

    private boolean confirmDiscard() {
        TeamEditorViewModel editor = viewModel.editor();
        return !editor.hasUnsavedChanges() || dialogs.confirm(l10n.text("team.discard.title"),
                l10n.text("team.discard.message", editor.description()), l10n.text("team.discard.confirm"));
    }

    /** Handles the register's keyboard shortcuts; true when the key was one of them. */
    boolean shortcut(KeyEvent event) {
        if (new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN).match(event)) {
            newTeam();
        } else if (new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN).match(event)) {
            viewModel.editor().save();
        } else if (new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN).match(event)) {
            searchField.requestFocus();
            searchField.selectAll();
        } else if (new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN).match(event)) {
            table.getSelectionModel().selectNext();
        } else if (new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN).match(event)) {
            table.getSelectionModel().selectPrevious();
        } else if (event.getCode() == KeyCode.DELETE && table.isFocused()) {
            viewModel.editor().delete();
        } else {
            return false;
        }
        return true;
    }

    @FXML
    private void newTeam() {
        if (!confirmDiscard()) {
            return;
        }
        revertingSelection = true;
        table.getSelectionModel().clearSelection();
        revertingSelection = false;
        viewModel.editor().newTeam();
        editorView.focusFirstField();
    }

    private static ReadOnlyStringWrapper text(String value) {
        return new ReadOnlyStringWrapper(value == null ? "" : value);
    }
}
