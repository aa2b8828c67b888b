package org.inclusio.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inclusio.gui.AppUnderTest.waitUntil;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.inclusio.app.StartupLanguage;
import org.inclusio.gui.prefs.WindowPreferences;
import org.inclusio.logic.i18n.Language;
import org.inclusio.logic.i18n.Localization;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * View > Language switches the running window at once, chosen by keyboard alone: menus, navigation and the
 * areas speak the new language, the window keeps its area and size, an activity being written stays in its
 * form unsaved (and can still be saved), and the choice is remembered for the next start.
 */
class LanguageSwitchAppTest {

    private static final Path OUT = Path.of("target", "screenshots");

    @TempDir
    Path store;

    private final FxRobot robot = new FxRobot();
    private Locale before;

    @BeforeEach
    void speakEnglish() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    @Test
    void englishToSwedishToJapaneseAtOnceKeepingAnUnsavedActivity() throws Exception {
        WindowPreferences preferences = AppUnderTest.freshPreferences();
        try (AppUnderTest ui = AppUnderTest.start(store, preferences)) {
            ui.fitLaptopScreen();
            waitUntil(() -> robot.lookup("#loadExampleButton").tryQuery().isPresent());
            robot.clickOn(text(Locale.ENGLISH, "welcome.startEmpty").replace("_", ""));
            waitUntil(() -> robot.lookup("#loadExampleButton").tryQuery().isEmpty());
            shortcut(KeyCode.DIGIT1);
            shortcut(KeyCode.N);
            TextField title = (TextField) ui.scene().lookup("#titleField");
            waitUntil(title::isFocused);
            robot.write("Diabetes day");
            waitUntil(() -> !ui.scene().lookup("#saveButton").isDisabled());
            double width = ui.app().stage().getWidth();
            double height = ui.app().stage().getHeight();
            assertThat(navigation(ui)).contains("Activities");
            assertThat(areaTitles(ui)).contains("Activities");

            chooseLanguage(ui, "Svenska");
            waitUntil(() -> navigation(ui).contains("Aktiviteter"));
            assertThat(navigation(ui)).containsExactly("Aktiviteter", "Personer", "Processteam", "Analys",
                    "Rapporter", "Inställningar");
            assertThat(menus(ui)).contains("_Arkiv", "_Visa", "_Hjälp");
            assertThat(areaTitles(ui)).contains("Aktiviteter", "Ny aktivitet");
            assertUnsavedActivityKept(ui, "Diabetes day");
            assertThat(selectedArea(ui)).isEqualTo("Aktiviteter");
            assertThat(ui.app().stage().getWidth()).isEqualTo(width);
            assertThat(ui.app().stage().getHeight()).isEqualTo(height);
            assertThat(ui.app().services().localization().locale().getLanguage()).isEqualTo("sv");
            assertThat(preferences.languagePreferences().language()).isEqualTo(Language.SWEDISH);
            shoot(ui, "language-switched-sv.png");

            chooseLanguage(ui, "\u65e5\u672c\u8a9e");
            waitUntil(() -> navigation(ui).contains("\u6d3b\u52d5"));
            Localization japanese = new Localization(Locale.JAPANESE);
            assertThat(menus(ui)).contains(japanese.text("menu.view"), japanese.text("menu.file"));
            assertThat(areaTitles(ui)).contains(japanese.text("area.activities"),
                    japanese.text("activity.heading.new"));
            assertUnsavedActivityKept(ui, "Diabetes day");
            assertThat(preferences.languagePreferences().language()).isEqualTo(Language.JAPANESE);
            shoot(ui, "language-switched-ja.png");

            // the carried activity is saved in the new language, as any other
            shortcut(KeyCode.S);
            waitUntil(() -> ui.app().services().activities().count(
                    org.inclusio.logic.activity.ActivityQuery.all()) == 1);
            waitUntil(() -> ui.scene().lookup("#saveButton").isDisabled());
        }
        // the next start speaks the language chosen last
        assertThat(StartupLanguage.choose(new String[0], name -> null, preferences.languagePreferences().language(),
                Locale.ENGLISH)).isEqualTo(Locale.JAPANESE);
    }

