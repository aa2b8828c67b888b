package org.inclusio.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inclusio.gui.AppUnderTest.waitUntil;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.inclusio.gui.prefs.WindowPreferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The text size in the real window: Ctrl+plus, Ctrl+minus and Ctrl+0 change it at once and it is remembered for
 * the next start; at 200 % on a 1366x768 screen the editors show their labels whole and need no horizontal
 * scrolling. And the areas' keys work wherever the focus is: Ctrl+N right after Ctrl+1 opens a new record.
 */
class TextSizeAppTest {

    private static final Path OUT = Path.of("target", "screenshots");

    @TempDir
    Path store;

    private final FxRobot robot = new FxRobot();

    @Test
    void ctrlPlusAndMinusChangeTheTextSizeInEveryWindowAndItIsRemembered() throws Exception {
        WindowPreferences preferences = AppUnderTest.freshPreferences();
        try (AppUnderTest ui = AppUnderTest.start(store, preferences)) {
            ui.fitLaptopScreen();
            startEmpty(ui);
            key(KeyCode.DIGIT1);
            key(KeyCode.N);
            TextField title = (TextField) ui.scene().lookup("#titleField");
            waitUntil(title::isFocused);
            assertThat(title.getFont().getSize()).isEqualTo(13.0);
            shoot(ui, "textsize-100-activity.png");

            for (int i = 0; i < 5; i++) {
                key(KeyCode.EQUALS);
            }
            assertThat(preferences.appearancePreferences().textSizeProperty().get()).isEqualTo(200);
            assertThat(title.getFont().getSize()).isEqualTo(26.0);
            key(KeyCode.EQUALS);
            assertThat(title.getFont().getSize()).as("200 %% is the largest").isEqualTo(26.0);
            shoot(ui, "textsize-200-activity.png");
            assertWholeAndNoHorizontalScrolling(ui, "the activity editor");

            key(KeyCode.MINUS);
            assertThat(title.getFont().getSize()).isEqualTo(13.0 * 1.75);
            key(KeyCode.DIGIT0);
            assertThat(title.getFont().getSize()).isEqualTo(13.0);
            assertThat(preferences.appearancePreferences().textSizeProperty().get()).isEqualTo(100);
            key(KeyCode.ADD);
            key(KeyCode.ADD);
            assertThat(preferences.appearancePreferences().textSizeProperty().get()).isEqualTo(125);
            for (int i = 0; i < 3; i++) {
                key(KeyCode.EQUALS);
            }

            key(KeyCode.DIGIT2);
            key(KeyCode.N);
            waitUntil(() -> ui.scene().lookup("#codeField") != null && ui.scene().lookup("#codeField").isFocused()
                    || ui.scene().getFocusOwner() instanceof TextField);
            shoot(ui, "textsize-200-person.png");
            assertWholeAndNoHorizontalScrolling(ui, "the person editor");

            key(KeyCode.DIGIT3);
            key(KeyCode.N);
            TextField name = (TextField) ui.scene().lookup("#nameField");
            waitUntil(name::isFocused);
            shoot(ui, "textsize-200-team.png");
            assertWholeAndNoHorizontalScrolling(ui, "the team editor");
        }
        try (AppUnderTest again = AppUnderTest.start(store, preferences)) {
            waitUntil(() -> robot.lookup("#loadExampleButton").tryQuery().isPresent());
            Labeled load = robot.lookup("#loadExampleButton").queryAs(Labeled.class);
            assertThat(load.getFont().getSize()).as("the text size of the last run").isEqualTo(26.0);
        }
    }

    @Test
    void ctrlNRightAfterAnAreaKeyOpensANewRecordWhereverTheFocusWasAndTheFormKeepsStill() throws Exception {
        try (AppUnderTest ui = AppUnderTest.start(store)) {
            startEmpty(ui);
            ToggleButton settings = (ToggleButton) ui.scene().getRoot().lookupAll(".nav-button").stream()
                    .filter(ToggleButton.class::isInstance).reduce((a, b) -> b).orElseThrow();
            robot.interact(settings::requestFocus);
            key(KeyCode.DIGIT3);
            assertThat(ui.scene().getFocusOwner()).as("the navigation's focus follows the area")
                    .isInstanceOf(ToggleButton.class);
            assertThat(((ToggleButton) ui.scene().getFocusOwner()).isSelected()).isTrue();
            key(KeyCode.N);
            TextField name = (TextField) ui.scene().lookup("#nameField");
            waitUntil(name::isFocused);

            robot.interact(settings::requestFocus);
            key(KeyCode.DIGIT1);
            key(KeyCode.N);
            TextField title = (TextField) ui.scene().lookup("#titleField");
            waitUntil(title::isFocused);

            // a message coming or going does not move the fields below it
            javafx.scene.control.DatePicker date = (javafx.scene.control.DatePicker) ui.scene().lookup("#datePicker");
            Node titleError = ui.scene().lookup("#titleError");
            assertThat(titleError.isVisible()).isTrue();
            double before = WaitForAsyncUtils.asyncFx(() -> date.localToScene(0, 0).getY()).get();
            robot.interact(() -> title.setText("Planning meeting"));
            assertThat(titleError.isVisible()).isFalse();
            assertThat(WaitForAsyncUtils.asyncFx(() -> date.localToScene(0, 0).getY()).get()).isEqualTo(before);

            // a date that is no date stays as typed, and the message names it
            robot.interact(() -> {
                date.requestFocus();
                date.getEditor().setText("2025-13-45");
            });
            robot.interact(title::requestFocus);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(date.getEditor().getText()).isEqualTo("2025-13-45");
            assertThat(date.getValue()).isNull();
            javafx.scene.control.Label dateError = (javafx.scene.control.Label) ui.scene().lookup("#dateError");
            assertThat(dateError.getText()).contains("2025-13-45");
            assertThat(dateError.isVisible()).isTrue();
            assertThat(WaitForAsyncUtils.asyncFx(() -> date.localToScene(0, 0).getY()).get()).isEqualTo(before);
            robot.interact(() -> {
                date.requestFocus();
                date.getEditor().setText("2025-06-14");
            });
            robot.interact(title::requestFocus);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(date.getValue()).isEqualTo(java.time.LocalDate.of(2025, 6, 14));
            assertThat(dateError.isVisible()).isFalse();
        }
    }

    private void startEmpty(AppUnderTest ui) throws Exception {
        waitUntil(() -> robot.lookup("#loadExampleButton").tryQuery().isPresent());
        robot.clickOn(ui.app().services().localization().text("welcome.startEmpty").replace("_", ""));
        waitUntil(() -> robot.lookup("#loadExampleButton").tryQuery().isEmpty());
    }

    private static void shoot(AppUnderTest ui, String name) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> Screenshots.write(ui.scene().getRoot(), OUT.resolve(name))).get();
    }

    private void key(KeyCode code) {
        robot.press(KeyCode.CONTROL, code).release(code, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** No label of the editor on show is cut short, none reaches past the window, no horizontal scroll bar. */
    private static void assertWholeAndNoHorizontalScrolling(AppUnderTest ui, String what) throws Exception {
        List<String> problems = WaitForAsyncUtils.asyncFx(() -> TextFit.problems(ui.scene().lookup(".editor"))).get();
        assertThat(problems).as(what + " at 200 %%").isEmpty();
    }
}
