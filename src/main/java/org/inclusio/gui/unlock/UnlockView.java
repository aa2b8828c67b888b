package org.inclusio.gui.unlock;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import org.inclusio.gui.util.AppIcons;
import org.inclusio.gui.util.Fxml;
import org.inclusio.logic.i18n.Localization;

/** The unlock screen: the window shows nothing else until the passphrase or the recovery key is given. */
public final class UnlockView {

    private final UnlockViewModel viewModel;
    private final Localization l10n;
    private Parent root;

    @FXML private VBox form;
    @FXML private ImageView logo;
    @FXML private Label titleLabel;
    @FXML private Label locationLabel;
    @FXML private Label secretLabel;
    @FXML private PasswordField passphraseField;
    @FXML private TextField recoveryField;
    @FXML private CheckBox recoverySwitch;
    @FXML private Label nameLabel;
    @FXML private TextField nameField;
    @FXML private Label errorLabel;
    @FXML private Button unlockButton;
    @FXML private Button restoreButton;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label busyLabel;

    public UnlockView(UnlockViewModel viewModel, Localization l10n) {
        this.viewModel = viewModel;
        this.l10n = l10n;
    }

    public Parent root() {
        if (root == null) {
            root = Fxml.load(UnlockView.class, "Unlock.fxml", this, l10n);
        }
        return root;
    }

    public UnlockViewModel viewModel() {
        return viewModel;
    }

    @FXML
    private void initialize() {
        logo.setImage(AppIcons.image(128));
        locationLabel.setText(l10n.text("unlock.location", viewModel.location()));
        passphraseField.textProperty().bindBidirectional(viewModel.passphraseProperty());
        recoveryField.textProperty().bindBidirectional(viewModel.recoveryKeyProperty());
        nameField.textProperty().bindBidirectional(viewModel.actorNameProperty());
        recoverySwitch.selectedProperty().bindBidirectional(viewModel.useRecoveryKeyProperty());
        passphraseField.visibleProperty().bind(viewModel.useRecoveryKeyProperty().not());
        recoveryField.visibleProperty().bind(viewModel.useRecoveryKeyProperty());
        secretLabel.textProperty().bind(javafx.beans.binding.Bindings.when(viewModel.useRecoveryKeyProperty())
                .then(l10n.text("unlock.recoveryKey")).otherwise(l10n.text("unlock.passphrase")));
        secretLabel.labelForProperty().bind(javafx.beans.binding.Bindings.when(viewModel.useRecoveryKeyProperty())
                .<javafx.scene.Node>then(recoveryField).otherwise(passphraseField));
        nameLabel.setLabelFor(nameField);
        viewModel.useRecoveryKeyProperty().addListener((o, old, recovery) ->
                Platform.runLater(() -> (recovery ? recoveryField : passphraseField).requestFocus()));
        errorLabel.textProperty().bind(viewModel.errorProperty());
        errorLabel.accessibleTextProperty().bind(viewModel.errorProperty());
        errorLabel.managedProperty().bind(errorLabel.textProperty().isNotEmpty());
        errorLabel.visibleProperty().bind(errorLabel.textProperty().isNotEmpty());
        unlockButton.disableProperty().bind(viewModel.canUnlockBinding().not());
        passphraseField.disableProperty().bind(viewModel.busyProperty());
        recoveryField.disableProperty().bind(viewModel.busyProperty());
        recoverySwitch.disableProperty().bind(viewModel.busyProperty());
        nameField.disableProperty().bind(viewModel.busyProperty());
        restoreButton.visibleProperty().bind(viewModel.restoreOfferedProperty());
        restoreButton.managedProperty().bind(viewModel.restoreOfferedProperty());
        restoreButton.disableProperty().bind(viewModel.busyProperty()
                .or(viewModel.passphraseProperty().isEmpty().and(viewModel.recoveryKeyProperty().isEmpty())));
        busyIndicator.visibleProperty().bind(viewModel.busyProperty());
        busyLabel.visibleProperty().bind(viewModel.busyProperty());
        // Enter in either field unlocks
        passphraseField.setOnAction(event -> viewModel.unlock());
        recoveryField.setOnAction(event -> viewModel.unlock());
        nameField.setOnAction(event -> viewModel.unlock());
        viewModel.errorProperty().addListener((o, old, error) -> {
            if (!error.isEmpty()) {
                Platform.runLater(() -> (viewModel.useRecoveryKeyProperty().get() ? recoveryField : passphraseField)
                        .requestFocus());
            }
        });
        if (viewModel.onServer()) {
            showAsServerSignIn();
        }
        focusSecret();
    }

    /** A store on a server: the user signs in with the server's password; there is no recovery key. */
    private void showAsServerSignIn() {
        titleLabel.setText(l10n.text("unlock.server.title"));
        locationLabel.setText(l10n.text("unlock.server.location", viewModel.location()));
        secretLabel.textProperty().unbind();
        secretLabel.setText(l10n.text("unlock.password"));
        passphraseField.setAccessibleText(l10n.text("unlock.password.accessible"));
        passphraseField.setPromptText(l10n.text("unlock.password.prompt"));
        recoverySwitch.setVisible(false);
        recoverySwitch.setManaged(false);
        unlockButton.setText(l10n.text("unlock.server.button"));
        busyLabel.setText(l10n.text("unlock.server.busy"));
    }

    /** Puts the caret into the passphrase field (the screen was just shown). */
    public void focusSecret() {
        Platform.runLater(() -> (viewModel.useRecoveryKeyProperty().get() ? recoveryField : passphraseField)
                .requestFocus());
    }

    @FXML
    private void restoreLastBackup() {
        viewModel.restoreLastBackup();
    }

    @FXML
    private void unlock() {
        viewModel.unlock();
    }
}
