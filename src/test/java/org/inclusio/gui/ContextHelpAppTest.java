package org.inclusio.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inclusio.gui.AppUnderTest.waitUntil;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.inclusio.app.AppServices;
import org.inclusio.logic.i18n.Guide;
import org.inclusio.logic.i18n.GuideCatalogue;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.i18n.TaskGuide;
import org.inclusio.testing.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * F1 through the real application opens the task guide for where the focus is: the meeting guide in the activity
 * editor, the workshop guide in the live workshop window, in its walk-in dialog and in its balance-of-voice
 * window, the flags guide in the editor's flags tab and in the Analysis area's flags, the help's contents
 * elsewhere.
 */
class ContextHelpAppTest {

    @TempDir
    Path store;

    private final FxRobot robot = new FxRobot();
    private final Localization l10n = new Localization(Locale.getDefault());
    private final GuideCatalogue guides = new GuideCatalogue(l10n);

    @Test
    void f1OpensTheGuideForWhereTheTaskHappens() throws Exception {
        try (AppServices services = TestStores.services(store, l10n)) {
            services.exampleRegion().load(null);
        }
        try (AppUnderTest ui = AppUnderTest.start(store)) {
            robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
            waitUntil(() -> robot.lookup("#table").tryQuery().isPresent()
                    && !robot.lookup("#table").queryAs(TableView.class).getItems().isEmpty());
            TableView<?> register = robot.lookup("#table").queryAs(TableView.class);
            robot.interact(() -> register.getSelectionModel().select(0));
            waitUntil(() -> robot.lookup("#titleField").tryQuery().isPresent());
            robot.clickOn("#titleField");

            pressF1();
            assertThat(shownTitle()).isEqualTo(guides.guide(TaskGuide.MEETING).title());
            assertThat(selectedGuide()).map(Guide::task).contains(TaskGuide.MEETING);
            closeHelp(ui);

            // the live workshop window: F1 there opens the guide to running a workshop
            javafx.scene.control.Button live = robot.lookup("#liveButton").queryAs(javafx.scene.control.Button.class);
            waitUntil(() -> !live.isDisabled());
            robot.interact(live::fire);
            waitUntil(() -> liveWindow().isPresent());
            Stage workshop = liveWindow().orElseThrow();
            pressF1In(workshop);
            waitUntil(() -> helpWindow().isPresent());
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(shownTitle()).isEqualTo(guides.guide(TaskGuide.WORKSHOP).title());
            robot.interact(() -> helpWindow().orElseThrow().hide());

            // its walk-in dialog: F1 there opens the same guide, and the dialog stays open with what was typed
            javafx.scene.control.Button walkIn = (javafx.scene.control.Button) workshop.getScene()
                    .lookup("#walkInButton");
            javafx.application.Platform.runLater(walkIn::fire);
            waitUntil(() -> walkInDialog(workshop).isPresent());
            Window dialog = walkInDialog(workshop).orElseThrow();
            waitUntil(() -> dialog.getScene().getFocusOwner() != null);
            pressF1In((Stage) dialog);
            waitUntil(() -> helpWindow().isPresent());
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(shownTitle()).isEqualTo(guides.guide(TaskGuide.WORKSHOP).title());
            assertThat(selectedGuide()).map(Guide::task).contains(TaskGuide.WORKSHOP);
            assertThat(dialog.isShowing()).as("the walk-in dialog stays open under the help").isTrue();
            robot.interact(() -> helpWindow().orElseThrow().hide());
            robot.interact(() -> ((javafx.scene.control.DialogPane) dialog.getScene().getRoot()).getButtonTypes()
                    .stream().filter(type -> type.getButtonData() == javafx.scene.control.ButtonBar.ButtonData
                            .CANCEL_CLOSE).findFirst().map(((javafx.scene.control.DialogPane) dialog.getScene()
                            .getRoot())::lookupButton).map(javafx.scene.control.Button.class::cast).orElseThrow()
                    .fire());
            waitUntil(() -> !dialog.isShowing());

            // its balance-of-voice window (for the room's screen): F1 there opens the same guide
            robot.interact(() -> ((javafx.scene.control.Button) workshop.getScene().lookup("#balanceButton")).fire());
            waitUntil(() -> balanceWindow(workshop).isPresent());
            Stage balance = balanceWindow(workshop).orElseThrow();
            waitUntil(() -> balance.getScene().getFocusOwner() != null);
            assertThat(helpWindow()).isEmpty();
            pressF1In(balance);
            waitUntil(() -> helpWindow().isPresent());
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(shownTitle()).isEqualTo(guides.guide(TaskGuide.WORKSHOP).title());
            assertThat(selectedGuide()).map(Guide::task).contains(TaskGuide.WORKSHOP);
            assertThat(balance.isShowing()).as("the balance window stays open under the help").isTrue();
            robot.interact(() -> helpWindow().orElseThrow().hide());
            robot.interact(workshop::close);
            waitUntil(() -> liveWindow().isEmpty());
            robot.interact(ui.app().stage()::requestFocus);
            waitUntil(() -> ui.app().stage().isFocused());

            TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
            Tab flagsTab = tabs.getTabs().stream().filter(tab -> "flagsTab".equals(tab.getId())).findFirst()
                    .orElseThrow();
            robot.interact(() -> tabs.getSelectionModel().select(flagsTab));
            waitUntil(() -> robot.lookup("#flagTable").tryQuery().map(Node::isVisible).orElse(false));
            robot.clickOn("#flagTable");
            pressF1();
            assertThat(shownTitle()).isEqualTo(guides.guide(TaskGuide.FLAGS).title());
            closeHelp(ui);

            robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
            waitUntil(() -> robot.lookup(".analysis-area .tab-pane").tryQuery().isPresent());
            TabPane sections = robot.lookup(".analysis-area .tab-pane").queryAs(TabPane.class);
            Tab flagsSection = sections.getTabs().stream().filter(tab -> "flagsSection".equals(tab.getId()))
                    .findFirst().orElseThrow();
            robot.interact(() -> sections.getSelectionModel().select(flagsSection));
            waitUntil(() -> robot.lookup("#automaticTree").tryQuery().map(Node::isVisible).orElse(false));
            robot.clickOn("#automaticTree");
            pressF1();
            assertThat(shownTitle()).isEqualTo(guides.guide(TaskGuide.FLAGS).title());
            closeHelp(ui);

            // the People area has no task guide of its own: F1 opens the contents
            robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
            waitUntil(() -> robot.lookup(".nav-button").tryQuery().isPresent());
            robot.interact(() -> ui.scene().getRoot().lookupAll(".nav-button").iterator().next().requestFocus());
            pressF1();
            assertThat(shownTitle()).isEqualTo(l10n.text("help.contents.title"));
            assertThat(selectedGuide()).isEmpty();
        }
    }

