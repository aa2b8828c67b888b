package org.inclusio.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inclusio.gui.AppUnderTest.waitUntil;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.inclusio.app.AppServices;
import org.inclusio.gui.main.Area;
import org.inclusio.logic.i18n.Localization;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The screenshot tour: renders every main screen with the example region at 1366x768 into
 * {@code target/screenshots/} for people to look at. Run alone with
 * {@code ./mvnw -B test -Dtest=ScreenshotTourTest}.
 */
class ScreenshotTourTest {

    private static final Path OUT = Path.of("target", "screenshots");

    @TempDir
    Path emptyStore;
    @TempDir
    Path exampleStore;

    private final FxRobot robot = new FxRobot();

    @Test
    void rendersEveryMainScreen() throws Exception {
        try (AppUnderTest ui = AppUnderTest.start(emptyStore)) {
            fitLaptopScreen(ui);
            waitUntil(() -> robot.lookup("#loadExampleButton").tryQuery().isPresent());
            shoot(ui.scene().getRoot(), "00-welcome");
        }
        try (AppServices services = AppServices.open(exampleStore, new Localization(Locale.getDefault()))) {
            services.exampleRegion().load(null);
        }
        try (AppUnderTest ui = AppUnderTest.start(exampleStore)) {
            fitLaptopScreen(ui);
            int number = 1;
            for (Area area : Area.values()) {
                robot.press(KeyCode.CONTROL, area.shortcutDigit()).release(area.shortcutDigit(), KeyCode.CONTROL);
                WaitForAsyncUtils.waitForFxEvents();
                shoot(ui.scene().getRoot(), String.format("%02d-%s", number++, area.name().toLowerCase(Locale.ROOT)));
                if (area == Area.ANALYSIS) {
                    shootAnalysisSections(ui, number - 1);
                }
            }
            robot.press(KeyCode.F1).release(KeyCode.F1);
            AtomicReference<Window> help = new AtomicReference<>();
            waitUntil(() -> {
                help.set(Window.getWindows().stream().filter(w -> w != ui.app().stage() && w instanceof Stage
                        && w.isShowing()).findFirst().orElse(null));
                return help.get() != null;
            });
            javafx.scene.control.TextField search = robot.from(help.get().getScene().getRoot())
                    .lookup("#searchField").queryAs(javafx.scene.control.TextField.class);
            robot.interact(() -> search.setText("tokenism"));
            javafx.scene.control.ListView<?> topics = robot.from(help.get().getScene().getRoot())
                    .lookup("#topicList").queryAs(javafx.scene.control.ListView.class);
            robot.interact(() -> topics.getSelectionModel().selectFirst());
            WaitForAsyncUtils.waitForFxEvents();
            shoot(help.get().getScene().getRoot(), String.format("%02d-help", number));
        }
    }

    /** Every tab of the Analysis area after the first, as 04a-..., 04b-... */
    private void shootAnalysisSections(AppUnderTest ui, int number) throws Exception {
        WaitForAsyncUtils.sleep(1500, java.util.concurrent.TimeUnit.MILLISECONDS);
        shoot(ui.scene().getRoot(), String.format("%02d-analysis", number));
        javafx.scene.control.TabPane sections = (javafx.scene.control.TabPane) ui.scene()
                .lookup(".analysis-area .tab-pane");
        char letter = 'a';
        for (int i = 1; i < sections.getTabs().size(); i++) {
            int index = i;
            robot.interact(() -> sections.getSelectionModel().select(index));
            if ("flagsSection".equals(sections.getTabs().get(i).getId())) {
                robot.clickOn("#checkButton");
            }
            WaitForAsyncUtils.sleep(1500, java.util.concurrent.TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            String id = sections.getTabs().get(i).getId().replace("Section", "");
            shoot(ui.scene().getRoot(), String.format("%02d%c-%s", number, letter++, id));
        }
        robot.interact(() -> sections.getSelectionModel().select(0));
    }

    private static void fitLaptopScreen(AppUnderTest ui) {
        Platform.runLater(() -> {
            ui.app().stage().setMaximized(false);
            ui.app().stage().setWidth(1366);
            ui.app().stage().setHeight(768);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void shoot(Node root, String name) throws Exception {
        BufferedImage image = WaitForAsyncUtils.asyncFx(() -> Screenshots.write(root, OUT.resolve(name + ".png"))).get();
        assertThat(Screenshots.distinctColours(image)).as(name + " looks rendered").isGreaterThan(20);
    }
}
