package org.inclusio.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inclusio.gui.AppUnderTest.waitUntil;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.controlsfx.control.StatusBar;
import org.inclusio.logic.store.StoreCounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The real application on a new store: welcome, example region, restart with the data intact. */
class FirstRunTest {

    @TempDir
    Path store;

    private final FxRobot robot = new FxRobot();

    @Test
    void offersTheExampleRegionLoadsItAndKeepsItAcrossARestart() throws Exception {
        StoreCounts loaded;
        try (AppUnderTest ui = AppUnderTest.start(store)) {
            waitUntil(() -> robot.lookup("#loadExampleButton").tryQuery().isPresent());
            robot.clickOn("#loadExampleButton");
            waitUntil(() -> robot.lookup("#loadExampleButton").tryQuery().isEmpty());
            loaded = ui.app().services().storeInfo().counts();
            assertThat(loaded.activities()).isPositive();
            assertThat(loaded.people()).isPositive();
            assertThat(loaded.processTeams()).isPositive();
        }
        try (AppUnderTest ui = AppUnderTest.start(store)) {
            StatusBar status = robot.lookup(".status-bar").queryAs(StatusBar.class);
            waitUntil(() -> status.getText().contains(String.valueOf(loaded.activities())));
            assertThat(robot.lookup("#loadExampleButton").tryQuery()).isEmpty();
            assertThat(ui.app().services().storeInfo().counts()).isEqualTo(loaded);
        }
    }

    @Test
    void startingEmptyThenMovingBetweenAreasByKeyboard() throws Exception {
        try (AppUnderTest ui = AppUnderTest.start(store)) {
            waitUntil(() -> robot.lookup("#loadExampleButton").tryQuery().isPresent());
            robot.clickOn(ui.app().services().localization().text("welcome.startEmpty").replace("_", ""));
            waitUntil(() -> robot.lookup("#loadExampleButton").tryQuery().isEmpty());
            robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
            String peopleText = ui.app().services().localization().text("person.register.empty.title");
            waitUntil(() -> robot.lookup(".empty-state-text").queryAllAs(Label.class).stream()
                    .anyMatch(label -> label.getText().startsWith(peopleText)));
            assertThat(ui.app().services().storeInfo().counts().isEmpty()).isTrue();
        }
    }
}
