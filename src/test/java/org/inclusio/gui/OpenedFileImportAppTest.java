package org.inclusio.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inclusio.gui.AppUnderTest.waitUntil;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.inclusio.app.AppServices;
import org.inclusio.logic.exchange.ExportOptions;
import org.inclusio.logic.exchange.Selection;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.task.BackgroundTask;
import org.inclusio.testing.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * A .inclusio file opened from the desktop: once the store is open, the window shows the import screen with
 * the file checked and what importing it would do, and imports nothing before the user says so.
 */
class OpenedFileImportAppTest {

    @TempDir
    Path store;
    @TempDir
    Path files;

    private final FxRobot robot = new FxRobot();

    @Test
    void theWindowOffersToImportTheOpenedFileAndWaitsForTheUser() throws Exception {
        Path file = files.resolve("from the office.inclusio");
        try (AppServices office = TestStores.services(files.resolve("office"), new Localization(Locale.UK));
             OutputStream out = Files.newOutputStream(file)) {
            office.exampleRegion().load(null);
            office.interchangeExporter().export(Selection.all(), new ExportOptions(false, null), out,
                    BackgroundTask.progressChannel("test"));
        }

        try (AppUnderTest ui = AppUnderTest.startOfferingImport(store, file)) {
            waitUntil(() -> robot.lookup("#fileField").tryQuery().isPresent());
            TextField fileField = robot.lookup("#fileField").queryAs(TextField.class);
            Label summary = robot.lookup("#summaryLabel").queryAs(Label.class);
            Button importButton = robot.lookup("#importButton").queryAs(Button.class);
            waitUntil(() -> file.toString().equals(fileField.getText()) && !summary.getText().isBlank()
                    && importButton.isVisible() && !importButton.isDisabled());

            assertThat(fileField.isVisible()).isTrue();
            // the welcome to an empty store stays away: the user came to import
            assertThat(robot.lookup("#loadExampleButton").tryQuery()).isEmpty();
            assertThat(ui.app().services().storeInfo().counts().activities()).isZero();

            robot.clickOn(importButton);
            waitUntil(() -> ui.app().services().storeInfo().counts().activities() > 0);
        }
    }
}
