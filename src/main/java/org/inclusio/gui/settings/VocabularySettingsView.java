package org.inclusio.gui.settings;

import java.util.Arrays;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.inclusio.gui.util.FieldErrors;
import org.inclusio.gui.util.Pickers;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.gui.util.Fxml;

/**
 * The region vocabularies tab: pick a list, see its entries, add one or edit the selected one's
 * name and description, take it out of use or back. Binds {@link VocabularySettingsViewModel}.
 */
public final class VocabularySettingsView {

    private final VocabularySettingsViewModel viewModel;
    private final Localization l10n;
    private Node root;

    @FXML private ComboBox<VocabularyList> listBox;
    @FXML private TableView<VocabularyRow> vocabularyTable;
    @FXML private TableColumn<VocabularyRow, String> nameColumn;
    @FXML private TableColumn<VocabularyRow, String> descriptionColumn;
    @FXML private TableColumn<VocabularyRow, String> builtInColumn;
    @FXML private TableColumn<VocabularyRow, String> activeColumn;
    @FXML private Label headingLabel;
    @FXML private TextField entryNameField;
    @FXML private Label nameError;
    @FXML private TextArea entryDescriptionArea;
    @FXML private Label descriptionError;
    @FXML private Button saveEntryButton;
    @FXML private Button toggleEntryButton;

    public VocabularySettingsView(VocabularySettingsViewModel viewModel, Localization l10n) {
        this.viewModel = viewModel;
        this.l10n = l10n;
    }

    public Node root() {
        if (root == null) {
            root = Fxml.load(VocabularySettingsView.class, "VocabularySettings.fxml", this, l10n);
            viewModel.load();
        }
        return root;
    }

    @FXML
    private void initialize() {
        Pickers.required(listBox, Arrays.asList(VocabularyList.values()), list -> l10n.text(list.labelKey()));
        listBox.valueProperty().bindBidirectional(viewModel.listProperty());
        vocabularyTable.setItems(viewModel.rows());
        vocabularyTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label(l10n.text("settings.vocabulary.empty"));
        empty.getStyleClass().add("muted");
        vocabularyTable.setPlaceholder(empty);
        nameColumn.setCellValueFactory(cell -> text(cell.getValue().name()));
        descriptionColumn.setCellValueFactory(cell -> text(cell.getValue().description() == null ? ""
                : cell.getValue().description()));
        builtInColumn.setCellValueFactory(cell -> text(yesNo(cell.getValue().builtIn())));
        activeColumn.setCellValueFactory(cell -> text(yesNo(cell.getValue().active())));
        vocabularyTable.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (now != null) {
                viewModel.selectedProperty().set(now);
            }
        });
        viewModel.selectedProperty().addListener((o, old, now) -> {
            if (now == null) {
                vocabularyTable.getSelectionModel().clearSelection();
            } else if (vocabularyTable.getSelectionModel().getSelectedItem() != now) {
                vocabularyTable.getSelectionModel().select(now);
                vocabularyTable.scrollTo(now);
            }
        });
        headingLabel.textProperty().bind(viewModel.headingProperty());
        entryNameField.textProperty().bindBidirectional(viewModel.nameProperty());
        entryDescriptionArea.textProperty().bindBidirectional(viewModel.descriptionProperty());
        FieldErrors.bind(entryNameField, nameError, viewModel.nameErrorProperty());
        FieldErrors.bind(entryDescriptionArea, descriptionError, viewModel.descriptionErrorProperty());
        saveEntryButton.disableProperty().bind(viewModel.canSaveProperty().not());
        toggleEntryButton.disableProperty().bind(viewModel.canToggleProperty().not());
        toggleEntryButton.textProperty().bind(Bindings.when(viewModel.selectedActiveProperty())
                .then(l10n.text("settings.vocabulary.deactivate"))
                .otherwise(l10n.text("settings.vocabulary.reactivate")));
        entryNameField.setOnAction(event -> save());
    }

    private String yesNo(boolean value) {
        return l10n.text(value ? "settings.vocabulary.yes" : "settings.vocabulary.no");
    }

    private static ObservableValue<String> text(String value) {
        return new ReadOnlyStringWrapper(value).getReadOnlyProperty();
    }

    @FXML
    private void newEntry() {
        viewModel.newEntry();
        entryNameField.requestFocus();
    }

    @FXML
    private void save() {
        if (!saveEntryButton.isDisabled()) {
            viewModel.save();
        }
    }

    @FXML
    private void toggleActive() {
        viewModel.toggleActive();
    }
}
