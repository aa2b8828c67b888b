package org.inclusio.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inclusio.gui.AppUnderTest.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.persistence.Store;
import org.inclusio.testing.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window on an encrypted store, unlocked as a user does: once the passphrase is accepted, the main
 * window's frame shows "Opening the store..." while the store is opened, then the first screen fills it; a store
 * that turns out damaged after the passphrase was accepted brings the unlock screen back with the reason.
 */
class UnlockOpeningAppTest {

    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();
    private final Localization l10n = new Localization(java.util.Locale.getDefault());

    @Test
    void theFrameShowsWhileTheStoreOpensAndTheFirstScreenFillsIt() throws Exception {
        Path store = folder.resolve("store");
        TestStores.open(store).close();
        try (AppUnderTest ui = AppUnderTest.startAsUser(store)) {
            List<String> roots = watchRoots(ui);
            unlockWith(TestStores.PASSPHRASE);
            // the empty store's welcome is the first screen
            waitUntil(() -> robot.lookup("#loadExampleButton").tryQuery().isPresent());
            assertThat(roots).as("the unlock screen gave way to the frame before the store was open")
                    .containsExactly("frame while opening");
            assertThat(ui.scene().lookup("#openingScreen")).as("the opening notice is gone").isNull();
            assertThat(ui.scene().lookup("#navigation")).isNotNull();
            assertThat(ui.app().services()).isNotNull();
        }
    }

    @Test
    void aStoreFoundDamagedAfterThePassphraseBringsTheUnlockScreenBackWithTheReason() throws Exception {
        Path store = folder.resolve("store");
        try (Store made = TestStores.open(store)) {
            made.database().sqlUpdate("create table filler (id int primary key, text varchar(200))").execute();
            for (int i = 0; i < 200; i++) {
                made.database().sqlUpdate("insert into filler values (?, ?)").setParameter(1, i)
                        .setParameter(2, "row " + i + " of text that fills a few pages").execute();
            }
        }
        Path file = store.resolve("inclusio.mv.db");
        byte[] bytes = Files.readAllBytes(file);
        // the file's header stays whole (the store is still known as encrypted); its pages are damaged
        for (int i = 16 * 1024; i < bytes.length; i += 7) {
            bytes[i] ^= 0x5a;
        }
        Files.write(file, bytes);
        // what the unlock screen said of this store before the frame was shown while opening
        String refusal;
        try (Store opened = new org.inclusio.persistence.StoreFactory().open(store, TestStores.secret())) {
            throw new AssertionError("the damaged store opened");
        } catch (org.inclusio.persistence.StoreException e) {
            refusal = org.inclusio.app.StoreProblemMessages.describe(e, l10n);
        }
        assertThat(refusal).contains(store.toString());
        try (AppUnderTest ui = AppUnderTest.startAsUser(store)) {
            List<String> roots = watchRoots(ui);
            unlockWith(TestStores.PASSPHRASE);
            // the frame shows first and the unlock screen comes back once the file proves damaged
            waitUntil(() -> robot.lookup("#errorLabel").tryQueryAs(Label.class)
                    .filter(label -> !label.getText().isEmpty()).isPresent());
            Label error = robot.lookup("#errorLabel").queryAs(Label.class);
            assertThat(error.getText()).isEqualTo(refusal);
            assertThat(roots).as("the key was accepted, so the frame showed before the file proved damaged")
                    .containsExactly("frame while opening", "unlock screen");
            assertThat(ui.scene().lookup("#unlockScreen")).isNotNull();
            assertThat(ui.scene().lookup("#navigation")).isNull();
            assertThat(robot.lookup("#passphraseField").queryAs(PasswordField.class).getText()).isEmpty();
            assertThat(ui.app().services()).isNull();
        }
    }

    /** Notes each screen the window puts in place from now on. */
    private static List<String> watchRoots(AppUnderTest ui) {
        List<String> roots = new ArrayList<>();
        Platform.runLater(() -> ui.scene().rootProperty().addListener((o, old, root) -> roots.add(describe(root))));
        WaitForAsyncUtils.waitForFxEvents();
        return roots;
    }

    private static String describe(Parent root) {
        if (root.lookup("#unlockScreen") != null) {
            return "unlock screen";
        }
        if (root.lookup("#navigation") != null) {
            return root.lookup("#openingScreen") != null ? "frame while opening" : "frame with its areas";
        }
        return "other";
    }

    private void unlockWith(String passphrase) throws Exception {
        waitUntil(() -> robot.lookup("#passphraseField").tryQuery().isPresent());
        robot.interact(() -> {
            robot.lookup("#nameField").queryAs(TextField.class).setText("Kim");
            PasswordField field = robot.lookup("#passphraseField").queryAs(PasswordField.class);
            field.setText(passphrase);
            field.fireEvent(new javafx.event.ActionEvent(field, field));
        });
    }
}
