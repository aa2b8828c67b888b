package org.inclusio.gui.unlock;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.image.ImageView;
import org.inclusio.gui.util.AppIcons;
import org.inclusio.gui.util.Fxml;
import org.inclusio.logic.i18n.Localization;

/**
 * "Create a new store" on a first start, or "Encrypt this store" for a store in clear from an earlier
 * version: the passphrase twice, judged as it is typed.
 */
public final class CreateStoreView {

    private final CreateStoreViewModel viewModel;
    private final Localization l10n;
    private final Runnable openedInClear;
    private Parent root;

    @FXML private ImageView logo;
    @FXML private Label titleLabel;
    @FXML private Label locationLabel;
    @FXML private Label introLabel;
    @FXML private Label passphraseLabel;
    @FXML private PasswordField passphraseField;
    @FXML private Label repeatLabel;
    @FXML private PasswordField repeatField;
    @FXML private Label problemLabel;
    @FXML private Label errorLabel;
    @FXML private Button createButton;
    @FXML private Button notNowButton;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label busyLabel;

    /** @param openedInClear called after "Not now" opened a store in clear as it is (unused when creating) */
    public CreateStoreView(CreateStoreViewModel viewModel, Localization l10n, Runnable openedInClear) {
        this.viewModel = viewModel;
        this.l10n = l10n;
        this.openedInClear = openedInClear;
    }

    public Parent root() {
        if (root == null) {
            root = Fxml.load(CreateStoreView.class, "CreateStore.fxml", this, l10n);
        }
        return root;
    }

    @FXML
    private void initialize() {
        boolean create = viewModel.purpose() == CreateStoreViewModel.Purpose.CREATE;
        logo.setImage(AppIcons.image(128));
        titleLabel.setText(l10n.text(create ? "create.title" : "encrypt.title"));
        locationLabel.setText(l10n.text("unlock.location", viewModel.location()));
        introLabel.setText(l10n.text(create ? "create.intro" : "encrypt.intro"));
        createButton.setText(l10n.text(create ? "create.button" : "encrypt.button"));
        busyLabel.setText(l10n.text(create ? "create.busy" : "encrypt.busy"));
        busyIndicator.setAccessibleText(busyLabel.getText());
        notNowButton.setVisible(!create);
        notNowButton.setManaged(!create);
        passphraseLabel.setLabelFor(passphraseField);
        repeatLabel.setLabelFor(repeatField);
        NewPassphraseForm form = viewModel.form();
        passphraseField.textProperty().bindBidirectional(form.passphraseProperty());
        repeatField.textProperty().bindBidirectional(form.repeatedProperty());
        problemLabel.textProperty().bind(form.problemBinding());
        problemLabel.accessibleTextProperty().bind(form.problemBinding());
        errorLabel.textProperty().bind(viewModel.errorProperty());
        errorLabel.accessibleTextProperty().bind(viewModel.errorProperty());
        errorLabel.visibleProperty().bind(errorLabel.textProperty().isNotEmpty());
        errorLabel.managedProperty().bind(errorLabel.visibleProperty());
        createButton.disableProperty().bind(viewModel.canCreateBinding().not());
        notNowButton.disableProperty().bind(viewModel.busyProperty());
        passphraseField.disableProperty().bind(viewModel.busyProperty());
        repeatField.disableProperty().bind(viewModel.busyProperty());
        busyIndicator.visibleProperty().bind(viewModel.busyProperty());
        busyLabel.visibleProperty().bind(viewModel.busyProperty());
        passphraseField.setOnAction(event -> repeatField.requestFocus());
        repeatField.setOnAction(event -> viewModel.create());
        Platform.runLater(passphraseField::requestFocus);
    }

    @FXML
    private void create() {
        viewModel.create();
    }

    @FXML
    private void notNow() {
        viewModel.openInClear(openedInClear);
    }
}