    @Test
    void aLiveWorkshopWindowSpeaksTheNewLanguageAtOnceKeepingWhatWasTypedAndItsClosingReachesTheNewWindow()
            throws Exception {
        String title = "Open house";
        try (org.inclusio.app.AppServices services = org.inclusio.testing.TestStores.services(store,
                new Localization(Locale.ENGLISH))) {
            java.time.LocalDate day = java.time.LocalDate.of(2026, 3, 14);
            org.inclusio.logic.activity.ActivityDraft blank = org.inclusio.logic.activity.ActivityDraft.blank(day);
            services.activities().save(new org.inclusio.logic.activity.ActivityDraft(null, 0, title, day, null, 90, 0,
                    "", blank.mode(), blank.level(), null, null, "", java.util.Set.of(), null, null, null, "", "",
                    java.util.Set.of(), java.util.Set.of(), List.of(), List.of()));
        }
        try (AppUnderTest ui = AppUnderTest.start(store)) {
            LiveWorkshopWindow live = new LiveWorkshopWindow(robot, title);
            live.open();
            javafx.stage.Stage workshop = live.stage();
            // the session's state (the timer runs) and what is typed on screen only (a proposal not yet noted, a
            // search), with the focus in the proposal
            robot.interact(() -> ((javafx.scene.control.Button) workshop.getScene().lookup("#startButton")).fire());
            TextField search = (TextField) workshop.getScene().lookup("#searchField");
            TextField proposal = (TextField) workshop.getScene().lookup("#proposalField");
            robot.interact(() -> {
                search.setText("P-9");
                proposal.setText("A ramp at the side door");
                proposal.requestFocus();
            });
            waitUntil(() -> ((Labeled) workshop.getScene().lookup("#startButton")).getText().equals(
                    text(Locale.ENGLISH, "workshop.timer.resume")));

            MenuBar bar = (MenuBar) ui.scene().lookup(".menu-bar");
            javafx.scene.control.MenuItem swedish = bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                    .filter(item -> "languageMenu".equals(item.getId())).map(Menu.class::cast).findFirst()
                    .orElseThrow().getItems().stream().filter(item -> "Svenska".equals(item.getText())).findFirst()
                    .orElseThrow();
            robot.interact(swedish::fire);
            waitUntil(() -> navigation(ui).contains("Aktiviteter"));
            WaitForAsyncUtils.waitForFxEvents();
            Localization sv = new Localization(Locale.forLanguageTag("sv"));
            assertThat(workshop.isShowing()).as("the same live workshop window keeps running").isTrue();
            assertThat(workshop.getTitle()).as("in the new language at once")
                    .isEqualTo(sv.text("workshop.window.title", title));
            javafx.scene.Scene scene = workshop.getScene();
            assertThat(((Labeled) scene.lookup("#startButton")).getText()).as("the timer still started")
                    .isEqualTo(sv.text("workshop.timer.resume"));
            assertThat(((Labeled) scene.lookup("#checkInButton")).getText().replace("_", ""))
                    .isEqualTo(sv.text("workshop.checkIn").replace("_", ""));
            assertThat(((Labeled) scene.lookup("#timerLabel")).getText()).as("the timer speaks Swedish")
                    .startsWith(sv.text("workshop.timer.running", "", 0).substring(0, 3));
            assertThat(((Labeled) scene.lookup("#statusLabel")).getText()).as("and so does the status line")
                    .isEqualTo(sv.text("workshop.status.timerRunning"));
            TextField proposalNow = (TextField) scene.lookup("#proposalField");
            assertThat(proposalNow).as("a screen built anew").isNotSameAs(proposal);
            assertThat(proposalNow.getText()).as("the proposal being written").isEqualTo("A ramp at the side door");
            assertThat(((TextField) scene.lookup("#searchField")).getText()).isEqualTo("P-9");
            assertThat(scene.getFocusOwner()).as("the focus where it was").isSameAs(proposalNow);
            // the rebuilt window shows the activity again once it is selected, and the workshop's closing reaches it
            robot.interact(workshop::close);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(Window.getWindows().stream().filter(Window::isShowing).filter(w -> w != ui.app().stage())
                    .filter(w -> w.getScene() != null && w.getScene().getRoot() instanceof javafx.scene.control.DialogPane))
                    .as("no error shown").isEmpty();
            assertThat(areaTitles(ui)).contains("Aktiviteter");
        }
    }