    /** F1 pressed in a window of its own, delivered as the keyboard does to whatever has its focus there. */
    private void pressF1In(Stage window) {
        robot.interact(() -> {
            Node target = window.getScene().getFocusOwner();
            javafx.event.Event.fireEvent(target == null ? window.getScene().getRoot() : target,
                    new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED,
                            javafx.scene.input.KeyEvent.CHAR_UNDEFINED, "", KeyCode.F1, false, false, false, false));
        });
    }

    /** The live window's walk-in dialog, once it shows. */
    private static Optional<Window> walkInDialog(Stage live) {
        return Window.getWindows().stream().filter(window -> window instanceof Stage stage && stage.isShowing()
                && stage.getOwner() == live && window.getScene() != null
                && window.getScene().getRoot() instanceof javafx.scene.control.DialogPane).findFirst();
    }

    /** The live window's balance-of-voice window, once it shows. */
    private Optional<Stage> balanceWindow(Stage live) {
        String prefix = l10n.text("workshop.balance.window", "");
        return Window.getWindows().stream().filter(window -> window instanceof Stage stage && stage.isShowing()
                && stage.getOwner() == live && stage.getTitle() != null && stage.getTitle().startsWith(prefix))
                .map(Stage.class::cast).findFirst();
    }

    private void pressF1() throws Exception {
        robot.press(KeyCode.F1).release(KeyCode.F1);
        waitUntil(() -> helpWindow().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Escape closes the help window; the main window has the keyboard again. */
    private void closeHelp(AppUnderTest ui) throws Exception {
        Window help = helpWindow().orElseThrow();
        robot.interact(help::requestFocus);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUntil(() -> helpWindow().isEmpty());
        robot.interact(ui.app().stage()::requestFocus);
        waitUntil(() -> ui.app().stage().isFocused());
    }

    private Optional<Stage> liveWindow() {
        return AppUnderTest.showingWindowTitled(l10n.text("workshop.window.title", ""));
    }

    private static Optional<Window> helpWindow() {
        return Window.getWindows().stream().filter(window -> window instanceof Stage && window.isShowing()
                && window.getScene() != null && window.getScene().getRoot().getStyleClass().contains("help-window"))
                .findFirst();
    }

    private String shownTitle() {
        Parent root = helpWindow().orElseThrow().getScene().getRoot();
        return ((Label) root.lookup(".help-title")).getText();
    }

    @SuppressWarnings("unchecked")
    private Optional<Guide> selectedGuide() {
        Parent root = helpWindow().orElseThrow().getScene().getRoot();
        ListView<Guide> list = (ListView<Guide>) root.lookup("#guideList");
        return Optional.ofNullable(list.getSelectionModel().getSelectedItem());
    }
}
