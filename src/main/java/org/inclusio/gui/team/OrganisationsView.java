package org.inclusio.gui.team;

import java.util.Arrays;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleLongProperty;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.inclusio.gui.dialog.DialogService;
import org.inclusio.gui.util.RegisterNavigation;
import org.inclusio.gui.help.HelpButton;
import org.inclusio.gui.main.PendingAreaView;
import org.inclusio.gui.util.FieldErrors;
import org.inclusio.gui.util.Pickers;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.team.OrganisationRow;
import org.inclusio.model.GovernanceModel;
import org.inclusio.gui.util.Fxml;

/**
 * The organisations section of the Process teams area: register on the left, editor (name,
 * governance model, description) on the right. Same keyboard as the team register.
 */
public final class OrganisationsView {

    private final OrganisationRegisterViewModel viewModel;
    private final DialogService dialogs;
    private final Localization l10n;
    private final HelpButton helpButtons;
    private Parent root;
    private RegisterNavigation<OrganisationRow> navigation;

    @FXML private TextField organisationSearchField;
    @FXML private TableView<OrganisationRow> organisationTable;
    @FXML private TableColumn<OrganisationRow, String> organisationNameColumn;
    @FXML private TableColumn<OrganisationRow, String> governanceColumn;
    @FXML private TableColumn<OrganisationRow, Number> teamsColumn;
    @FXML private Label organisationSummaryLabel;
    @FXML private StackPane organisationEditorHost;
    @FXML private VBox organisationEditor;
    @FXML private Label organisationHeading;
    @FXML private Button organisationSaveButton;
    @FXML private Button organisationResetButton;
    @FXML private TextField organisationNameField;
    @FXML private Label organisationNameError;
    @FXML private HBox governanceRow;
    @FXML private ComboBox<GovernanceModel> governanceBox;
    @FXML private Label governanceHelp;
    @FXML private TextArea organisationDescriptionArea;
    @FXML private Label organisationDescriptionError;

    public OrganisationsView(OrganisationRegisterViewModel viewModel, DialogService dialogs, Localization l10n,
                             HelpButton helpButtons) {
        this.viewModel = viewModel;
        this.dialogs = dialogs;
        this.l10n = l10n;
        this.helpButtons = helpButtons;
    }

    public Parent root() {
        if (root == null) {
            root = Fxml.load(OrganisationsView.class, "Organisations.fxml", this, l10n);
            // at a large text size each label goes above its field, as in the editors
            org.inclusio.gui.util.ResponsiveGrid.applyToForms(root);
            viewModel.reload();
        }
        return root;
    }

    @FXML
    private void initialize() {
        OrganisationEditorViewModel editor = viewModel.editor();
        organisationSearchField.textProperty().bindBidirectional(viewModel.searchTextProperty());
        PauseTransition typing = new PauseTransition(Duration.millis(250));
        typing.setOnFinished(event -> viewModel.reload());
        organisationSearchField.textProperty().addListener((o, old, now) -> typing.playFromStart());
        organisationTable.setItems(viewModel.rows());
        organisationTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        organisationNameColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().name()));
        governanceColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                cell.getValue().governanceModel() == null ? "" : l10n.label(cell.getValue().governanceModel())));
        teamsColumn.setCellValueFactory(cell -> new SimpleLongProperty(cell.getValue().teams()));
        organisationTable.setSortPolicy(table -> {
            if (!table.getSortOrder().isEmpty()) {
                viewModel.sortByName(table.getSortOrder().get(0).getSortType() == TableColumn.SortType.ASCENDING);
            }
            return true;
        });
        Label placeholder = new Label(l10n.text("organisation.register.empty"));
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add("empty-state-text");
        organisationTable.setPlaceholder(placeholder);
        organisationSummaryLabel.textProperty().bind(viewModel.summaryProperty());
        navigation = new RegisterNavigation<>(organisationTable, OrganisationRow::id, viewModel.editor(), dialogs, l10n);
        viewModel.setRowsLoadedListener(() -> navigation.select(viewModel.takeSelectionAfterLoad()));

        Node noSelection = PendingAreaView.create(l10n, "organisation.title", "organisation.editor.empty");
        organisationEditor.visibleProperty().bind(editor.editingProperty());
        noSelection.visibleProperty().bind(editor.editingProperty().not());
        organisationEditorHost.getChildren().add(0, noSelection);
        organisationHeading.textProperty().bind(editor.headingProperty());
        organisationSaveButton.disableProperty().bind(editor.canSaveProperty().not());
        organisationResetButton.disableProperty().bind(editor.dirtyProperty().not());
        organisationNameField.textProperty().bindBidirectional(editor.nameProperty());
        Pickers.optional(governanceBox, Arrays.asList(GovernanceModel.values()), l10n::label,
                l10n.text("organisation.governance.unknown"));
        governanceBox.valueProperty().bindBidirectional(editor.governanceModelProperty());
        governanceHelp.textProperty().bind(Bindings.createStringBinding(
                () -> l10n.help(editor.governanceModelProperty().get()), editor.governanceModelProperty()));
        governanceRow.getChildren().add(helpButtons.create("GovernanceModel.COMMAND_AND_CONTROL",
                l10n.text("organisation.field.governance").replace("_", "")));
        organisationDescriptionArea.textProperty().bindBidirectional(editor.descriptionProperty());
        FieldErrors.bind(organisationNameField, organisationNameError, editor.errorProperty("name"));
        FieldErrors.bind(organisationDescriptionArea, organisationDescriptionError, editor.errorProperty("description"));
    }

    /** Handles the register's keyboard shortcuts; true when the key was one of them. */
    boolean shortcut(KeyEvent event) {
        return navigation.handleKey(event, this::newOrganisation, organisationSearchField);
    }

    @FXML
    private void newOrganisation() {
        if (!navigation.confirmDiscard()) {
            return;
        }
        navigation.clearSelection();
        viewModel.editor().newOrganisation();
        organisationNameField.requestFocus();
    }

    @FXML
    private void save() {
        viewModel.editor().save();
    }

    @FXML
    private void reset() {
        viewModel.editor().reset();
    }

    @FXML
    private void delete() {
        viewModel.editor().delete();
    }
}
