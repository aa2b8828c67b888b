package org.inclusio.gui.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inclusio.gui.AppUnderTest.waitUntil;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.inclusio.app.AppServices;
import org.inclusio.gui.AppUnderTest;
import org.inclusio.logic.activity.ActivityDraft;
import org.inclusio.logic.activity.ActivityQuery;
import org.inclusio.logic.activity.ActivityRow;
import org.inclusio.logic.activity.ParticipationDraft;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.model.AttendanceStatus;
import org.inclusio.model.ProposalOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A coordinator records a real process-team meeting through the window, mostly by keyboard:
 * twelve participants, speaking turns, two absences, three proposals with outcomes, a barrier and
 * its accommodation; after a restart the meeting is found by search, intact.
 */
class RecordMeetingGuiTest {

    private static final String TITLE = "Diabetes team meeting on foot care";

    @TempDir
    Path store;

    private final FxRobot robot = new FxRobot();
    private final Localization l10n = new Localization(Locale.ENGLISH);

    private List<String> codes() {
        return IntStream.rangeClosed(1, 12).mapToObj(i -> String.format("P-%04d", i)).toList();
    }

    @Test
    void recordsAMeetingByKeyboardAndFindsItIntactAfterARestart() throws Exception {
        try (AppServices services = org.inclusio.testing.TestStores.services(store, l10n)) {
            services.exampleRegion().load(null);
        }
        try (AppUnderTest ui = AppUnderTest.start(store)) {
            waitUntil(() -> !robot.lookup("#table").queryAs(TableView.class).getItems().isEmpty());
            press(KeyCode.CONTROL, KeyCode.N);
            waitUntil(() -> robot.lookup("#titleField").query().isFocused());
            robot.write(TITLE);
            robot.type(KeyCode.TAB);
            replaceFocusedText("2026-03-14");
            robot.type(KeyCode.TAB).write("13:30").type(KeyCode.TAB);
            replaceFocusedText("150");
            robot.type(KeyCode.TAB).write("Health centre, room 2");
            // the purpose lies below the fold of the details form at this window size; it is given the focus
            javafx.scene.Node purpose = robot.lookup("#purposeArea").query();
            robot.interact(purpose::requestFocus);
            waitUntil(purpose::isFocused);
            robot.write("Plan the foot care pathway with patients");

            robot.clickOn(l10n.text("activity.tab.participants"));
            robot.clickOn("#addCodesField").write(String.join(" ", codes())).type(KeyCode.ENTER);
            TableView<?> participants = robot.lookup("#participantTable").queryAs(TableView.class);
            waitUntil(() -> participants.getItems().size() == 12);

            robot.interact(participants::requestFocus);
            for (int row = 0; row < 10; row++) {
                selectRow(participants, row);
                for (int turn = 0; turn <= row % 3; turn++) {
                    press(KeyCode.CONTROL, KeyCode.T);
                }
            }
            for (int row = 10; row < 12; row++) {
                selectRow(participants, row);
                choose("#attendanceBox", l10n.label(AttendanceStatus.NO_SHOW));
            }

            robot.clickOn(l10n.text("activity.tab.proposals"));
            addProposal("Evening clinic once a month", ProposalOutcome.ADOPTED, "2026-04-20");
            addProposal("Interpreter at every visit", ProposalOutcome.PARTLY_ADOPTED, "2026-05-02");
            addProposal("Free parking for patients", ProposalOutcome.REJECTED, "2026-05-02");

            robot.clickOn(l10n.text("activity.tab.barriers"));
            checkInList("#barriersList", "Language");
            checkInList("#accommodationsList", "Interpreter");

            press(KeyCode.CONTROL, KeyCode.S);
            waitUntil(() -> !ui.app().services().activities().search(search()).rows().isEmpty()
                    && robot.lookup("#saveButton").queryAs(Button.class).isDisabled());
        }
        try (AppUnderTest ui = AppUnderTest.start(store)) {
            waitUntil(() -> !robot.lookup("#table").queryAs(TableView.class).getItems().isEmpty());
            press(KeyCode.CONTROL, KeyCode.F);
            robot.write("foot care");
            TableView<?> table = robot.lookup("#table").queryAs(TableView.class);
            waitUntil(() -> table.getItems().size() == 1
                    && TITLE.equals(((ActivityRow) table.getItems().get(0)).title()));
            // chosen in the register's selection, as a click does: a click aimed at the row while the search's last
            // reload replaces the rows can land on no row on a busy machine, and then nothing opens
            robot.interact(() -> table.getSelectionModel().select(0));
            waitUntil(() -> TITLE.equals(robot.lookup("#headingLabel").queryAs(Label.class).getText()));

            ActivityRow row = ui.app().services().activities().search(search()).rows().get(0);
            ActivityDraft stored = ui.app().services().activities().load(row.id()).orElseThrow();
            assertThat(stored.durationMinutes()).isEqualTo(150);
            assertThat(stored.startTime()).hasToString("13:30");
            assertThat(stored.place()).isEqualTo("Health centre, room 2");
            assertThat(stored.heldOn()).hasToString("2026-03-14");
            assertThat(stored.participations()).extracting(ParticipationDraft::personCode)
                    .containsExactlyElementsOf(codes());
            assertThat(stored.participations().stream().filter(p -> p.attendance() == AttendanceStatus.ATTENDED))
                    .hasSize(10);
            assertThat(stored.participations().stream().filter(p -> p.attendance() == AttendanceStatus.NO_SHOW))
                    .hasSize(2);
            assertThat(stored.participations().stream().mapToInt(ParticipationDraft::speakingTurns).sum())
                    .isEqualTo(1 + 2 + 3 + 1 + 2 + 3 + 1 + 2 + 3 + 1);
            assertThat(stored.proposals()).extracting(p -> p.outcome())
                    .containsExactly(ProposalOutcome.ADOPTED, ProposalOutcome.PARTLY_ADOPTED, ProposalOutcome.REJECTED);
            assertThat(stored.barriersObserved()).hasSize(1);
            assertThat(stored.accommodationsGiven()).hasSize(1);
            TableView<?> participants = robot.lookup("#participantTable").queryAs(TableView.class);
            assertThat(participants.getItems()).hasSize(12);
        }
    }

