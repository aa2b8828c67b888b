package org.inclusio.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inclusio.gui.AppUnderTest.waitUntil;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.controlsfx.control.CheckListView;
import org.inclusio.logic.common.Choice;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.person.PersonQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The People area in the real application: a person with consent and a group, kept across a restart. */
class PeopleAreaTest {

    @TempDir
    Path store;

    private final FxRobot robot = new FxRobot();

    @Test
    void recordsAPersonWithConsentAndGroupByKeyboardAndFindsThemAfterARestart() throws Exception {
        Choice chosen;
        try (AppUnderTest ui = AppUnderTest.start(store)) {
            Localization l10n = ui.app().services().localization();
            waitUntil(() -> robot.lookup("#loadExampleButton").tryQuery().isPresent());
            robot.clickOn(l10n.text("welcome.startEmpty").replace("_", ""));
            waitUntil(() -> robot.lookup("#loadExampleButton").tryQuery().isEmpty());
            shortcut(KeyCode.DIGIT2);
            waitUntil(() -> robot.lookup("#searchField").tryQuery().isPresent());
            // the area puts the cursor in its search; under load the window may not have the focus yet, so a click makes sure
            robot.clickOn("#searchField");
            waitUntil(() -> robot.lookup("#searchField").query().isFocused());

            shortcut(KeyCode.N);
            TextField code = robot.lookup("#codeField").queryAs(TextField.class);
            waitUntil(code::isFocused);
            robot.write("P-0500");

            robot.clickOn(l10n.text("person.tab.consent"));
            CheckListView<Choice> groups = robot.lookup("#groupsList").queryAs(CheckListView.class);
            assertThat(groups.isDisabled()).as("no consent yet").isTrue();
            robot.clickOn("#addConsentButton");
            waitUntil(() -> !groups.isDisabled());

            robot.clickOn(groups);
            waitUntil(() -> groups.getSelectionModel().getSelectedItem() != null);
            chosen = groups.getSelectionModel().getSelectedItem();
            robot.type(KeyCode.SPACE);
            waitUntil(() -> groups.getCheckModel().getCheckedItems().contains(chosen));

            shortcut(KeyCode.S);
            waitUntil(() -> ui.app().services().people().search(PersonQuery.all()).total() == 1);
        }
        try (AppUnderTest ui = AppUnderTest.start(store)) {
            Localization l10n = ui.app().services().localization();
            shortcut(KeyCode.DIGIT2);
            waitUntil(() -> robot.lookup("#searchField").tryQuery().isPresent());
            shortcut(KeyCode.F);
            robot.write("0500");
            TableView<?> table = robot.lookup("#table").queryAs(TableView.class);
            waitUntil(() -> table.getItems().size() == 1);
            WaitForAsyncUtils.asyncFx(() -> {
                table.requestFocus();
                table.getSelectionModel().selectFirst();
            }).get();
            // the editor is built when the first record opens
            waitUntil(() -> robot.lookup("#codeField").tryQuery().isPresent());
            TextField code = robot.lookup("#codeField").queryAs(TextField.class);
            waitUntil(() -> "P-0500".equals(code.getText()));
            robot.clickOn(l10n.text("person.tab.consent"));
            CheckListView<Choice> groups = robot.lookup("#groupsList").queryAs(CheckListView.class);
            waitUntil(() -> groups.getCheckModel().getCheckedItems().stream()
                    .anyMatch(item -> item.id().equals(chosen.id())));
            assertThat(groups.getCheckModel().getCheckedItems()).hasSize(1);

            // a blank code says what is wrong and saves nothing
            shortcut(KeyCode.N);
            waitUntil(() -> code.getText().isEmpty() && code.isFocused());
            Label codeError = robot.lookup("#codeError").queryAs(Label.class);
            waitUntil(codeError::isVisible);
            assertThat(codeError.getText()).isEqualTo(l10n.text("person.invalid.codeRequired"));
            shortcut(KeyCode.S);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(ui.app().services().people().search(PersonQuery.all()).total()).isEqualTo(1);
        }
    }

    private void shortcut(KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
