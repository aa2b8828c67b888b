package org.inclusio.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inclusio.gui.AppUnderTest.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.persistence.Store;
import org.inclusio.persistence.StoreFactory;
import org.inclusio.persistence.StoreSecret;
import org.inclusio.persistence.StoreState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window on a folder without a store: it asks for a passphrase, creates the encrypted store, shows
 * the recovery key, and then locks with Ctrl+L and unlocks again, with nothing of the areas visible meanwhile.
 */
class StoreProtectionAppTest {

    private static final String PASSPHRASE = "seven sleepy owls at the harbour";

    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();
    private final Localization l10n = new Localization(java.util.Locale.getDefault());

    @Test
    void createsAStoreOnFirstStartShowsTheRecoveryKeyLocksAndUnlocks() throws Exception {
        Path store = folder.resolve("store");
        String recoveryKey;
        try (AppUnderTest ui = AppUnderTest.startAsUser(store)) {
            waitUntil(() -> robot.lookup("#createScreen").tryQuery().isPresent());
            assertThat(Files.exists(store.resolve("inclusio.mv.db"))).as("no store before the user asks").isFalse();
            Button create = robot.lookup("#createButton").queryButton();
            assertThat(create.isDisabled()).isTrue();

            robot.clickOn("#passphraseField").write("too short");
            Label problem = robot.lookup("#problemLabel").queryAs(Label.class);
            assertThat(problem.getText()).contains("12");
            robot.interact(() -> robot.lookup("#passphraseField").queryAs(PasswordField.class).setText(PASSPHRASE));
            robot.clickOn("#repeatField");
            robot.interact(() -> robot.lookup("#repeatField").queryAs(PasswordField.class).setText(PASSPHRASE));
            assertThat(problem.getText()).isEmpty();
            robot.type(KeyCode.ENTER);

            waitUntil(() -> robot.lookup("#recoveryScreen").tryQuery().isPresent());
            recoveryKey = robot.lookup("#keyLabel").queryAs(Label.class).getText();
            assertThat(recoveryKey).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){7}");
            assertThat(new StoreFactory().inspect(store)).isEqualTo(StoreState.ENCRYPTED);
            Button continueButton = robot.lookup("#continueButton").queryButton();
            assertThat(continueButton.isDisabled()).isTrue();
            robot.clickOn("#keptBox");
            robot.clickOn("#continueButton");

            waitUntil(() -> robot.lookup("#loadExampleButton").tryQuery().isPresent());
            assertThat(ui.app().actorName()).isNotBlank();

            robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
            waitUntil(() -> robot.lookup("#unlockScreen").tryQuery().isPresent());
            assertThat(ui.app().isLocked()).isTrue();
            assertThat(ui.scene().lookup("#content")).as("no area is in the window while locked").isNull();
            assertThat(robot.lookup("#loadExampleButton").tryQuery()).isEmpty();

            PasswordField passphrase = robot.lookup("#passphraseField").queryAs(PasswordField.class);
            waitUntil(passphrase::isFocused);
            robot.write("wrong one");
            robot.type(KeyCode.ENTER);
            Label error = robot.lookup("#errorLabel").queryAs(Label.class);
            waitUntil(() -> !error.getText().isEmpty());
            assertThat(error.getText()).isEqualTo(l10n.text("store.problem.wrongPassphrase", store.toString()));
            assertThat(ui.app().isLocked()).isTrue();

            robot.interact(() -> robot.lookup("#recoverySwitch").queryAs(javafx.scene.control.CheckBox.class).fire());
            TextField recovery = robot.lookup("#recoveryField").queryAs(TextField.class);
            waitUntil(recovery::isFocused);
            robot.interact(() -> recovery.setText(recoveryKey.toLowerCase(java.util.Locale.ROOT)));
            robot.type(KeyCode.ENTER);
            waitUntil(() -> robot.lookup("#loadExampleButton").tryQuery().isPresent());
            assertThat(ui.app().isLocked()).isFalse();
        }
        try (Store reopened = new StoreFactory().open(store, new StoreSecret.Passphrase(PASSPHRASE.toCharArray()))) {
            assertThat(reopened.settings().encrypted()).isTrue();
        }
    }
}