    @Test
    void marksEveryoneAttendedByKeyboardAndAsksBeforeATurnOverridesAnAbsence() throws Exception {
        try (AppServices services = org.inclusio.testing.TestStores.services(store, l10n)) {
            services.exampleRegion().load(null);
        }
        try (AppUnderTest ui = AppUnderTest.start(store)) {
            waitUntil(() -> !robot.lookup("#table").queryAs(TableView.class).getItems().isEmpty());
            press(KeyCode.CONTROL, KeyCode.N);
            waitUntil(() -> robot.lookup("#titleField").query().isFocused());
            robot.write("Short meeting");
            robot.clickOn(l10n.text("activity.tab.participants"));
            robot.clickOn("#addCodesField").write("P-0001 P-0002 P-0003").type(KeyCode.ENTER);
            @SuppressWarnings("unchecked")
            TableView<ParticipantRow> participants = robot.lookup("#participantTable").queryAs(TableView.class);
            waitUntil(() -> participants.getItems().size() == 3);
            selectRow(participants, 2);
            choose("#attendanceBox", l10n.label(AttendanceStatus.NO_SHOW));

            robot.clickOn("#addCodesField");
            robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
            Label status = robot.lookup("#participantsStatusLabel").queryAs(Label.class);
            try {
                waitUntil(() -> status.getText().startsWith("2 people marked as attended"));
            } catch (java.util.concurrent.TimeoutException e) {
                throw new AssertionError("status '" + status.getText() + "' rows " + participants.getItems().stream()
                        .map(r -> String.valueOf(r.attendanceProperty().get())).toList() + " focus "
                        + robot.listTargetWindows().get(0).getScene().getFocusOwner());
            }
            assertThat(participants.getItems()).extracting(row -> row.attendanceProperty().get())
                    .containsExactly(AttendanceStatus.ATTENDED, AttendanceStatus.ATTENDED, AttendanceStatus.NO_SHOW);

            robot.interact(participants::requestFocus);
            selectRow(participants, 2);
            press(KeyCode.CONTROL, KeyCode.T);
            String keep = l10n.text("activity.participants.absentSpoke.keep");
            waitUntil(() -> robot.lookup(".button").queryAll().stream()
                    .anyMatch(n -> n.isVisible() && keep.equals(((Button) n).getText())));
            robot.type(KeyCode.ENTER);
            waitUntil(() -> status.getText().startsWith("Nothing counted"));
            ParticipantRow absent = participants.getItems().get(2);
            assertThat(absent.attendanceProperty().get()).isEqualTo(AttendanceStatus.NO_SHOW);
            assertThat(absent.speakingTurnsProperty().get()).isZero();
        }
    }

