package org.inclusio.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inclusio.gui.AppUnderTest.waitUntil;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Window;
import org.inclusio.gui.main.Area;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window started in Swedish: the navigation, menus and example region speak Swedish, no button or label
 * of any area is cut short at the default window size, and View > Language offers every language named in
 * itself and switches the window to the one chosen at once.
 */
class SwedishWindowTest {

    @TempDir
    Path store;

    private final FxRobot robot = new FxRobot();
    private Locale before;

    @BeforeEach
    void speakSwedish() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("sv-SE"));
    }

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    @Test
    void theWindowSpeaksSwedishWithoutCuttingLabelsShort() throws Exception {
        try (AppUnderTest ui = AppUnderTest.start(store)) {
            waitUntil(() -> robot.lookup("#loadExampleButton").tryQuery().isPresent());
            assertThat(robot.lookup("#loadExampleButton").queryAs(ButtonBase.class).getText())
                    .isEqualTo("_Läs in exempelregionen");
            assertThat(clipped(ui.scene().getRoot())).as("labels cut short on the welcome screen").isEmpty();
            robot.clickOn("#loadExampleButton");
            waitUntil(() -> robot.lookup("#loadExampleButton").tryQuery().isEmpty());

            List<String> navigation = robot.lookup(".nav-button").queryAll().stream()
                    .filter(ToggleButton.class::isInstance).map(node -> ((ToggleButton) node).getText()).toList();
            assertThat(navigation).containsExactly("Aktiviteter", "Personer", "Processteam", "Analys", "Rapporter",
                    "Inställningar");
            MenuBar menus = (MenuBar) ui.scene().lookup(".menu-bar");
            assertThat(menus.getMenus()).extracting(Menu::getText).contains("_Arkiv", "_Visa", "_Hjälp");

            for (Area area : Area.values()) {
                robot.press(KeyCode.CONTROL, area.shortcutDigit()).release(area.shortcutDigit(), KeyCode.CONTROL);
                WaitForAsyncUtils.waitForFxEvents();
                Thread.sleep(300);
                WaitForAsyncUtils.waitForFxEvents();
                List<String> cut = new ArrayList<>();
                robot.interact(() -> cut.addAll(clipped(ui.scene().getRoot())));
                assertThat(cut).as("labels cut short in " + area).isEmpty();
            }
            // the example region was loaded in Swedish too
            assertThat(ui.app().services().store().database().find(org.inclusio.model.ProcessTeam.class).findList())
                    .extracting(org.inclusio.model.ProcessTeam::getName).contains("Processteam diabetes");
        }
    }

    @Test
    void viewLanguageOffersEveryLanguageAndSwitchesAtOnce() throws Exception {
        try (AppUnderTest ui = AppUnderTest.start(store)) {
            waitUntil(() -> robot.lookup("#loadExampleButton").tryQuery().isPresent());
            MenuBar menus = (MenuBar) ui.scene().lookup(".menu-bar");
            Menu languages = menus.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                    .filter(item -> "languageMenu".equals(item.getId())).map(Menu.class::cast).findFirst()
                    .orElseThrow();
            assertThat(languages.getText()).isEqualTo("_Språk");
            List<String> names = languages.getItems().stream().map(MenuItem::getText).toList();
            assertThat(names).hasSize(4).contains("English", "Svenska", "\u65e5\u672c\u8a9e");
            assertThat(names.get(0)).startsWith("Systemets språk (");
            RadioMenuItem english = (RadioMenuItem) languages.getItems().stream()
                    .filter(item -> "English".equals(item.getText())).findFirst().orElseThrow();
            assertThat(((RadioMenuItem) languages.getItems().get(0)).isSelected()).isTrue();

            Platform.runLater(english::fire);
            // the window speaks English at once, the welcome to the empty store still on show
            waitUntil(() -> robot.lookup("#loadExampleButton").tryQuery()
                    .map(button -> "_Load the example region".equals(((ButtonBase) button).getText())).orElse(false));
            MenuBar english2 = (MenuBar) ui.scene().lookup(".menu-bar");
            Menu languagesNow = english2.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                    .filter(item -> "languageMenu".equals(item.getId())).map(Menu.class::cast).findFirst()
                    .orElseThrow();
            assertThat(languagesNow.getText()).isEqualTo("_Language");
            assertThat(languagesNow.getItems().stream().filter(RadioMenuItem.class::isInstance)
                    .map(RadioMenuItem.class::cast).filter(RadioMenuItem::isSelected).map(MenuItem::getText))
                    .containsExactly("English");
            assertThat(Window.getWindows().stream().filter(w -> w != ui.app().stage() && w.isShowing()
                    && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)).as("no dialog to answer")
                    .isEmpty();
            // the check for labels cut short finds one
            List<String> cut = new ArrayList<>();
            robot.interact(() -> {
                Label narrow = new Label("Inställningar för regionens ordlistor");
                narrow.setMaxWidth(60);
                javafx.scene.layout.StackPane pane = new javafx.scene.layout.StackPane(narrow);
                pane.setPrefSize(60, 30);
                new javafx.scene.Scene(pane);
                pane.applyCss();
                pane.layout();
                cut.addAll(clipped(pane));
            });
            assertThat(cut).hasSize(1);
        }
    }

    /**
     * Buttons and labels on screen whose text is shown cut short (with an ellipsis) rather than whole; the
     * cells of tables and lists, which cut long values by design, are left out.
     */
    static List<String> clipped(Parent root) {
        List<String> cut = new ArrayList<>();
        collect(root, cut);
        return cut;
    }

    private static void collect(Node node, List<String> cut) {
        if (!node.isVisible() || node instanceof TableView || node instanceof ListView || node instanceof TreeView
                || node instanceof TreeTableView) {
            return;
        }
        if (node instanceof Labeled labeled && (labeled instanceof ButtonBase || labeled instanceof Label)
                && labeled.getText() != null && !labeled.getText().isBlank() && labeled.getWidth() > 0) {
            String whole = labeled.isMnemonicParsing() ? labeled.getText().replaceFirst("_", "")
                    : labeled.getText();
            for (Node child : labeled.getChildrenUnmodifiable()) {
                if (child instanceof Text shown && !shown.getText().equals(whole)
                        && !shown.getText().replace("\n", " ").equals(whole.replace("\n", " "))
                        && (shown.getText().endsWith("\u2026") || shown.getText().endsWith("..."))) {
                    cut.add(whole + " -> " + shown.getText());
                }
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, cut);
            }
        }
    }
}
