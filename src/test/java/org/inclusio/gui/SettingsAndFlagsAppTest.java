package org.inclusio.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inclusio.gui.AppUnderTest.waitUntil;

import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.inclusio.app.AppServices;
import org.inclusio.gui.settings.VocabularyRow;
import org.inclusio.logic.activity.ActivityRow;
import org.inclusio.logic.audit.AuditRecord;
import org.inclusio.logic.flag.FlagDraft;
import org.inclusio.logic.i18n.Localization;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Settings and the activity editor's exclusion flags through the real application, across restarts. */
class SettingsAndFlagsAppTest {

    @TempDir
    Path store;

    private final FxRobot robot = new FxRobot();

    @Test
    void aRegionalGroupAddedInSettingsIsThereAfterARestart() throws Exception {
        try (AppUnderTest ui = AppUnderTest.start(store)) {
            startEmpty(ui);
            openSettings();
            robot.clickOn("#newEntryButton");
            robot.clickOn("#entryNameField").write("Seasonal farm workers");
            robot.clickOn("#entryDescriptionArea").write("In the region from May to September");
            robot.clickOn("#saveEntryButton");
            waitUntil(() -> groupNamed("Seasonal farm workers"));
        }
        try (AppUnderTest ui = AppUnderTest.start(store)) {
            startEmpty(ui);
            openSettings();
            waitUntil(() -> groupNamed("Seasonal farm workers"));
            assertThat(ui.app().services().vocabulary().activeGroups())
                    .anyMatch(group -> "Seasonal farm workers".equals(group.getName()) && !group.isBuiltIn());
        }
    }

    @Test
    void aManualFlagAddedToAnExampleActivityIsThereAfterARestart() throws Exception {
        try (AppServices services = org.inclusio.testing.TestStores.services(store, new Localization(Locale.getDefault()))) {
            services.exampleRegion().load(null);
        }
        UUID activityId;
        String observation = "Only the chair spoke to the interpreter";
        try (AppUnderTest ui = AppUnderTest.start(store)) {
            activityId = openFirstActivity();
            int before = flagRows().getItems().size();
            robot.clickOn("#newFlagButton");
            robot.clickOn("#observationArea").write(observation);
            robot.clickOn("#saveFlagButton");
            waitUntil(() -> flagRows().getItems().size() == before + 1);
            assertThat(ui.app().services().flags().forActivity(activityId))
                    .extracting(FlagDraft::observation).contains(observation);
        }
        try (AppUnderTest ui = AppUnderTest.start(store)) {
            UUID reopened = openFirstActivity();
            assertThat(reopened).isEqualTo(activityId);
            waitUntil(() -> flagRows().getItems().stream().anyMatch(flag -> flag.observation().equals(observation)));
        }
    }

    @Test
    void theAuditTrailTabListsASettingsChangeAndSaysTheTrailIsIntact() throws Exception {
        try (AppUnderTest ui = AppUnderTest.start(store)) {
            startEmpty(ui);
            openSettings();
            robot.clickOn("#newEntryButton");
            robot.clickOn("#entryNameField").write("Night-shift workers");
            robot.clickOn("#saveEntryButton");
            waitUntil(() -> groupNamed("Night-shift workers"));
            TabPane tabs = robot.lookup("#settingsTabs").queryAs(TabPane.class);
            Tab audit = tabs.getTabs().stream().filter(tab -> tab.getText().equals(text(ui, "settings.tab.audit")))
                    .findFirst().orElseThrow();
            robot.interact(() -> tabs.getSelectionModel().select(audit));
            waitUntil(() -> robot.lookup("#auditTable").tryQuery().isPresent() && !auditRows().getItems().isEmpty());
            // the newest change (the daily backup and the unlock are entries of their own)
            AuditRecord newest = auditRows().getItems().stream().filter(row -> row.action().equals("CREATE"))
                    .findFirst().orElseThrow();
            assertThat(newest.action()).isEqualTo("CREATE");
            assertThat(newest.subjectKind()).isEqualTo("DisadvantagedGroup");
            assertThat(newest.fields()).contains("name").doesNotContain("Night-shift");

            robot.clickOn("#verifyButton");
            waitUntil(() -> robot.lookup("#verificationLabel").queryAs(Label.class).getText()
                    .startsWith("The audit trail is intact"));
            javafx.scene.Parent root = robot.lookup("#auditTable").queryAs(TableView.class).getScene().getRoot();
            WaitForAsyncUtils.asyncFx(() -> Screenshots.write(root, Path.of("target", "screenshots",
                    "settings-audit.png"))).get();
        }
    }

    private static String text(AppUnderTest ui, String key) {
        return ui.app().services().localization().text(key);
    }

    @SuppressWarnings("unchecked")
    private TableView<AuditRecord> auditRows() {
        return robot.lookup("#auditTable").queryAs(TableView.class);
    }

    /** A store without activities, people or teams offers the welcome again; choose to start empty. */
    private void startEmpty(AppUnderTest ui) throws Exception {
        waitUntil(() -> robot.lookup("#loadExampleButton").tryQuery().isPresent());
        robot.clickOn(ui.app().services().localization().text("welcome.startEmpty").replace("_", ""));
        waitUntil(() -> robot.lookup("#loadExampleButton").tryQuery().isEmpty());
    }

    private void openSettings() throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT6).release(KeyCode.DIGIT6, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#vocabularyTable").tryQuery().isPresent()
                && !vocabularyRows().getItems().isEmpty());
    }

    @SuppressWarnings("unchecked")
    private TableView<VocabularyRow> vocabularyRows() {
        return robot.lookup("#vocabularyTable").queryAs(TableView.class);
    }

    private boolean groupNamed(String name) {
        return vocabularyRows().getItems().stream().anyMatch(row -> row.name().equals(name));
    }

    @SuppressWarnings("unchecked")
    private TableView<FlagDraft> flagRows() {
        return robot.lookup("#flagTable").queryAs(TableView.class);
    }

    /** Opens the register's first activity in the editor and shows its flags tab; returns its id. */
    @SuppressWarnings("unchecked")
    private UUID openFirstActivity() throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#table").tryQuery().isPresent()
                && !robot.lookup("#table").queryAs(TableView.class).getItems().isEmpty());
        TableView<ActivityRow> register = robot.lookup("#table").queryAs(TableView.class);
        robot.interact(() -> register.getSelectionModel().select(0));
        ActivityRow first = register.getItems().get(0);
        // the editor is built when the selection reaches it, which may take a moment on a busy machine
        waitUntil(() -> robot.lookup("#tabs").tryQuery().isPresent());
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        String flagsTitle = new Localization(Locale.getDefault()).text("activity.tab.flags");
        Tab flagsTab = tabs.getTabs().stream().filter(tab -> tab.getText().equals(flagsTitle)).findFirst()
                .orElseThrow();
        robot.interact(() -> tabs.getSelectionModel().select(flagsTab));
        waitUntil(() -> robot.lookup("#flagTable").tryQuery().map(node -> node.isVisible()).orElse(false)
                && robot.lookup("#newFlagButton").tryQuery().map(node -> !node.isDisabled()).orElse(false));
        return first.id();
    }
}
