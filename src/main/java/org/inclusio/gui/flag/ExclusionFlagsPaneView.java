package org.inclusio.gui.flag;

import org.inclusio.gui.help.HelpContext;
import org.inclusio.logic.i18n.TaskGuide;
import java.util.Arrays;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import org.inclusio.gui.help.HelpButton;
import org.inclusio.gui.util.FieldErrors;
import org.inclusio.gui.util.Pickers;
import org.inclusio.logic.common.Choice;
import org.inclusio.logic.flag.FlagDraft;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.model.ExclusionKind;
import org.inclusio.model.Severity;
import org.inclusio.gui.util.Fxml;

/**
 * The exclusion flags pane: a table of the flags of one activity or team and a form for the
 * selected or new manual flag. Reusable in any editor; binds {@link ExclusionFlagsPaneViewModel}.
 */
public final class ExclusionFlagsPaneView {

    private final ExclusionFlagsPaneViewModel viewModel;
    private final Localization l10n;
    private final HelpButton helpButtons;
    private Node root;

    @FXML private Button saveFlagButton;
    @FXML private Button resetFlagButton;
    @FXML private Button deleteFlagButton;
    @FXML private Button newFlagButton;
    @FXML private TableView<FlagDraft> flagTable;
    @FXML private TableColumn<FlagDraft, String> flagKindColumn;
    @FXML private TableColumn<FlagDraft, String> flagGroupColumn;
    @FXML private TableColumn<FlagDraft, String> observationColumn;
    @FXML private TableColumn<FlagDraft, String> severityColumn;
    @FXML private TableColumn<FlagDraft, String> flagStatusColumn;
    @FXML private TableColumn<FlagDraft, String> originColumn;
    @FXML private GridPane flagForm;
    @FXML private ScrollPane flagFormPane;
    @FXML private Label automaticNote;
    @FXML private HBox kindRow;
    @FXML private ComboBox<ExclusionKind> flagKindBox;
    @FXML private ComboBox<Choice> flagGroupBox;
    @FXML private TextArea observationArea;
    @FXML private Label observationError;
    @FXML private ComboBox<Severity> flagSeverityBox;
    @FXML private ComboBox<org.inclusio.model.FlagStatus> flagStatusBox;
    @FXML private Label statusError;
    @FXML private TextArea mitigationArea;
    @FXML private Label mitigationError;
    @FXML private DatePicker observedOnPicker;

    public ExclusionFlagsPaneView(ExclusionFlagsPaneViewModel viewModel, Localization l10n, HelpButton helpButtons) {
        this.viewModel = viewModel;
        this.l10n = l10n;
        this.helpButtons = helpButtons;
    }

    public ExclusionFlagsPaneViewModel viewModel() {
        return viewModel;
    }

    public Node root() {
        if (root == null) {
            root = Fxml.load(ExclusionFlagsPaneView.class, "ExclusionFlagsPane.fxml", this, l10n);
            // its form reflows at a large text size as the editors' forms do
            org.inclusio.gui.util.ResponsiveGrid.applyToForms(root);
            HelpContext.mark(root, TaskGuide.FLAGS);
        }
        return root;
    }

    @FXML
    private void initialize() {
        bindTable();
        bindForm();
        saveFlagButton.disableProperty().bind(viewModel.canSaveProperty().not());
        resetFlagButton.disableProperty().bind(viewModel.dirtyProperty().not());
        deleteFlagButton.disableProperty().bind(viewModel.canDeleteProperty().not());
        newFlagButton.disableProperty().bind(viewModel.availableProperty().not());
    }

