package org.inclusio.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Button;
import javafx.scene.control.TabPane;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import org.inclusio.app.AppServices;
import org.inclusio.gui.analysis.FlagsView;
import org.inclusio.logic.analysis.flags.FlagRow;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.model.ExclusionFlag;
import org.inclusio.model.FlagOrigin;
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
            TreeTableView<FlagsView.FlagNode> flags = robot.lookup("#automaticTree").query();
            waitUntil(() -> !flags.getRoot().getChildren().isEmpty());
            TreeItem<FlagsView.FlagNode> firstGroup = flags.getRoot().getChildren().get(0);
            assertThat(flags.getAccessibleText()).isEqualTo("Automatic exclusion flags");
            robot.interact(() -> {
                flags.requestFocus();
                flags.getSelectionModel().select(0);
            });
            assertThat(firstGroup.isExpanded()).isFalse();
            robot.type(KeyCode.RIGHT);
            waitUntil(firstGroup::isExpanded);
            robot.type(KeyCode.DOWN);
            robot.type(KeyCode.ENTER);
            TreeItem<FlagsView.FlagNode> firstTeam = firstGroup.getChildren().get(0);
            waitUntil(firstTeam::isExpanded);
            robot.type(KeyCode.DOWN);
            WaitForAsyncUtils.waitForFxEvents();
            FlagRow first = flags.getSelectionModel().getSelectedItem().getValue().flag();
            assertThat(first).isNotNull();
            java.util.List<javafx.scene.control.TreeTableRow> rows = robot.lookup(".tree-table-row-cell")
                    .queryAllAs(javafx.scene.control.TreeTableRow.class).stream().toList();
            javafx.scene.control.TreeTableRow<?> groupRow = rows.stream()
                    .filter(row -> row.getTreeItem() == firstGroup).findFirst().orElseThrow();
            assertThat(groupRow.getAccessibleText()).isEqualTo(firstGroup.getValue().text());
            assertThat(groupRow.getAccessibleHelp()).contains("Right arrow");
            javafx.scene.control.TreeTableRow<?> flagRow = rows.stream()
                    .filter(row -> row.getTreeItem() == flags.getSelectionModel().getSelectedItem())
                    .findFirst().orElseThrow();
            assertThat(flagRow.getAccessibleText()).startsWith(flagRow.getTreeItem().getValue() instanceof
                    FlagsView.FlagNode node ? node.text() : "?").endsWith(", High, Open");
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

    @Test
    void flagsAndCountsFollowTheDataWithoutCheckNow() throws Exception {
        try (AppUnderTest ui = AppUnderTest.start(store)) {
            io.ebean.Database db = ui.app().services().store().database();
            waitUntil(() -> robot.lookup("#loadExampleButton").tryQuery().isPresent());
            robot.clickOn("#loadExampleButton");
            waitUntil(() -> robot.lookup("#loadExampleButton").tryQuery().isEmpty());
            waitUntil(() -> db.find(ExclusionFlag.class).where().eq("origin", FlagOrigin.AUTOMATIC).findCount() > 0);

            long people = ui.app().services().storeInfo().counts().people();
            org.controlsfx.control.StatusBar status = robot.lookup(".status-bar")
                    .queryAs(org.controlsfx.control.StatusBar.class);
            waitUntil(() -> status.getText().contains(people + " people"));
            robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
            waitUntil(() -> robot.lookup("#searchField").tryQuery().isPresent());
            // the area puts the cursor in its search; under load the window may not have the focus yet, so a click makes sure
            robot.clickOn("#searchField");
            waitUntil(() -> robot.lookup("#searchField").query().isFocused());
            robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
            waitUntil(() -> robot.lookup("#codeField").tryQuery().isPresent());
            javafx.scene.control.TextField code = robot.lookup("#codeField").queryAs(javafx.scene.control.TextField.class);
            waitUntil(code::isFocused);
            robot.write("P-9990");
            robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
            waitUntil(() -> ui.app().services().storeInfo().counts().people() == people + 1);
            waitUntil(() -> status.getText().contains((people + 1) + " people"));

            robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
            waitUntil(() -> robot.lookup(".analysis-area .tab-pane").tryQuery().isPresent());
            TabPane sections = robot.lookup(".analysis-area .tab-pane").queryAs(TabPane.class);
            robot.interact(() -> sections.getSelectionModel().select(sections.getTabs().stream()
                    .filter(tab -> "flagsSection".equals(tab.getId())).findFirst().orElseThrow()));
            TreeTableView<FlagsView.FlagNode> flags = robot.lookup("#automaticTree").query();
            waitUntil(() -> !flags.getRoot().getChildren().isEmpty());
            assertThat(flags.getRoot().getChildren()).allSatisfy(group -> {
                assertThat(group.getValue().flag()).isNull();
                assertThat(group.getValue().text()).matches(".+: \\d+ (activit(y|ies)|teams?|findings?)( (in \\d+ teams?|without a team))?( \\((none|\\d+) open\\))?");
            });
        }
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }

    @Test
    void theLessUsedFiltersShowOnMoreFiltersByKeyboardAndStayWhileOneIsSet() throws Exception {
        try (AppServices services = org.inclusio.testing.TestStores.services(store, new Localization(Locale.ENGLISH))) {
            services.exampleRegion().load(null);
        }
        try (AppUnderTest ui = AppUnderTest.start(store)) {
            robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
            waitUntil(() -> robot.lookup("#moreFiltersButton").tryQuery().isPresent());
            javafx.scene.control.ToggleButton more = robot.lookup("#moreFiltersButton")
                    .queryAs(javafx.scene.control.ToggleButton.class);
            javafx.scene.Node organisationBox = ui.scene().lookup("#organisationBox");
            javafx.scene.Node groupBox = ui.scene().lookup("#groupBox");
            javafx.scene.control.ComboBox<?> organisation = robot.lookup("#organisationFilter")
                    .queryAs(javafx.scene.control.ComboBox.class);
            javafx.scene.control.ComboBox<?> group = robot.lookup("#groupFilter")
                    .queryAs(javafx.scene.control.ComboBox.class);
            assertThat(organisationBox.isVisible() || groupBox.isVisible()).as("hidden at first").isFalse();
            assertThat(more.getText()).isEqualTo("_More filters");
            assertThat(more.getAccessibleHelp()).contains("organisation");

            // Space on "More filters" shows them and moves on to the first
            robot.interact(more::requestFocus);
            robot.type(KeyCode.SPACE);
            waitUntil(organisation::isFocused);
            assertThat(organisationBox.isVisible() && groupBox.isVisible() && organisationBox.isManaged()).isTrue();

            // a group chosen keeps the filters in view when "More filters" is pressed again
            waitUntil(() -> group.getItems().size() > 1);
            robot.interact(() -> group.getSelectionModel().select(1));
            robot.interact(more::requestFocus);
            robot.type(KeyCode.SPACE);
            waitUntil(() -> !more.isSelected());
            assertThat(groupBox.isVisible()).as("a filter that is set stays in view").isTrue();

            // clearing the filters hides them again
            robot.interact(() -> robot.lookup("#clearFiltersButton").queryButton().fire());
            waitUntil(() -> !groupBox.isVisible() && !organisationBox.isVisible());
            assertThat(group.getValue()).isNull();
        }
    }
}
