package org.inclusio.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inclusio.gui.AppUnderTest.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.inclusio.logic.exchange.sheet.SheetKind;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.person.PersonQuery;
import org.inclusio.model.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The spreadsheet wizard in the real application: a CSV of people goes through preview, columns,
 * values and the dry run into the store, and the People area finds them. Shoots each wizard step
 * into {@code target/screenshots/05x-*.png} at 1366x768.
 */
class SpreadsheetImportAppTest {

    private static final Path SHOTS = Path.of("target", "screenshots");

    @TempDir
    Path store;
    @TempDir
    Path files;

    private final FxRobot robot = new FxRobot();

    @Test
    void importsACsvOfPeopleAndThePeopleAreaFindsThem() throws Exception {
        Path csv = Files.writeString(files.resolve("people-" + System.nanoTime() + ".csv"),
                "Code;Role;Paid\nG-7001;patient;yes\nG-7002;citizen;no\n");
        try (AppUnderTest ui = AppUnderTest.start(store)) {
            Localization l10n = ui.app().services().localization();
            ui.fitLaptopScreen();
            waitUntil(() -> robot.lookup("#loadExampleButton").tryQuery().isPresent());
            robot.clickOn(l10n.text("welcome.startEmpty").replace("_", ""));
            waitUntil(() -> robot.lookup("#loadExampleButton").tryQuery().isEmpty());

            shortcut(KeyCode.DIGIT5);
            waitUntil(() -> robot.lookup("#fileField").tryQuery().isPresent());
            TextField file = robot.lookup("#fileField").queryAs(TextField.class);
            robot.interact(() -> file.setText(csv.toString()));
            robot.clickOn(file).type(KeyCode.END).type(KeyCode.ENTER);
            TableView<?> preview = robot.lookup("#previewTable").queryAs(TableView.class);
            waitUntil(() -> preview.isVisible() && preview.getItems().size() == 2);

            ComboBox<SheetKind> kind = robot.lookup("#kindBox").queryAs(ComboBox.class);
            robot.clickOn(kind);
            robot.clickOn(l10n.text("exchangeScreen.kind.PEOPLE"));
            waitUntil(() -> kind.getValue() == SheetKind.PEOPLE);
            shoot(ui, "05x-1-preview-columns");

            robot.clickOn("#valuesButton");
            TableView<?> values = robot.lookup("#valueTable").queryAs(TableView.class);
            waitUntil(() -> values.isVisible() && values.getItems().size() == 2);
            WaitForAsyncUtils.waitForFxEvents();
            shoot(ui, "05x-2-values");

            robot.clickOn("#checkButton");
            Label summary = robot.lookup("#summaryLabel").queryAs(Label.class);
            waitUntil(() -> summary.getText().equals(l10n.text("exchangeScreen.sheet.clean", 2)));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(ui.app().services().people().search(PersonQuery.all()).total()).isZero();
            shoot(ui, "05x-3-checked");

            robot.clickOn("#importButton");
            waitUntil(() -> summary.getText().equals(l10n.text("exchangeScreen.sheet.imported", 2,
                    l10n.text("exchangeScreen.kind.PEOPLE"))));
            shoot(ui, "05x-4-imported");
            Person second = ui.app().services().store().database().find(Person.class).where()
                    .eq("code", "G-7002").findOne();
            assertThat(second.isPaid()).isFalse();

            shortcut(KeyCode.DIGIT2);
            waitUntil(() -> robot.lookup("#searchField").tryQuery().isPresent());
            TextField search = robot.lookup("#searchField").queryAs(TextField.class);
            robot.clickOn(search);
            waitUntil(search::isFocused);
            robot.write("G-7002");
            waitUntil(() -> "G-7002".equals(search.getText()));
            TableView<?> table = robot.lookup("#table").queryAs(TableView.class);
            waitUntil(() -> table.getItems().size() == 1);
            WaitForAsyncUtils.asyncFx(() -> {
                table.requestFocus();
                table.getSelectionModel().selectFirst();
            }).get();
            // the editor is built when the first record opens
            waitUntil(() -> robot.lookup("#codeField").tryQuery().isPresent());
            TextField code = robot.lookup("#codeField").queryAs(TextField.class);
            waitUntil(() -> "G-7002".equals(code.getText()));
        }
    }

    private void shortcut(KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }


    private static void shoot(AppUnderTest ui, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Node root = ui.scene().getRoot();
        WaitForAsyncUtils.asyncFx(() -> Screenshots.write(root, SHOTS.resolve(name + ".png"))).get();
    }
}