    @Test
    void invalidInputShowsItsMessageAndSavesNothing() throws Exception {
        try (AppServices services = org.inclusio.testing.TestStores.services(store, l10n)) {
            services.exampleRegion().load(null);
        }
        try (AppUnderTest ui = AppUnderTest.start(store)) {
            waitUntil(() -> !robot.lookup("#table").queryAs(TableView.class).getItems().isEmpty());
            long before = ui.app().services().activities().search(ActivityQuery.all()).total();
            press(KeyCode.CONTROL, KeyCode.N);
            robot.clickOn("#durationField").eraseText(5).write("lots");
            Label durationError = robot.lookup("#durationError").queryAs(Label.class);
            Label titleError = robot.lookup("#titleError").queryAs(Label.class);
            waitUntil(() -> durationError.isVisible() && titleError.isVisible());
            assertThat(durationError.getText()).isEqualTo(l10n.text("activity.invalid.durationNumber"));
            assertThat(titleError.getText()).isEqualTo(l10n.text("activity.invalid.titleRequired"));
            assertThat(robot.lookup("#saveButton").queryAs(Button.class).isDisabled()).isTrue();

            javafx.scene.control.TextField anonymous = robot.lookup("#anonymousField")
                    .queryAs(javafx.scene.control.TextField.class);
            assertThat(anonymous.getText()).isEqualTo("0");
            assertThat(anonymous.getAccessibleText()).isEqualTo(l10n.text("activity.field.anonymousParticipants"));
            assertThat(anonymous.getAccessibleHelp()).isEqualTo(l10n.text("activity.field.anonymousParticipantsHelp"));
            robot.clickOn("#anonymousField").eraseText(1).write("many");
            Label anonymousError = robot.lookup("#anonymousError").queryAs(Label.class);
            waitUntil(anonymousError::isVisible);
            assertThat(anonymousError.getText()).isEqualTo(l10n.text("activity.invalid.anonymousNumber"));
            assertThat(anonymous.getAccessibleHelp()).isEqualTo(l10n.text("activity.invalid.anonymousNumber"));
            press(KeyCode.CONTROL, KeyCode.S);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(ui.app().services().activities().search(ActivityQuery.all()).total()).isEqualTo(before);
        }
    }

