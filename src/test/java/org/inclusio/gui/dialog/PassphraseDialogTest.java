package org.inclusio.gui.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.inclusio.logic.exchange.ExportPassphrase;
import org.inclusio.logic.i18n.Localization;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The passphrase dialogs of the window: hidden typing, OK only for a passphrase the shared rule accepts. */
class PassphraseDialogTest {

    private static final Localization L10N = new Localization(Locale.UK);
    private FxDialogService dialogs;

    @BeforeEach
    void stage() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(owner -> {
            owner.setScene(new Scene(new StackPane(), 400, 300));
            owner.show();
        });
        dialogs = new FxDialogService(L10N, () -> stage);
    }

    @AfterEach
    void cleanUp() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> List.copyOf(Window.getWindows()).stream()
                .filter(window -> window.getScene() != null && window.getScene().getRoot() instanceof DialogPane)
                .forEach(Window::hide)).get(30, TimeUnit.SECONDS);
        FxToolkit.cleanupStages();
    }

    @Test
    void aNewPassphraseIsAcceptedOnlyWhenLongEnoughAndTypedTheSameTwice() throws Exception {
        CompletableFuture<Optional<char[]>> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(dialogs.askNewPassphrase("Passphrase", "Choose one",
                (first, second) -> ExportPassphrase.check(first, second)
                        .map(problem -> ExportPassphrase.message(problem, L10N)))));
        DialogPane pane = waitForDialog();
        List<PasswordField> fields = pane.lookupAll(".password-field").stream().map(PasswordField.class::cast).toList();
        assertThat(fields).hasSize(2);
        Button ok = okButton(pane);

        type(fields.get(0), "too short");
        assertThat(ok.isDisabled()).isTrue();
        assertThat(texts(pane)).contains("The passphrase must have at least 12 characters.");

        type(fields.get(0), "long enough now");
        type(fields.get(1), "long enough n0w");
        assertThat(ok.isDisabled()).isTrue();
        assertThat(texts(pane)).contains("The two passphrases are not the same.");

        type(fields.get(1), "long enough now");
        assertThat(ok.isDisabled()).isFalse();
        WaitForAsyncUtils.asyncFx(ok::fire).get(30, TimeUnit.SECONDS);

        assertThat(answer.get(30, TimeUnit.SECONDS)).hasValueSatisfying(
                typed -> assertThat(new String(typed)).isEqualTo("long enough now"));
    }

    @Test
    void thePassphraseOfAFileIsOneHiddenFieldAndCancelGivesNothing() throws Exception {
        CompletableFuture<Optional<char[]>> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(dialogs.askPassphrase("Passphrase", "The file is encrypted")));
        DialogPane pane = waitForDialog();
        assertThat(pane.lookupAll(".password-field")).hasSize(1);
        Button cancel = pane.getButtonTypes().stream().filter(type -> type.getButtonData() == ButtonBar.ButtonData.CANCEL_CLOSE)
                .map(type -> (Button) pane.lookupButton(type)).findFirst().orElseThrow();
        type((PasswordField) pane.lookup(".password-field"), "anything");
        WaitForAsyncUtils.asyncFx(cancel::fire).get(30, TimeUnit.SECONDS);

        assertThat(answer.get(30, TimeUnit.SECONDS)).isEmpty();
    }

    @Test
    void aConfirmationKeepsTheWorkWhenEnterIsPressed() throws Exception {
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(dialogs.confirm("Discard changes?", "The activity has changes.",
                "Discard changes")));
        DialogPane pane = waitForDialog();
        Button discard = okButton(pane);
        Button cancel = pane.getButtonTypes().stream()
                .filter(type -> type.getButtonData() == ButtonBar.ButtonData.CANCEL_CLOSE)
                .map(type -> (Button) pane.lookupButton(type)).findFirst().orElseThrow();
        assertThat(discard.isDefaultButton()).as("the destructive button is the default").isFalse();
        assertThat(cancel.isDefaultButton()).isTrue();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, cancel::isFocused);
        new org.testfx.api.FxRobot().press(javafx.scene.input.KeyCode.ENTER)
                .release(javafx.scene.input.KeyCode.ENTER);

        assertThat(answer.get(30, TimeUnit.SECONDS)).isFalse();
    }

    private static DialogPane waitForDialog() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> dialogPane().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return dialogPane().orElseThrow();
    }

    private static Optional<DialogPane> dialogPane() {
        return List.copyOf(Window.getWindows()).stream().filter(Window::isShowing)
                .map(Window::getScene).filter(scene -> scene != null && scene.getRoot() instanceof DialogPane)
                .map(scene -> (DialogPane) scene.getRoot()).findFirst();
    }

    private static Button okButton(DialogPane pane) {
        return pane.getButtonTypes().stream().filter(type -> type.getButtonData() == ButtonBar.ButtonData.OK_DONE)
                .map(type -> (Button) pane.lookupButton(type)).findFirst().orElseThrow();
    }

    private static void type(PasswordField field, String text) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> field.setText(text)).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String> texts(DialogPane pane) {
        return pane.lookupAll(".label").stream().map(Node.class::cast).filter(Label.class::isInstance)
                .map(node -> ((Label) node).getText()).toList();
    }
}
