package org.inclusio.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inclusio.gui.AppUnderTest.waitUntil;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.inclusio.app.AppServices;
import org.inclusio.gui.main.Area;
import org.inclusio.gui.prefs.WindowPreferences;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.testing.TestStores;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Text fits at the largest text size in every language, on a 1366x768 screen, with the example region: every
 * tab of the three editors with a record open (the activity's details also in a window 1280 pixels wide, as
 * the program first opens), the registers beside them, the live workshop and its walk-in
 * dialog, every section of the analysis and every tab of the reports. Nothing is cut short with an ellipsis (a
 * table's column headings included), nothing reaches past the window and no form scrolls sideways
 * ({@link TextFit}). The screenshot tour looks at the same in pictures; this is its quicker check, run by default.
 */
class TextFitAppTest {

    @TempDir
    Path store;

    private final FxRobot robot = new FxRobot();
    /** What does not fit, by the screen it was on. */
    private final Map<String, List<String>> notFitting = new TreeMap<>();

    @ParameterizedTest(name = "{0} at {1} %")
    @CsvSource({"en, 200", "sv, 200", "ja, 200", "sv, 100", "ja, 100"})
    void everyEditorSectionAndDialogFits(String language, int size) throws Exception {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag(language));
        try (AppServices services = TestStores.services(store, new Localization(Locale.getDefault()))) {
            services.exampleRegion().load(null);
        }
        WindowPreferences preferences = AppUnderTest.freshPreferences();
        preferences.appearancePreferences().textSizeProperty().set(size);
        try (AppUnderTest ui = AppUnderTest.start(store, preferences)) {
            ui.fitLaptopScreen();
            for (Area area : List.of(Area.ACTIVITIES, Area.PEOPLE, Area.TEAMS)) {
                editor(ui, area);
            }
            // the window as wide as it first opens: the activity's details need no sideways scrolling either
            show(Area.ACTIVITIES);
            robot.interact(() -> ui.app().stage().setWidth(1280));
            settle(300);
            check(ui.scene().getRoot(), "ACTIVITIES tab 1 in a window 1280 pixels wide");
            ui.fitLaptopScreen();
            workshop(ui);
            sections(ui, Area.ANALYSIS, ".analysis-area .tab-pane");
            flagsInNarrowWindow(ui);
            sections(ui, Area.REPORTS, ".exchange-area");
        } finally {
            Locale.setDefault(before);
        }
        assertThat(notFitting).as("text that does not fit in %s at %d %%, per screen", language, size).isEmpty();
    }

    /** The area's register with its first record open in the editor, tab by tab. */
    private void editor(AppUnderTest ui, Area area) throws Exception {
        show(area);
        TableView<?> table = robot.lookup("#table").queryAs(TableView.class);
        waitUntil(() -> !table.getItems().isEmpty());
        robot.interact(() -> table.getSelectionModel().select(0));
        waitUntil(() -> ui.scene().lookup("#tabs") instanceof TabPane tabs && tabs.getScene() != null);
        TabPane tabs = (TabPane) ui.scene().lookup("#tabs");
        for (int i = 0; i < tabs.getTabs().size(); i++) {
            if (tabs.getTabs().get(i).isDisable()) {
                continue;
            }
            int index = i;
            robot.interact(() -> tabs.getSelectionModel().select(index));
            settle(300);
            check(ui.scene().getRoot(), area + " tab " + (i + 1));
        }
        robot.interact(() -> tabs.getSelectionModel().select(0));
    }

    /** The live workshop of the activity open in the editor, and its walk-in dialog. */
    private void workshop(AppUnderTest ui) throws Exception {
        show(Area.ACTIVITIES);
        Button live = robot.lookup("#liveButton").queryAs(Button.class);
        waitUntil(() -> !live.isDisabled());
        Platform.runLater(live::fire);
        String prefix = ui.app().services().localization().text("workshop.window.title", "");
        Stage workshop = AppUnderTest.waitForWindowTitled(prefix);
        Node root = workshop.getScene().getRoot();
        TableView<?> people = robot.from(root).lookup("#peopleTable").queryAs(TableView.class);
        waitUntil(() -> !people.getItems().isEmpty());
        robot.interact(() -> people.getSelectionModel().select(0));
        settle(300);
        check(root, "live workshop");
        Platform.runLater(((Button) root.lookup("#walkInButton"))::fire);
        AtomicReference<DialogPane> dialog = new AtomicReference<>();
        waitUntil(() -> {
            dialog.set(Window.getWindows().stream().filter(w -> w instanceof Stage stage && stage.isShowing()
                    && stage.getOwner() == workshop && w.getScene().getRoot() instanceof DialogPane)
                    .map(w -> (DialogPane) w.getScene().getRoot()).findFirst().orElse(null));
            return dialog.get() != null;
        });
        settle(200);
        check(dialog.get(), "walk-in dialog");
        robot.interact(() -> dialog.get().getButtonTypes().stream()
                .filter(type -> type.getButtonData() == ButtonBar.ButtonData.CANCEL_CLOSE).findFirst()
                .map(dialog.get()::lookupButton).map(Button.class::cast).orElseThrow().fire());
        robot.interact(() -> workshop.close());
        waitUntil(() -> !workshop.isShowing());
        robot.interact(ui.app().stage()::requestFocus);
        waitUntil(() -> ui.app().stage().isFocused());
    }

    /** Every tab of an area made of tabs, once its figures or choices have been read. */
    private void sections(AppUnderTest ui, Area area, String query) throws Exception {
        show(area);
        waitUntil(() -> ui.scene().lookup(query) instanceof TabPane);
        TabPane tabs = (TabPane) ui.scene().lookup(query);
        for (int i = 0; i < tabs.getTabs().size(); i++) {
            int index = i;
            robot.interact(() -> tabs.getSelectionModel().select(index));
            settle(1000);
            check(ui.scene().getRoot(), area + " tab " + (i + 1));
        }
        robot.interact(() -> tabs.getSelectionModel().select(0));
    }

    /** The exclusion flags in a window as wide as it first opens (1280): every list and button still in reach. */
    private void flagsInNarrowWindow(AppUnderTest ui) throws Exception {
        show(Area.ANALYSIS);
        TabPane tabs = (TabPane) ui.scene().lookup(".analysis-area .tab-pane");
        robot.interact(() -> tabs.getTabs().stream().filter(tab -> "flagsSection".equals(tab.getId())).findFirst()
                .ifPresent(tabs.getSelectionModel()::select));
        robot.interact(() -> ui.app().stage().setWidth(1280));
        settle(500);
        check(ui.scene().getRoot(), "ANALYSIS exclusion flags in a window 1280 pixels wide");
        ui.fitLaptopScreen();
        robot.interact(() -> tabs.getSelectionModel().select(0));
    }

    private void show(Area area) {
        robot.press(KeyCode.CONTROL, area.shortcutDigit()).release(area.shortcutDigit(), KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void settle(long millis) {
        WaitForAsyncUtils.sleep(millis, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void check(Node root, String where) throws Exception {
        List<String> problems = WaitForAsyncUtils.asyncFx(() -> TextFit.problems(root)).get();
        if (!problems.isEmpty()) {
            notFitting.put(where, problems);
        }
    }
}
