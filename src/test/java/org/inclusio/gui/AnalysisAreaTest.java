package org.inclusio.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Button;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.inclusio.app.AppServices;
import org.inclusio.logic.analysis.flags.FlagRow;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.model.ExclusionFlag;
import org.inclusio.model.FlagStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Analysis area in the real application: check the example region, then dismiss a flag with a reason. */
class AnalysisAreaTest {

    @TempDir
    Path store;

    private final FxRobot robot = new FxRobot();

    @Test
    void checksForExclusionAndDismissesAFlagWithAReason() throws Exception {
        try (AppServices services = org.inclusio.testing.TestStores.services(store, new Localization(Locale.ENGLISH))) {
            services.exampleRegion().load(null);
        }
        try (AppUnderTest ui = AppUnderTest.start(store)) {
            robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
            waitUntil(() -> robot.lookup("#cell-CO_DESIGN-GROUP").tryQuery().isPresent());
            Button gap = robot.lookup("#cell-CO_DESIGN-COLLECTIVE").queryButton();
            assertThat(gap.getStyleClass()).contains("matrix-gap");

            TabPane sections = (TabPane) gap.getScene().lookup(".analysis-area .tab-pane");
            robot.interact(() -> sections.getSelectionModel().select(sections.getTabs().stream()
                    .filter(tab -> "flagsSection".equals(tab.getId())).findFirst().orElseThrow()));
            robot.clickOn("#checkButton");
            TableView<FlagRow> flags = robot.lookup("#automaticTable").queryTableView();
            waitUntil(() -> !flags.getItems().isEmpty());
            FlagRow first = flags.getItems().get(0);
            robot.interact(() -> flags.getSelectionModel().select(0));
            Button dismiss = robot.lookup("#dismissButton").queryButton();
            waitUntil(() -> !dismiss.isDisabled());

            robot.clickOn("#reasonField");
            robot.press(KeyCode.ALT, KeyCode.D).release(KeyCode.D, KeyCode.ALT);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup("#reasonError").queryLabeled().getText())
                    .isEqualTo("Give a reason to dismiss a flag.");

            robot.clickOn("#reasonField").write("Discussed with the team; a second patient joins in May");
            robot.clickOn(dismiss);
            waitUntil(() -> {
                ExclusionFlag stored = ui.app().services().store().database().find(ExclusionFlag.class, first.id());
                return stored.getStatus() == FlagStatus.DISMISSED;
            });
            ExclusionFlag stored = ui.app().services().store().database().find(ExclusionFlag.class, first.id());
            assertThat(stored.getStatusReason()).isEqualTo("Discussed with the team; a second patient joins in May");
        }
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }
}
