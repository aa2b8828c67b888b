package org.inclusio.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inclusio.gui.AppUnderTest.waitUntil;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.inclusio.app.AppServices;
import org.inclusio.logic.common.Choice;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.team.TeamDraft;
import org.inclusio.logic.team.TeamQuery;
import org.inclusio.logic.team.TeamRow;
import org.inclusio.model.Person;
import org.inclusio.model.PersonRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The Process teams area in the real application: an organisation and a team recorded, kept across a restart. */
class TeamAreaTest {

    @TempDir
    Path store;

    private final FxRobot robot = new FxRobot();

    @Test
    void recordsAnOrganisationAndATeamWithMembersAndAShareAndKeepsThem() throws Exception {
        try (AppServices services = org.inclusio.testing.TestStores.services(store, new Localization(Locale.ENGLISH))) {
            person(services, "N-001", PersonRole.PROFESSIONAL);
            person(services, "P-001", PersonRole.PATIENT);
            person(services, "P-002", PersonRole.RELATIVE);
        }
        try (AppUnderTest ui = AppUnderTest.start(store)) {
            robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
            waitUntil(() -> robot.lookup(".team-area").tryQuery().isPresent());
            TabPane area = robot.lookup(".team-area").queryAs(TabPane.class);
            robot.interact(() -> area.getSelectionModel().select(1));
            robot.clickOn("#newOrganisationButton");
            robot.clickOn("#organisationNameField").write("North region");
            robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
            waitUntil(() -> ui.app().services().organisations().search("", true).size() == 1);

            robot.interact(() -> area.getSelectionModel().select(0));
            robot.clickOn("#newButton");
            robot.clickOn("#nameField").write("Diabetes team");
            ComboBox<Choice> organisation = robot.lookup("#organisationBox").queryComboBox();
            waitUntil(() -> organisation.getItems().size() == 2);
            robot.interact(() -> organisation.getSelectionModel().select(1));
            TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
            robot.interact(() -> tabs.getSelectionModel().select(1));
            robot.clickOn("#addProfessionalsField").write("N-001").type(KeyCode.ENTER);
            waitUntil(() -> robot.lookup("#professionalTable").queryTableView().getItems().size() == 1);
            robot.interact(() -> tabs.getSelectionModel().select(2));
            robot.clickOn("#addLayField").write("P-001 P-002").type(KeyCode.ENTER);
            waitUntil(() -> robot.lookup("#layTable").queryTableView().getItems().size() == 2);
            robot.interact(() -> tabs.getSelectionModel().select(3));
            robot.clickOn("#addShareButton");
            ComboBox<Choice> group = robot.lookup("#groupBox").queryComboBox();
            robot.interact(() -> group.getSelectionModel().select(1));
            robot.clickOn("#percentField").write("12.5");
            TextField year = robot.lookup("#yearField").queryAs(TextField.class);
            robot.interact(() -> year.setText(""));
            robot.clickOn(year).write("2024");
            robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
            waitUntil(() -> ui.app().services().teams().search(TeamQuery.all()).total() == 1);
        }
        try (AppUnderTest ui = AppUnderTest.start(store)) {
            robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
            waitUntil(() -> robot.lookup("#table").tryQuery().isPresent());
            TableView<TeamRow> table = robot.lookup("#table").queryTableView();
            waitUntil(() -> table.getItems().size() == 1);
            TeamRow row = table.getItems().get(0);
            assertThat(row.name()).isEqualTo("Diabetes team");
            assertThat(row.organisationName()).isEqualTo("North region");
            assertThat(row.professionals()).isEqualTo(1);
            assertThat(row.layMembers()).isEqualTo(2);
            robot.interact(() -> table.getSelectionModel().select(0));
            // the team is read in the background and the editor built once it arrives
            TextField name = AppUnderTest.shown(robot, "#nameField");
            waitUntil(() -> "Diabetes team".equals(name.getText()));
            TeamDraft stored = ui.app().services().teams().load(row.id()).orElseThrow();
            assertThat(stored.professionals()).extracting(p -> p.personCode()).containsExactly("N-001");
            assertThat(stored.layMembers()).extracting(p -> p.personCode()).containsExactly("P-001", "P-002");
            assertThat(stored.referenceShares()).singleElement().satisfies(share -> {
                assertThat(share.percent()).isEqualTo(12.5);
                assertThat(share.populationYear()).isEqualTo(2024);
                assertThat(share.groupId()).isNotNull();
            });
        }
    }

    private static void person(AppServices services, String code, PersonRole role) {
        Person person = new Person();
        person.setCode(code);
        person.setRole(role);
        services.store().database().save(person);
    }
}
