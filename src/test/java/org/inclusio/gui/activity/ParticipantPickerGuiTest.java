package org.inclusio.gui.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inclusio.gui.AppUnderTest.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.inclusio.app.AppServices;
import org.inclusio.gui.AppUnderTest;
import org.inclusio.gui.Screenshots;
import org.inclusio.logic.activity.ActivityDraft;
import org.inclusio.logic.activity.ActivityQuery;
import org.inclusio.logic.activity.ActivityRow;
import org.inclusio.logic.activity.ParticipationDraft;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.model.AttendanceStatus;
import org.inclusio.model.Person;
import org.inclusio.model.PersonRole;
import org.inclusio.model.ProcessTeam;
import org.inclusio.model.TeamMembership;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A coordinator fills the participants of a new activity in the real window: picks two people by
 * typing part of a code (Down and Enter) and a whole code (Enter at once), closes the list with
 * Escape, adds the team's members in one action, marks everyone attended by keyboard and saves;
 * the store then holds the five participations, invited and attended.
 */
class ParticipantPickerGuiTest {

    private static final String TITLE = "Walk-in clinic review";
    private static final String TEAM = "Walk-in clinic team";
    private static final Path OUT = Path.of("target", "screenshots");

    @TempDir
    Path store;

    private final FxRobot robot = new FxRobot();
    private final Localization l10n = new Localization(Locale.ENGLISH);

    @Test
    void picksPeopleByKeyboardAddsTheTeamMarksAllAttendedAndSaves() throws Exception {
        try (AppServices services = org.inclusio.testing.TestStores.services(store, l10n)) {
            services.exampleRegion().load(null);
            ProcessTeam team = new ProcessTeam();
            team.setName(TEAM);
            services.store().database().save(team);
            seat(services, team, person(services, "WQ-01", PersonRole.PATIENT));
            seat(services, team, person(services, "WQ-02", PersonRole.PROFESSIONAL));
            seat(services, team, person(services, "WQ-03", PersonRole.RELATIVE));
            person(services, "ZQ-01", PersonRole.CITIZEN);
            person(services, "ZQ-02", PersonRole.CITIZEN);
        }
        try (AppUnderTest ui = AppUnderTest.start(store)) {
            waitUntil(() -> !robot.lookup("#table").queryAs(TableView.class).getItems().isEmpty());
            press(KeyCode.CONTROL, KeyCode.N);
            waitUntil(() -> robot.lookup("#titleField").query().isFocused());
            robot.write(TITLE);
            chooseTeam();

            robot.clickOn(l10n.text("activity.tab.participants"));
            TextField field = robot.lookup("#addCodesField").queryAs(TextField.class);
            @SuppressWarnings("unchecked")
            ListView<org.inclusio.logic.person.PersonHit> found = robot.lookup("#pickerList").queryAs(ListView.class);
            @SuppressWarnings("unchecked")
            TableView<ParticipantRow> participants = robot.lookup("#participantTable").queryAs(TableView.class);
            robot.clickOn(field);
            waitFor(field::isFocused, () -> "focus " + field.getScene().getFocusOwner());

            robot.write("zq-0");
            waitFor(() -> found.isVisible() && found.getItems().size() == 2
                    && "zq-0".equals(field.getText()), () -> "list " + found.isVisible() + " " + found.getItems());
            assertThat(found.getSelectionModel().getSelectedIndex()).isZero();
            shoot(ui, "picker-list");
            robot.type(KeyCode.DOWN);
            waitFor(() -> found.getSelectionModel().getSelectedIndex() == 1,
                    () -> "selected " + found.getSelectionModel().getSelectedIndex());
            assertThat(field.getAccessibleHelp()).startsWith("ZQ-02").endsWith("2 of 2");
            assertThat(field.isFocused()).as("the keys stay in the field").isTrue();
            robot.type(KeyCode.ENTER);
            waitFor(() -> codes(participants).equals(List.of("ZQ-02")), () -> "rows " + codes(participants));
            waitFor(() -> field.getText().isEmpty() && !found.isVisible(), () -> "field '" + field.getText() + "'");

            robot.write("ZQ-01").type(KeyCode.ENTER);
            waitFor(() -> codes(participants).equals(List.of("ZQ-02", "ZQ-01")), () -> "rows " + codes(participants));

            robot.write("citizen");
            waitFor(() -> found.isVisible() && found.getItems().stream().anyMatch(hit -> "ZQ-01".equals(hit.code())),
                    () -> "list " + found.getItems());
            robot.type(KeyCode.ESCAPE);
            waitFor(() -> !found.isVisible(), () -> "still showing");
            assertThat(field.getText()).isEqualTo("citizen");
            robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).type(KeyCode.BACK_SPACE);
            waitFor(() -> field.getText().isEmpty(), () -> "field '" + field.getText() + "'");

            robot.press(KeyCode.ALT, KeyCode.B).release(KeyCode.B, KeyCode.ALT);
            Label status = robot.lookup("#participantsStatusLabel").queryAs(Label.class);
            waitFor(() -> codes(participants).size() == 5, () -> "rows " + codes(participants) + " status "
                    + status.getText());
            assertThat(status.getText()).isEqualTo("3 people added");
            assertThat(codes(participants)).containsExactly("ZQ-02", "ZQ-01", "WQ-01", "WQ-02", "WQ-03");

            robot.interact(field::requestFocus);
            robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);
            waitFor(() -> status.getText().equals("5 people marked as attended"), () -> "status " + status.getText());
            @SuppressWarnings("unchecked")
            TableColumn<ParticipantRow, String> layOrStaff = (TableColumn<ParticipantRow, String>)
                    participants.getColumns().get(1);
            waitFor(() -> "Staff".equals(layOrStaff.getCellData(3)), () -> "column " + layOrStaff.getCellData(3));
            assertThat(layOrStaff.getCellData(0)).isEqualTo("Lay");
            shoot(ui, "picker-participants");

