package org.inclusio.gui.settings;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import org.inclusio.gui.prefs.LockPreferences;
import org.inclusio.gui.util.Fxml;
import org.inclusio.logic.i18n.Localization;

/** The Security tab of the Settings: the idle time before the window locks, and changing the passphrase. */
public final class SecuritySettingsView {

    private final SecuritySettingsViewModel viewModel;
    private final Localization l10n;
    private Parent root;

    @FXML private Label idleLabel;
    @FXML private Spinner<Integer> idleSpinner;
    @FXML private Label passphraseIntro;
    @FXML private Label currentLabel;
    @FXML private PasswordField currentField;
    @FXML private Label newLabel;
    @FXML private PasswordField newField;
    @FXML private Label repeatLabel;
    @FXML private PasswordField repeatField;
    @FXML private Label problemLabel;
    @FXML private Label errorLabel;
    @FXML private Button changeButton;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label outcomeLabel;

    public SecuritySettingsView(SecuritySettingsViewModel viewModel, Localization l10n) {
        this.viewModel = viewModel;
        this.l10n = l10n;
    }

    public Parent root() {
        if (root == null) {
            root = Fxml.load(SecuritySettingsView.class, "SecuritySettings.fxml", this, l10n);
        }
        return root;
    }

    @FXML
    private void initialize() {
        SpinnerValueFactory.IntegerSpinnerValueFactory minutes = new SpinnerValueFactory.IntegerSpinnerValueFactory(
                0, LockPreferences.MAX_IDLE_MINUTES, viewModel.idleMinutesProperty().get());
        idleSpinner.setValueFactory(minutes);
        minutes.valueProperty().addListener((o, old, now) -> {
            if (now != null) {
                viewModel.idleMinutesProperty().set(now);
            }
        });
        idleLabel.setLabelFor(idleSpinner);
        currentLabel.setLabelFor(currentField);
        newLabel.setLabelFor(newField);
        repeatLabel.setLabelFor(repeatField);
        passphraseIntro.setText(l10n.text(viewModel.encrypted() ? "settings.security.passphrase.intro"
                : "encrypt.warning"));
        currentField.textProperty().bindBidirectional(viewModel.currentProperty());
        newField.textProperty().bindBidirectional(viewModel.form().passphraseProperty());
        repeatField.textProperty().bindBidirectional(viewModel.form().repeatedProperty());
        problemLabel.textProperty().bind(viewModel.form().problemBinding());
        problemLabel.accessibleTextProperty().bind(viewModel.form().problemBinding());
        errorLabel.textProperty().bind(viewModel.errorProperty());
        errorLabel.accessibleTextProperty().bind(viewModel.errorProperty());
        errorLabel.visibleProperty().bind(errorLabel.textProperty().isNotEmpty());
        errorLabel.managedProperty().bind(errorLabel.visibleProperty());
        outcomeLabel.textProperty().bind(viewModel.outcomeProperty());
        outcomeLabel.accessibleTextProperty().bind(viewModel.outcomeProperty());
        changeButton.disableProperty().bind(viewModel.canChangeBinding().not());
        for (var field : new PasswordField[] {currentField, newField, repeatField}) {
            field.setDisable(!viewModel.encrypted());
        }
        busyIndicator.visibleProperty().bind(viewModel.busyProperty());
        repeatField.setOnAction(event -> viewModel.changePassphrase());
    }

    @FXML
    private void change() {
        viewModel.changePassphrase();
    }
}
