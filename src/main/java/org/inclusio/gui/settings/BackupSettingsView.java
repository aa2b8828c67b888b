package org.inclusio.gui.settings;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.inclusio.gui.util.Fxml;
import org.inclusio.logic.i18n.Localization;

/** The Backups tab of the Settings. */
public final class BackupSettingsView {

    private final BackupsViewModel viewModel;
    private final Localization l10n;
    private Parent root;

    @FXML private TableView<BackupCatalogue.Row> backupTable;
    @FXML private TableColumn<BackupCatalogue.Row, String> madeColumn;
    @FXML private TableColumn<BackupCatalogue.Row, String> reasonColumn;
    @FXML private TableColumn<BackupCatalogue.Row, Long> recordsColumn;
    @FXML private TableColumn<BackupCatalogue.Row, String> fileColumn;
    @FXML private Button backupButton;
    @FXML private Label passphraseLabel;
    @FXML private PasswordField passphraseField;
    @FXML private Button checkButton;
    @FXML private Button restoreButton;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label keepLabel;
    @FXML private Spinner<Integer> keepSpinner;
    @FXML private Button keepButton;
    @FXML private Label outcomeLabel;

    public BackupSettingsView(BackupsViewModel viewModel, Localization l10n) {
        this.viewModel = viewModel;
        this.l10n = l10n;
    }

    public Parent root() {
        if (root == null) {
            root = Fxml.load(BackupSettingsView.class, "BackupSettings.fxml", this, l10n);
        }
        return root;
    }

    public BackupsViewModel viewModel() {
        return viewModel;
    }

    @FXML
    private void initialize() {
        backupTable.setItems(viewModel.rows());
        backupTable.setPlaceholder(new Label(l10n.text("settings.backups.empty")));
        madeColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(viewModel.made(cell.getValue())));
        reasonColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(reason(cell.getValue().reason())));
        recordsColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().records()));
        fileColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(
                cell.getValue().file().getFileName().toString()));
        viewModel.selectedProperty().bind(backupTable.getSelectionModel().selectedItemProperty());
        passphraseLabel.setLabelFor(passphraseField);
        passphraseField.textProperty().bindBidirectional(viewModel.passphraseProperty());
        keepLabel.setLabelFor(keepSpinner);
        SpinnerValueFactory.IntegerSpinnerValueFactory keep = new SpinnerValueFactory.IntegerSpinnerValueFactory(
                1, 1000, viewModel.keepProperty().get());
        keepSpinner.setValueFactory(keep);
        viewModel.keepProperty().addListener((o, old, now) -> keep.setValue(now.intValue()));
        backupButton.disableProperty().bind(viewModel.busyProperty());
        keepButton.disableProperty().bind(viewModel.busyProperty());
        checkButton.disableProperty().bind(viewModel.canUseSelectedBinding().not());
        restoreButton.disableProperty().bind(viewModel.canUseSelectedBinding().not());
        busyIndicator.visibleProperty().bind(viewModel.busyProperty());
        outcomeLabel.textProperty().bind(viewModel.outcomeProperty());
        outcomeLabel.accessibleTextProperty().bind(viewModel.outcomeProperty());
    }

    @FXML
    private void backUpNow() {
        viewModel.backUpNow();
    }

    @FXML
    private void check() {
        viewModel.check();
    }

    @FXML
    private void restore() {
        viewModel.restore();
    }

    @FXML
    private void saveKeep() {
        keepSpinner.commitValue();
        viewModel.saveKeep(keepSpinner.getValue());
    }

    /** Why a backup was made, in words: manual, daily or on close (a backup made elsewhere: as written). */
    private String reason(String code) {
        return switch (code) {
            case "manual" -> l10n.text("settings.backups.reason.manual");
            case "daily" -> l10n.text("settings.backups.reason.daily");
            case "close" -> l10n.text("settings.backups.reason.close");
            default -> code;
        };
    }
}