            press(KeyCode.CONTROL, KeyCode.S);
            waitFor(() -> !ui.app().services().activities().search(search()).rows().isEmpty()
                    && robot.lookup("#saveButton").queryAs(Button.class).isDisabled(), () -> "not saved");

            ActivityRow row = ui.app().services().activities().search(search()).rows().get(0);
            ActivityDraft stored = ui.app().services().activities().load(row.id()).orElseThrow();
            assertThat(stored.participations()).extracting(ParticipationDraft::personCode)
                    .containsExactlyInAnyOrder("ZQ-02", "ZQ-01", "WQ-01", "WQ-02", "WQ-03");
            assertThat(stored.participations()).allMatch(p -> p.invited()
                    && p.attendance() == AttendanceStatus.ATTENDED);
        }
    }

    private void chooseTeam() throws Exception {
        @SuppressWarnings("unchecked")
        ComboBox<org.inclusio.logic.common.Choice> box = robot.lookup("#teamBox").queryAs(ComboBox.class);
        robot.interact(() -> box.getItems().stream().filter(c -> c != null && TEAM.equals(c.label())).findFirst()
                .ifPresent(box::setValue));
        waitFor(() -> box.getValue() != null && TEAM.equals(box.getValue().label()), () -> "team " + box.getItems());
    }

    private static List<String> codes(TableView<ParticipantRow> table) {
        return table.getItems().stream().map(ParticipantRow::personCode).toList();
    }

    private ActivityQuery search() {
        return new ActivityQuery("walk-in clinic", null, null, null, null, null, null, null, true, false,
                org.inclusio.logic.activity.ActivitySort.DATE, false, 10);
    }

    private void press(KeyCode modifier, KeyCode key) {
        robot.press(modifier, key).release(key, modifier);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits for the condition; on a timeout the failure says what was there instead. */
    private static void waitFor(BooleanSupplier condition, java.util.function.Supplier<String> instead)
            throws Exception {
        try {
            waitUntil(condition);
        } catch (TimeoutException e) {
            throw new AssertionError(WaitForAsyncUtils.asyncFx(instead::get).get());
        }
    }

    private static void shoot(AppUnderTest ui, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        java.awt.image.BufferedImage image = WaitForAsyncUtils.asyncFx(() -> Screenshots.write(
                ui.scene().getRoot(), OUT.resolve(name + ".png"))).get();
        assertThat(Screenshots.distinctColours(image)).isGreaterThan(20);
    }

    private static Person person(AppServices services, String code, PersonRole role) {
        Person person = new Person();
        person.setCode(code);
        person.setRole(role);
        services.store().database().save(person);
        return person;
    }

    private static void seat(AppServices services, ProcessTeam team, Person person) {
        TeamMembership seat = new TeamMembership();
        seat.setTeam(team);
        seat.setPerson(person);
        seat.setJoinedOn(LocalDate.of(2020, 1, 1));
        services.store().database().save(seat);
    }
}
