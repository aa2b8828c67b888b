package org.inclusio.gui.dialog;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.inclusio.logic.ErrorReport;
import org.inclusio.logic.i18n.Localization;

/** Dialogs and notices as JavaFX alerts and ControlsFX notifications, owned by the main window. */
public final class FxDialogService implements DialogService {

    private static final Logger LOG = Logger.getLogger(FxDialogService.class.getName());

    private final Localization l10n;
    private final Supplier<Window> owner;
    private final SaveFileChooser saveFiles;

    public FxDialogService(Localization l10n, Supplier<Window> owner) {
        this(l10n, owner, SaveFileChooser.system());
    }

    /** Dialogs that ask where to save a file with {@code saveFiles} instead of the system's file dialog. */
    public FxDialogService(Localization l10n, Supplier<Window> owner, SaveFileChooser saveFiles) {
        this.l10n = l10n;
        this.owner = owner;
        this.saveFiles = saveFiles;
    }

    @Override
    public void showInformation(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message).showAndWait();
    }

    @Override
    public void showError(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message).showAndWait();
    }

    @Override
    public void showUnexpectedError(Throwable failure) {
        LOG.log(Level.SEVERE, ErrorReport.forLog(failure));
        showError(l10n.text("error.unexpected.title"), ErrorReport.forUser(failure, l10n));
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        return confirm(title, message, confirmLabel, l10n.text("action.cancel"));
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel, String keepLabel) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
        ButtonType confirm = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(keepLabel, ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(confirm, cancel);
        // what a confirmation asks about is lost work or deleted records: Enter and Escape both keep them
        Button confirmButton = (Button) alert.getDialogPane().lookupButton(confirm);
        Button cancelButton = (Button) alert.getDialogPane().lookupButton(cancel);
        confirmButton.setDefaultButton(false);
        cancelButton.setDefaultButton(true);
        alert.setOnShown(event -> cancelButton.requestFocus());
        return alert.showAndWait().filter(confirm::equals).isPresent();
    }

    @Override
    public void notify(String message) {
        Notifications notice = Notifications.create()
                .text(message)
                .hideAfter(Duration.seconds(4));
        Window window = owner.get();
        if (window != null) {
            notice.owner(window);
        }
        notice.showInformation();
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, String extension) {
        return saveFiles.choose(owner.get(), title, suggestedName, java.util.List.of(extension));
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, java.util.List<String> extensions) {
        return saveFiles.choose(owner.get(), title, suggestedName, extensions);
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, String... extensions) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        String[] patterns = Arrays.stream(extensions).map(e -> "*." + e).toArray(String[]::new);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(String.join(", ", extensions), patterns));
        return Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<char[]> askPassphrase(String title, String message) {
        return passphraseDialog(title, message, null);
    }

    @Override
    public Optional<char[]> askNewPassphrase(String title, String message,
            BiFunction<char[], char[], Optional<String>> problem) {
        return passphraseDialog(title, message, problem);
    }

    /** One passphrase field, or two with a check when {@code problem} is given; the text is never shown. */
    private Optional<char[]> passphraseDialog(String title, String message,
            BiFunction<char[], char[], Optional<String>> problem) {
        Dialog<char[]> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        ButtonType ok = new ButtonType(l10n.text("action.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(l10n.text("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);

        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(460);
        PasswordField first = new PasswordField();
        PasswordField second = new PasswordField();
        Label firstLabel = new Label(l10n.text("exchangeScreen.passphrase.field"));
        firstLabel.setMnemonicParsing(true);
        firstLabel.setLabelFor(first);
        Label secondLabel = new Label(l10n.text("exchangeScreen.passphrase.repeat"));
        secondLabel.setMnemonicParsing(true);
        secondLabel.setLabelFor(second);
        Label wrong = new Label();
        wrong.setWrapText(true);
        wrong.setMaxWidth(460);
        wrong.getStyleClass().add("validation-message");

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.add(text, 0, 0, 2, 1);
        grid.add(firstLabel, 0, 1);
        grid.add(first, 1, 1);
        if (problem != null) {
            grid.add(secondLabel, 0, 2);
            grid.add(second, 1, 2);
            grid.add(wrong, 0, 3, 2, 1);
        }
        dialog.getDialogPane().setContent(grid);

        Node okButton = dialog.getDialogPane().lookupButton(ok);
        Runnable check = () -> {
            Optional<String> found = problem == null
                    ? (first.getText().isEmpty() ? Optional.of("") : Optional.empty())
                    : problem.apply(first.getText().toCharArray(), second.getText().toCharArray());
            okButton.setDisable(found.isPresent());
            wrong.setText(found.orElse(""));
        };
        first.textProperty().addListener((o, old, now) -> check.run());
        second.textProperty().addListener((o, old, now) -> check.run());
        check.run();
        wrong.setText("");
        dialog.setOnShown(e -> first.requestFocus());
        dialog.setResultConverter(button -> button == ok ? first.getText().toCharArray() : null);
        Optional<char[]> result = dialog.showAndWait();
        first.clear();
        second.clear();
        return result;
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(title);
        Label content = new Label(message);
        content.setWrapText(true);
        content.setMaxWidth(460);
        alert.getDialogPane().setContent(content);
        return alert;
    }
}
