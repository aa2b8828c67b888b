package org.inclusio.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inclusio.gui.AppUnderTest.waitUntil;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.inclusio.gui.main.Area;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every control a keyboard user can reach has a name a screen reader reads. With the example region
 * loaded, walks every area, its register's first record opened in the editor, every tab of every tab
 * pane (the tabs inside a tab too), a new record's empty editor, the dialogs (About, a question about
 * unsaved work) and the help window, and fails on each focusable control that has neither an
 * accessible text, nor text of its own, nor a label that is {@code labelFor} it.
 */
class EveryControlNamedTest {

    @TempDir
    Path store;

    /** The areas whose table is a register: choosing a row opens the record in an editor beside it. */
    private static final Set<Area> REGISTERS = EnumSet.of(Area.ACTIVITIES, Area.PEOPLE, Area.TEAMS);

    private final FxRobot robot = new FxRobot();
    /** The unnamed controls, by the screen they were found on. */
    private final Map<String, List<String>> unnamed = new TreeMap<>();
    private int screens;

    @Test
    void everyFocusableControlOnEveryScreenHasAName() throws Exception {
        try (AppUnderTest ui = AppUnderTest.start(store)) {
            waitUntil(() -> robot.lookup("#loadExampleButton").tryQuery().isPresent());
            check(ui.scene().getRoot(), "welcome");
            robot.clickOn("#loadExampleButton");
            waitUntil(() -> robot.lookup("#loadExampleButton").tryQuery().isEmpty());
            for (Area area : Area.values()) {
                robot.press(KeyCode.CONTROL, area.shortcutDigit()).release(area.shortcutDigit(), KeyCode.CONTROL);
                WaitForAsyncUtils.waitForFxEvents();
                WaitForAsyncUtils.sleep(600, TimeUnit.MILLISECONDS);
                openFirstRecord(ui, area);
                walkTabs(ui.scene().getRoot(), area.name().toLowerCase(java.util.Locale.ROOT));
            }
            newRecordAndTheQuestionAboutUnsavedWork(ui);
            about(ui);
            help(ui);
        }
        assertThat(screens).as("screens walked").isGreaterThan(25);
        assertThat(unnamed).as("focusable controls a screen reader announces without a name, per screen").isEmpty();
    }

    /** Checks the screen, then selects each tab of each tab pane on it in turn and checks what it shows. */
    private void walkTabs(Node root, String where) throws Exception {
        check(root, where);
        List<TabPane> panes = new ArrayList<>();
        for (Node node : root.lookupAll(".tab-pane")) {
            if (node instanceof TabPane tabs && tabs.isVisible() && tabs.getScene() != null && visible(tabs)) {
                panes.add(tabs);
            }
        }
        for (TabPane tabs : panes) {
            for (int i = 0; i < tabs.getTabs().size(); i++) {
                if (tabs.getTabs().get(i).isDisable()) {
                    continue;
                }
                int index = i;
                robot.interact(() -> tabs.getSelectionModel().select(index));
                WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
                WaitForAsyncUtils.waitForFxEvents();
                Node content = tabs.getTabs().get(i).getContent();
                String name = where + " / " + tabs.getTabs().get(i).getText();
                check(root, name);
                if (content != null) {
                    // tabs within the tab: their contents are shown only when selected
                    for (Node inner : content.lookupAll(".tab-pane")) {
                        if (inner instanceof TabPane nested && nested != tabs && visible(nested)) {
                            for (int j = 0; j < nested.getTabs().size(); j++) {
                                int innerIndex = j;
                                robot.interact(() -> nested.getSelectionModel().select(innerIndex));
                                WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
                                WaitForAsyncUtils.waitForFxEvents();
                                check(root, name + " / " + nested.getTabs().get(j).getText());
                            }
                        }
                    }
                }
            }
        }
    }

    private static boolean visible(Node node) {
        for (Node up = node; up != null; up = up.getParent()) {
            if (!up.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Opens the first record of the area's register, so the editor and its tabs are walked too. */
    private void openFirstRecord(AppUnderTest ui, Area area) throws Exception {
        Node table = ui.scene().lookup("#table");
        if (table instanceof TableView<?> register && visible(register)) {
            waitUntil(() -> !register.getItems().isEmpty());
            robot.interact(() -> {
                register.requestFocus();
                register.getSelectionModel().selectFirst();
            });
            if (REGISTERS.contains(area)) {
                // the record is read in the background: its editor is walked once it shows
                AppUnderTest.waitForOpenedRecord(ui.scene());
            } else {
                WaitForAsyncUtils.sleep(600, TimeUnit.MILLISECONDS);
                WaitForAsyncUtils.waitForFxEvents();
            }
        }
    }

    /** Activities: a new, empty record (its validation messages shown), then the question that guards it. */
    private void newRecordAndTheQuestionAboutUnsavedWork(AppUnderTest ui) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Button add = robot.lookup("#newButton").queryButton();
        robot.interact(add::fire);
        WaitForAsyncUtils.sleep(600, TimeUnit.MILLISECONDS);
        walkTabs(ui.scene().getRoot(), "activities / new");
        javafx.scene.control.TextInputControl title = robot.lookup("#titleField").query();
        robot.interact(() -> title.setText("Unsaved work"));
        Platform.runLater(add::fire);
        DialogPane question = waitForDialog(ui);
        check(question, "question about unsaved work");
        robot.interact(() -> answer(question, ButtonBar.ButtonData.OK_DONE));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void about(AppUnderTest ui) throws Exception {
        MenuBar menus = (MenuBar) ui.scene().lookup(".menu-bar");
        String label = ui.app().services().localization().text("menu.help.about");
        MenuItem about = menus.getMenus().stream().map(Menu::getItems).flatMap(List::stream)
                .filter(item -> label.equals(item.getText())).findFirst().orElseThrow();
        Platform.runLater(about::fire);
        DialogPane pane = waitForDialog(ui);
        check(pane, "about");
        robot.interact(() -> answer(pane, ButtonBar.ButtonData.CANCEL_CLOSE));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void help(AppUnderTest ui) throws Exception {
        robot.press(KeyCode.F1).release(KeyCode.F1);
        AtomicReference<Window> help = new AtomicReference<>();
        waitUntil(() -> {
            help.set(Window.getWindows().stream().filter(w -> w != ui.app().stage() && w instanceof Stage
                    && w.isShowing()).findFirst().orElse(null));
            return help.get() != null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        check(help.get().getScene().getRoot(), "help");
        robot.interact(() -> ((Stage) help.get()).close());
    }

    private void check(Node root, String where) throws Exception {
        screens++;
        List<String> found = WaitForAsyncUtils.asyncFx(() -> AccessibleNames.unnamed(root)).get();
        if (!found.isEmpty()) {
            unnamed.merge(where, found, (a, b) -> {
                List<String> all = new ArrayList<>(a);
                all.addAll(b);
                return all;
            });
        }
    }

    private static DialogPane waitForDialog(AppUnderTest ui) throws Exception {
        AtomicReference<DialogPane> pane = new AtomicReference<>();
        waitUntil(() -> {
            pane.set(Window.getWindows().stream().filter(w -> w != ui.app().stage() && w.isShowing()
                            && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                    .map(w -> (DialogPane) w.getScene().getRoot()).findFirst().orElse(null));
            return pane.get() != null;
        });
        return pane.get();
    }

    private static void answer(DialogPane pane, ButtonBar.ButtonData data) {
        ButtonType type = pane.getButtonTypes().stream().filter(t -> t.getButtonData() == data).findFirst()
                .orElseThrow();
        ((Button) pane.lookupButton(type)).fire();
    }
}
