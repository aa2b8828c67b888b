package org.inclusio.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inclusio.gui.AppUnderTest.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.inclusio.app.AppServices;
import org.inclusio.gui.AppUnderTest;
import org.inclusio.gui.LiveWorkshopWindow;
import org.inclusio.gui.workshop.WorkshopRow;
import org.inclusio.logic.activity.ActivityDraft;
import org.inclusio.logic.activity.ParticipationDraft;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.person.PersonChoice;
import org.inclusio.model.AttendanceStatus;
import org.inclusio.model.PersonRole;
import org.inclusio.testing.TestStores;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * Kills the program (SIGKILL) in the middle of a live workshop run by keyboard in the real window, at a
 * random turn: every check-in and turn the window had shown is in the store, and the window opened again
 * resumes the session where it stood.
 */
@Tag("reliability")
class WorkshopKillTest {

    private static final String TITLE = "Workshop on the facilitator's laptop";

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();

    @Test
    void nothingShownIsLostWhenTheLaptopIsKilledMidSessionAndTheSessionResumes() throws Exception {
        Path store = dir.resolve("laptop");
        UUID activity = prepare(store);
        int killAfter = ThreadLocalRandom.current().nextInt(3, 25);

        Map<String, Integer> shownTurns = new HashMap<>();
        Set<String> shownCheckIns = new HashSet<>();
        Child child = Child.start(command(store), Map.of(), null);
        try {
            waitForShownTurns(child, killAfter);
        } finally {
            child.kill();
        }
        for (String line : child.out().lines().toList()) {
            String[] parts = line.strip().split(" ");
            if (parts.length == 3 && line.startsWith("SHOWN CHECKIN")) {
                shownCheckIns.add(parts[2]);
            } else if (parts.length == 4 && line.startsWith("SHOWN TURN")) {
                shownTurns.merge(parts[2], Integer.parseInt(parts[3]), Math::max);
            }
        }
        assertThat(shownCheckIns).as("check-ins shown before the kill").hasSize(10);
        assertThat(shownTurns.values().stream().mapToInt(Integer::intValue).sum()).isGreaterThanOrEqualTo(killAfter);

        try (AppUnderTest ui = AppUnderTest.start(store)) {
            Map<String, ParticipationDraft> stored = new HashMap<>();
            ui.app().services().activities().load(activity).orElseThrow().participations()
                    .forEach(p -> stored.put(p.personCode(), p));
            for (String code : shownCheckIns) {
                assertThat(stored.get(code).attendance()).as("check-in of " + code + " among " + stored.values().stream()
                        .map(p -> p.personCode() + ":" + p.attendance() + ":" + p.speakingTurns()).toList()
                        + " shown " + shownTurns + "\n" + child.out()).isEqualTo(AttendanceStatus.ATTENDED);
            }
            shownTurns.forEach((code, turns) -> assertThat(stored.get(code).speakingTurns())
                    .as("turns of " + code).isGreaterThanOrEqualTo(turns));

            // the window resumes the session as stored, and counting goes on
            LiveWorkshopWindow window = new LiveWorkshopWindow(robot, TITLE);
            window.open();
            Stage live = window.stage();
            TableView<WorkshopRow> people = LiveWorkshopWindow.peopleTable(live);
            waitUntil(() -> people.getItems().size() == 10 && people.getItems().stream().allMatch(WorkshopRow::present));
            for (WorkshopRow row : people.getItems()) {
                assertThat(row.speakingTurnsProperty().get()).as("turns shown for " + row.code())
                        .isEqualTo(stored.get(row.code()).speakingTurns());
            }
            WorkshopRow first = people.getItems().get(0);
            int before = first.speakingTurnsProperty().get();
            robot.interact(people::requestFocus);
            window.keys(live).type(KeyCode.DIGIT1, KeyCode.T);
            waitUntil(() -> first.speakingTurnsProperty().get() == before + 1);
            robot.interact(live::close);
            assertThat(ui.app().services().activities().load(activity).orElseThrow().participations().stream()
                    .filter(p -> p.personCode().equals(first.code())).findFirst().orElseThrow().speakingTurns())
                    .isEqualTo(before + 1);
            assertThat(ui.app().services().workshops().isRunning(activity)).isTrue();
        }
    }

    /** The example region and an activity with nine lay people and one member of staff invited. */
    private static UUID prepare(Path store) throws Exception {
        try (AppServices services = TestStores.services(store, new Localization(Locale.ENGLISH))) {
            services.exampleRegion().load(null);
            LocalDate day = LocalDate.of(2026, 3, 14);
            List<ParticipationDraft> invited = new ArrayList<>();
            List<PersonChoice> everyone = services.personDirectory().find("", 500);
            everyone.stream().filter(p -> p.role() == PersonRole.PATIENT).limit(9)
                    .forEach(p -> invited.add(ParticipationDraft.newInvitee(p.id(), p.code(), day)));
            everyone.stream().filter(p -> p.role() == PersonRole.PROFESSIONAL).limit(1)
                    .forEach(p -> invited.add(ParticipationDraft.newInvitee(p.id(), p.code(), day)));
            assertThat(invited).hasSize(10);
            ActivityDraft blank = ActivityDraft.blank(day);
            return services.activities().save(new ActivityDraft(null, 0, TITLE, day, null, 120, 0, "",
                    blank.mode(), blank.level(), null, null, "", Set.of(), null, null, null, "", "", Set.of(),
                    Set.of(), invited, List.of())).id();
        }
    }

    private List<String> command(Path store) {
        Path work = dir.resolve("child");
        return List.of(Programs.javaBinary(), "-Xshare:auto", "-Duser.language=en", "-Duser.country=GB",
                "-Djava.util.prefs.userRoot=" + work.resolve("prefs"), "-Djava.io.tmpdir=" + dir,
                "-Dtestfx.robot=glass", "-Dtestfx.headless=true", "-Dglass.platform=Monocle",
                "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Djava.awt.headless=true",
                "-Dheadless.geometry=1366x768-32", "-cp", Programs.classPath(), LiveSessionChild.class.getName(),
                store.toString(), TITLE);
    }

    private static void waitForShownTurns(Child child, int turns) throws Exception {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(4);
        while (child.out().lines().filter(line -> line.startsWith("SHOWN TURN")).count() < turns) {
            if (System.nanoTime() > deadline || child.waitFor(0)) {
                boolean ended = child.waitFor(5000);
                throw new AssertionError("the live session did not get to " + turns + " turns ("
                        + (ended ? "it ended with status " + child.exitCode() : "it still runs") + "); it printed:\n"
                        + child.out() + "\n" + child.err());
            }
            Thread.sleep(20);
        }
    }
}