    private void bindTable() {
        flagTable.setItems(viewModel.flags());
        flagTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label(l10n.text("flag.empty"));
        empty.getStyleClass().add("muted");
        flagTable.setPlaceholder(empty);
        flagKindColumn.setCellValueFactory(cell -> text(l10n.label(cell.getValue().kind())));
        flagGroupColumn.setCellValueFactory(cell -> text(cell.getValue().groupName() == null ? ""
                : cell.getValue().groupName()));
        observationColumn.setCellValueFactory(cell -> text(cell.getValue().observation()));
        severityColumn.setCellValueFactory(cell -> text(l10n.label(cell.getValue().severity())));
        flagStatusColumn.setCellValueFactory(cell -> text(l10n.label(cell.getValue().status())));
        originColumn.setCellValueFactory(cell -> text(l10n.label(cell.getValue().origin())));
        flagTable.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (now != null) {
                viewModel.selectedProperty().set(now);
            }
        });
        viewModel.selectedProperty().addListener((o, old, now) -> {
            if (now == null) {
                flagTable.getSelectionModel().clearSelection();
            } else if (flagTable.getSelectionModel().getSelectedItem() != now) {
                flagTable.getSelectionModel().select(now);
            }
        });
    }

    private static ObservableValue<String> text(String value) {
        return new ReadOnlyStringWrapper(value).getReadOnlyProperty();
    }

    private void bindForm() {
        flagForm.visibleProperty().bind(viewModel.editingProperty());
        flagFormPane.visibleProperty().bind(viewModel.editingProperty());
        Pickers.required(flagKindBox, Arrays.asList(ExclusionKind.values()), l10n::label);
        flagKindBox.valueProperty().bindBidirectional(viewModel.kindProperty());
        kindRow.getChildren().add(helpButtons.create("concept.externalExclusion",
                l10n.label(ExclusionKind.EXTERNAL)));
        kindRow.getChildren().add(helpButtons.create("concept.internalExclusion",
                l10n.label(ExclusionKind.INTERNAL)));
        Pickers.optional(flagGroupBox, viewModel.groupChoices(), Choice::label, l10n.text("flag.field.none"));
        flagGroupBox.valueProperty().bindBidirectional(viewModel.groupProperty());
        observationArea.textProperty().bindBidirectional(viewModel.observationProperty());
        Pickers.required(flagSeverityBox, Arrays.asList(Severity.values()), l10n::label);
        flagSeverityBox.valueProperty().bindBidirectional(viewModel.severityProperty());
        Pickers.required(flagStatusBox, ExclusionFlagsPaneViewModel.manualStatuses(), l10n::label);
        flagStatusBox.valueProperty().bindBidirectional(viewModel.statusProperty());
        mitigationArea.textProperty().bindBidirectional(viewModel.mitigationProperty());
        Pickers.isoDates(observedOnPicker);
        observedOnPicker.valueProperty().bindBidirectional(viewModel.observedOnProperty());
        FieldErrors.bind(observationArea, observationError, viewModel.errorProperty("observation"));
        FieldErrors.bind(flagStatusBox, statusError, viewModel.errorProperty("status"));
        FieldErrors.bind(mitigationArea, mitigationError, viewModel.errorProperty("mitigation"));
        automaticNote.visibleProperty().bind(viewModel.automaticProperty());
        automaticNote.managedProperty().bind(viewModel.automaticProperty());
        for (Node field : new Node[] {flagKindBox, flagGroupBox, observationArea, flagSeverityBox, flagStatusBox, mitigationArea,
            observedOnPicker}) {
            field.disableProperty().bind(viewModel.automaticProperty());
        }
        flagStatusBox.setAccessibleText(l10n.text("flag.field.status").replace("_", ""));
        observationArea.setAccessibleText(l10n.text("flag.field.observation").replace("_", ""));
    }

    /** Puts the cursor in the observation (after New flag). */
    private void focusForm() {
        observationArea.requestFocus();
    }

    @FXML
    private void newFlag() {
        flagTable.getSelectionModel().clearSelection();
        viewModel.newFlag();
        focusForm();
    }

    @FXML
    private void save() {
        viewModel.save();
    }

    @FXML
    private void reset() {
        viewModel.reset();
    }

    @FXML
    private void delete() {
        viewModel.delete();
    }
}