    /** The activity typed before the switch is still in its form, unsaved, and Save is offered. */
    private static void assertUnsavedActivityKept(AppUnderTest ui, String title) {
        TextField field = (TextField) ui.scene().lookup("#titleField");
        assertThat(field.getText()).isEqualTo(title);
        assertThat(field.isVisible()).isTrue();
        assertThat(ui.scene().lookup("#saveButton").isDisabled()).as("the work is still unsaved").isFalse();
    }

    /** View > Language > the language, by keyboard: Alt and the View menu's access key, then the arrow keys. */
    private void chooseLanguage(AppUnderTest ui, String name) throws Exception {
        MenuBar bar = (MenuBar) ui.scene().lookup(".menu-bar");
        Menu view = bar.getMenus().stream().filter(menu -> menu.getItems().stream()
                .anyMatch(item -> "languageMenu".equals(item.getId()))).findFirst().orElseThrow();
        KeyCode viewKey = accessKey(view.getText());
        Menu languages = (Menu) view.getItems().stream().filter(item -> "languageMenu".equals(item.getId()))
                .findFirst().orElseThrow();
        // the note on the last switch has gone (on the test's headless screen a new window takes the keys)
        waitUntil(() -> Window.getWindows().stream().noneMatch(w -> w instanceof javafx.stage.PopupWindow
                && w.isShowing()));
        // the keys go to the main window, as on a desktop where it is the window in front
        robot.interact(() -> ui.app().stage().requestFocus());
        robot.press(KeyCode.ALT, viewKey).release(viewKey, KeyCode.ALT);
        waitUntil(view::isShowing);
        // Language is the View menu's last item: Up from the top reaches it, Right opens it (a letter typed
        // while a menu is open would reach the text field with the focus)
        robot.type(KeyCode.UP);
        robot.type(KeyCode.RIGHT);
        waitUntil(languages::isShowing);
        for (int i = 0; i < 6 && !name.equals(focusedMenuItem()); i++) {
            robot.type(KeyCode.DOWN);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(focusedMenuItem()).isEqualTo(name);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The text of the menu item with the keyboard focus in an open menu, or null. */
    private static String focusedMenuItem() {
        // the open submenu is the last menu window shown
        List<Window> windows = new java.util.ArrayList<>(Window.getWindows());
        java.util.Collections.reverse(windows);
        for (Window window : windows) {
            if (window instanceof javafx.stage.PopupWindow && window.isShowing() && window.getScene() != null
                    && window.getScene().getFocusOwner() != null) {
                Node focused = window.getScene().getFocusOwner();
                for (Node node : focused.lookupAll(".label")) {
                    if (node instanceof Labeled label && label.getText() != null && !label.getText().isBlank()) {
                        return label.getText();
                    }
                }
            }
        }
        return null;
    }

    private static KeyCode accessKey(String text) {
        int mark = text.indexOf('_');
        return KeyCode.getKeyCode(String.valueOf(Character.toUpperCase(text.charAt(mark + 1))));
    }

    private static List<String> navigation(AppUnderTest ui) {
        return ui.scene().getRoot().lookupAll(".nav-button").stream().filter(ToggleButton.class::isInstance)
                .map(node -> ((ToggleButton) node).getText()).toList();
    }

    private static String selectedArea(AppUnderTest ui) {
        return ui.scene().getRoot().lookupAll(".nav-button").stream().filter(ToggleButton.class::isInstance)
                .map(ToggleButton.class::cast).filter(ToggleButton::isSelected).map(ToggleButton::getText)
                .findFirst().orElse(null);
    }

    private static List<String> menus(AppUnderTest ui) {
        return ((MenuBar) ui.scene().lookup(".menu-bar")).getMenus().stream().map(Menu::getText).toList();
    }

    private static List<String> areaTitles(AppUnderTest ui) {
        return ui.scene().getRoot().lookupAll(".area-title").stream().filter(Label.class::isInstance)
                .filter(Node::isVisible).map(node -> ((Label) node).getText()).toList();
    }

    private static String text(Locale locale, String key) {
        return new Localization(locale).text(key);
    }

    private void shortcut(KeyCode code) {
        robot.press(KeyCode.CONTROL, code).release(code, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void shoot(AppUnderTest ui, String name) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> Screenshots.write(ui.scene().getRoot(), OUT.resolve(name))).get();
    }
}