    @Test
    void aConcurrentEditIsReportedAndNothingIsOverwritten() throws Exception {
        try (AppServices services = org.inclusio.testing.TestStores.services(store, l10n)) {
            services.exampleRegion().load(null);
        }
        try (AppUnderTest ui = AppUnderTest.start(store)) {
            TableView<?> table = robot.lookup("#table").queryAs(TableView.class);
            waitUntil(() -> !table.getItems().isEmpty());
            ActivityRow first = (ActivityRow) table.getItems().get(0);
            robot.interact(() -> table.getSelectionModel().select(0));
            waitUntil(() -> first.title().equals(robot.lookup("#headingLabel").queryAs(Label.class).getText()));

            ActivityDraft elsewhere = ui.app().services().activities().load(first.id()).orElseThrow();
            ui.app().services().activities().save(new ActivityDraft(elsewhere.id(), elsewhere.version(),
                    "Renamed by a colleague", elsewhere.heldOn(), elsewhere.startTime(), elsewhere.durationMinutes(),
                    elsewhere.anonymousParticipants(),
                    elsewhere.place(), elsewhere.mode(), elsewhere.level(), elsewhere.temporalNatureOverride(),
                    elsewhere.contributionOverride(), elsewhere.purpose(), elsewhere.reasons(), elsewhere.teamId(),
                    elsewhere.organisationId(), elsewhere.expectedRole(), elsewhere.topicsAvoided(),
                    elsewhere.notes(), elsewhere.barriersObserved(), elsewhere.accommodationsGiven(),
                    elsewhere.participations(), elsewhere.proposals()));

            robot.clickOn("#placeField").write(" (moved)");
            press(KeyCode.CONTROL, KeyCode.S);
            waitUntil(() -> robot.lookup(l10n.text("activity.conflict.title")).tryQuery().isPresent());
            robot.clickOn(l10n.text("activity.conflict.reload"));
            waitUntil(() -> "Renamed by a colleague".equals(
                    robot.lookup("#headingLabel").queryAs(Label.class).getText()));
            assertThat(ui.app().services().activities().load(first.id()).orElseThrow().title())
                    .isEqualTo("Renamed by a colleague");
        }
    }

    private ActivityQuery search() {
        return new ActivityQuery("foot care", null, null, null, null, null, null, null, true, false,
                org.inclusio.logic.activity.ActivitySort.DATE, false, 10);
    }

    private void replaceFocusedText(String text) {
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write(text);
    }

    private void press(KeyCode modifier, KeyCode key) {
        robot.press(modifier, key).release(key, modifier);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void selectRow(TableView<?> table, int row) {
        robot.interact(() -> {
            table.getSelectionModel().select(row);
            table.getFocusModel().focus(row);
        });
    }

    private void choose(String comboQuery, String item) {
        ComboBox<?> box = robot.lookup(comboQuery).queryAs(ComboBox.class);
        robot.clickOn(box);
        robot.clickOn(robot.lookup(".list-cell").queryAll().stream()
                .filter(n -> n.isVisible() && item.equals(((javafx.scene.control.Labeled) n).getText()))
                .findFirst().orElseThrow(() -> new AssertionError("no choice " + item)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void addProposal(String content, ProposalOutcome outcome, String decidedOn) {
        robot.clickOn("#addProposalButton");
        robot.clickOn("#contentArea").write(content);
        choose("#outcomeBox", l10n.label(outcome));
        robot.clickOn("#outcomeOnPicker").write(decidedOn).type(KeyCode.TAB);
    }

    private void checkInList(String listQuery, String itemText) {
        Node cell = robot.from(robot.lookup(listQuery).queryAs(Node.class)).lookup(".check-box")
                .match((javafx.scene.control.CheckBox box) -> box.getParent() != null)
                .queryAll().stream()
                .filter(n -> cellText(n).equals(itemText))
                .findFirst().orElseThrow(() -> new AssertionError("no " + itemText + " in " + listQuery
                        + ": " + robot.from(robot.lookup(listQuery).queryAs(Node.class)).lookup(".list-cell")
                        .queryAll().stream().map(RecordMeetingGuiTest::cellText).collect(Collectors.toList())));
        robot.clickOn(cell);
    }

    private static String cellText(Node node) {
        Node current = node;
        while (current != null && !(current instanceof javafx.scene.control.ListCell<?>)) {
            current = current.getParent();
        }
        return current == null ? "" : String.valueOf(((javafx.scene.control.ListCell<?>) current).getText());
    }
}
