package org.inclusio.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inclusio.gui.AppUnderTest.waitUntil;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import org.inclusio.gui.main.Area;
import org.inclusio.gui.report.LettersViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Reports area's Letters tab in the window at 1366x768: every control named for a screen reader and
 * reached with the keyboard, and letters made in the background and shown page by page.
 */
class LettersScreenTest {

    @TempDir
    Path store;

    private final FxRobot robot = new FxRobot();

    @Test
    void lettersAreMadeFromTheReportsAreaAndPreviewed() throws Exception {
        try (AppUnderTest ui = AppUnderTest.start(store)) {
            waitUntil(() -> robot.lookup("#loadExampleButton").tryQuery().isPresent());
            robot.clickOn("#loadExampleButton");
            waitUntil(() -> robot.lookup("#loadExampleButton").tryQuery().isEmpty());
            ui.fitLaptopScreen();
            robot.press(KeyCode.CONTROL, Area.REPORTS.shortcutDigit())
                    .release(Area.REPORTS.shortcutDigit(), KeyCode.CONTROL);
            waitUntil(() -> ui.scene().lookup(".exchange-area") != null);
            TabPane tabs = (TabPane) ui.scene().lookup(".exchange-area");
            robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                    .filter(tab -> tab.getText().equals("Letters")).findFirst().orElseThrow()));
            WaitForAsyncUtils.waitForFxEvents();
            Parent screen = (Parent) ui.scene().lookup(".letters");
            LettersViewModel model = (LettersViewModel) screen.getProperties().get(LettersViewModel.class);

            // every control is named for a screen reader and can take the focus from the keyboard
            List<Control> controls = new ArrayList<>();
            collect(screen, controls);
            assertThat(controls).hasSizeGreaterThanOrEqualTo(12);
            for (Control control : controls) {
                assertThat(control.isFocusTraversable()).as(control.toString()).isTrue();
                assertThat(named(control, screen)).as("a name for " + control).isTrue();
            }
            assertThat(screen.getLayoutBounds().getWidth()).isLessThanOrEqualTo(ui.scene().getWidth());

            robot.interact(() -> {
                model.extentProperty().set(LettersViewModel.Extent.PERIOD);
                model.perPersonProperty().set(false);
            });
            Button make = (Button) screen.lookup("#makeButton");
            robot.interact(make::fire);
            WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> model.readyProperty().get());
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(screen.lookupAll(".image-view")).isNotEmpty()
                    .allSatisfy(page -> assertThat(((ImageView) page).getAccessibleText()).startsWith("Page "));
            assertThat(((Button) screen.lookup("#saveButton")).isDisabled()).isFalse();
            assertThat(((Label) screen.lookup("#statusLabel")).getText()).startsWith("Ready: 1 letter on ");
            assertThat(WaitForAsyncUtils.asyncFx(() -> AccessibleNames.unnamed(screen)).get()).isEmpty();
            WaitForAsyncUtils.asyncFx(() -> Screenshots.write(ui.scene().getRoot(),
                    Path.of("target", "screenshots", "05f-reports-letters.png"))).get();
        }
    }

    private static void collect(Parent parent, List<Control> controls) {
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (child instanceof ButtonBase || child instanceof ComboBox<?> || child instanceof DatePicker
                    || child instanceof TextField) {
                controls.add((Control) child);
            } else if (child instanceof Parent inner) {
                collect(inner, controls);
            }
        }
    }

    /** A name from the control's own text, its accessible text, or a label pointing at it. */
    private static boolean named(Control control, Parent screen) {
        if (control instanceof ButtonBase button && button.getText() != null && !button.getText().isBlank()) {
            return true;
        }
        if (control.getAccessibleText() != null && !control.getAccessibleText().isBlank()) {
            return true;
        }
        return screen.lookupAll(".label").stream().anyMatch(node -> node instanceof Label label
                && label.getLabelFor() == control);
    }
}
