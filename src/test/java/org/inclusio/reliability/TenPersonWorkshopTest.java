package org.inclusio.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inclusio.gui.AppUnderTest.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.inclusio.app.AppServices;
import org.inclusio.gui.AppUnderTest;
import org.inclusio.gui.LiveWorkshopWindow;
import org.inclusio.gui.Screenshots;
import org.inclusio.gui.workshop.WorkshopRow;
import org.inclusio.logic.activity.ActivityDraft;
import org.inclusio.logic.activity.ParticipationDraft;
import org.inclusio.logic.activity.ProposalDraft;
import org.inclusio.logic.common.Choice;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.person.PersonChoice;
import org.inclusio.logic.person.PersonDraft;
import org.inclusio.model.AttendanceStatus;
import org.inclusio.model.PersonRole;
import org.inclusio.testing.TestStores;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * A workshop of ten people from start to the office, by keyboard in the real window: eight invited people
 * check in, two walk-ins are added with a declared group and consent, turns are counted, two proposals and a
 * barrier and an accommodation are written down; the laptop is killed (SIGKILL) while turns are being counted.
 * Everything the window had shown is in the store; the window resumes the session, the remaining turns of
 * the forty are counted, the participants rate the session, the workshop is closed and packed for the office,
 * and a second, fresh store that imports the pack holds the same activity and participations.
 */
@Tag("reliability")
class TenPersonWorkshopTest {

    private static final String TITLE = "Ten-person workshop on the laptop";
    private static final int TOTAL_TURNS = 40;
    private static final String PACK_PASSPHRASE = "a workshop passphrase for the office";

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private final Localization l10n = new Localization(Locale.ENGLISH);
    private final Path pictures = Path.of("target", "screenshots").toAbsolutePath();

    @Test
    void aTenPersonSessionSurvivesAKillAndArrivesWholeInTheOffice() throws Exception {
        long start = System.nanoTime();
        Path laptop = dir.resolve("laptop");
        UUID activity = prepare(laptop);
        long prepared = System.nanoTime();
        int killAfter = ThreadLocalRandom.current().nextInt(TenPersonSessionChild.TURNS_BEFORE_PROPOSALS + 2,
                TOTAL_TURNS);

        Child child = Child.start(command(laptop), Map.of(), null);
        try {
            waitForShownTurns(child, killAfter);
        } finally {
            child.kill();
        }
        long killed = System.nanoTime();
        System.out.printf(Locale.ROOT, "ten-person workshop: prepared in %.1f s, live until the kill after %d turns "
                + "%.1f s%n", seconds(start, prepared), killAfter, seconds(prepared, killed));
        Shown shown = Shown.read(child.out());
        assertThat(shown.checkIns).as("check-ins shown before the kill").hasSize(8);
        assertThat(shown.walkIns).as("walk-ins shown before the kill").hasSize(2);
        assertThat(shown.proposals).as("proposals shown before the kill")
                .containsExactlyElementsOf(TenPersonSessionChild.PROPOSALS);
        assertThat(shown.barriers).hasSize(1);
        assertThat(shown.accommodations).hasSize(1);
        assertThat(shown.turnCount).isGreaterThanOrEqualTo(killAfter);

        Path pack = dir.resolve("workshop for the office.inclusio");
        Map<String, ParticipationDraft> atTheEnd;
        ActivityDraft packed;
        Map<String, PersonDraft> walkInsPacked = new HashMap<>();
        try (AppUnderTest ui = AppUnderTest.start(laptop, (owner, title, name, extensions) -> Optional.of(pack))) {
            AppServices services = ui.app().services();
            Map<String, ParticipationDraft> stored = participations(services, activity);
            String context = " (stored " + stored.values().stream().map(p -> p.personCode() + ":" + p.attendance()
                    + ":" + p.speakingTurns()).toList() + ", shown turns " + shown.turns + ")";
            assertThat(stored).as("everyone listed" + context).hasSize(10);
            for (String code : shown.checkIns) {
                assertThat(stored.get(code).attendance()).as("check-in of " + code + context)
                        .isEqualTo(AttendanceStatus.ATTENDED);
            }
            shown.walkIns.forEach((code, walkIn) -> {
                assertThat(stored.get(code)).as("walk-in " + code + context).isNotNull();
                assertThat(stored.get(code).attendance()).isEqualTo(AttendanceStatus.ATTENDED);
                assertThat(stored.get(code).invited()).isFalse();
                PersonDraft person = services.people().load(stored.get(code).personId()).orElseThrow();
                assertThat(person.role().name()).isEqualTo(walkIn[0]);
                assertThat(person.groups()).containsExactly(UUID.fromString(walkIn[1]));
                assertThat(person.consents()).extracting(c -> c.scope().name()).containsExactly(walkIn[2]);
            });
            shown.turns.forEach((code, turns) -> assertThat(stored.get(code).speakingTurns())
                    .as("turns of " + code + context).isGreaterThanOrEqualTo(turns));
            ActivityDraft before = services.activities().load(activity).orElseThrow();
            assertThat(before.proposals()).extracting(ProposalDraft::proposerCode, ProposalDraft::content)
                    .as("proposals" + context).containsExactlyInAnyOrderElementsOf(shown.proposalTuples());
            shown.barriers.forEach((code, barrier) -> assertThat(stored.get(code).barriersMet())
                    .as("barrier of " + code).containsExactly(UUID.fromString(barrier)));
            shown.accommodations.forEach((code, accommodation) -> assertThat(stored.get(code)
                    .accommodationsOffered()).as("accommodation of " + code)
                    .containsExactly(UUID.fromString(accommodation)));

            resumeRateCloseAndPack(ui, before, stored, pack);

            packed = services.activities().load(activity).orElseThrow();
            barriersOf = services.choices().barriers();
            accommodationsOf = services.choices().accommodations();
            groupsOf = services.choices().groups();
            atTheEnd = participations(services, activity);
            for (String code : shown.walkIns.keySet()) {
                walkInsPacked.put(code, services.people().load(atTheEnd.get(code).personId()).orElseThrow());
            }
        }
        assertThat(atTheEnd.values().stream().mapToInt(ParticipationDraft::speakingTurns).sum())
                .isEqualTo(TOTAL_TURNS);
        assertThat(atTheEnd.values()).filteredOn(p -> p.heardRating() != null).hasSize(9);

        long resumed = System.nanoTime();
        importIntoAFreshStore(pack, activity, packed, atTheEnd, walkInsPacked);
        long imported = System.nanoTime();
        System.out.printf(Locale.ROOT, "ten-person workshop: resumed to packed %.1f s, imported and compared %.1f s%n",
                seconds(killed, resumed), seconds(resumed, imported));
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }

    /** The window resumes the session; the rest of the forty turns, the ratings round, close and pack. */
    private void resumeRateCloseAndPack(AppUnderTest ui, ActivityDraft before, Map<String, ParticipationDraft> stored,
                                        Path pack) throws Exception {
        LiveWorkshopWindow window = new LiveWorkshopWindow(robot, TITLE);
        window.open();
        Stage live = window.stage();
        LiveWorkshopWindow.Keys keys = window.keys(live);
        TableView<WorkshopRow> people = LiveWorkshopWindow.peopleTable(live);
        waitUntil(() -> people.getItems().size() == 10 && people.getItems().stream().allMatch(WorkshopRow::present));
        for (WorkshopRow row : people.getItems()) {
            assertThat(row.speakingTurnsProperty().get()).as("turns shown for " + row.code())
                    .isEqualTo(stored.get(row.code()).speakingTurns());
            assertThat(row.proposalsProperty().get()).as("proposals shown for " + row.code())
                    .isEqualTo((int) before.proposals().stream().filter(p -> p.proposerCode().equals(row.code()))
                            .count());
        }

        int counted = stored.values().stream().mapToInt(ParticipationDraft::speakingTurns).sum();
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5,
            KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9};
        for (int turn = counted; turn < TOTAL_TURNS; turn++) {
            int place = turn % digits.length;
            WorkshopRow person = people.getItems().get(place);
            int expected = person.speakingTurnsProperty().get() + 1;
            robot.interact(people::requestFocus);
            keys.type(digits[place], KeyCode.T);
            waitUntil(() -> person.speakingTurnsProperty().get() == expected);
        }

        // the closing round: each lay participant rates, by keys, on a screen without the counts
        window.fire(live, "#endButton");
        pressInDialog(window, l10n.text("workshop.end.confirm"));
        waitUntil(() -> live.getScene().lookup("#ratingPane").isVisible());
        Label rater = (Label) live.getScene().lookup("#raterLabel");
        int lay = 0;
        for (int turn = 0; turn < 10; turn++) {
            AtomicReference<WorkshopRow> next = new AtomicReference<>();
            waitUntil(() -> {
                next.set(people.getItems().stream().filter(row -> rater.getText()
                        .equals(l10n.text("workshop.ratings.for", row.code()))).findFirst().orElse(null));
                return next.get() != null;
            });
            if (next.get().lay()) {
                rate(window, live, "workshop.ratings.heardValue", 1 + lay % 5);
                rate(window, live, "workshop.ratings.expressValue", 5 - lay % 5);
                if (lay == 0) {
                    shoot(live.getScene().getRoot(), "10f-workshop-rating-ten.png");
                }
                lay++;
                window.fire(live, "#submitRatingButton");
            } else {
                window.fire(live, "#skipRaterButton");
            }
            String done = next.get().code();
            waitUntil(() -> !rater.getText().equals(l10n.text("workshop.ratings.for", done)));
        }
        assertThat(lay).isEqualTo(9);
        waitUntil(() -> live.getScene().lookup("#reviewButton").isVisible());
        window.fire(live, "#reviewButton");
        waitUntil(() -> live.getScene().lookup("#reviewPane").isVisible());

        // close and pack for the office: the passphrase twice, by keys
        window.fire(live, "#closeAndPackButton");
        String packTitle = l10n.text("workshop.pack.title");
        Stage dialog = waitForDialog(packTitle);
        waitUntil(() -> !live.isShowing());
        LiveWorkshopWindow.Keys dialogKeys = window.keys(dialog);
        List<PasswordField> fields = robot.from(dialog.getScene().getRoot()).lookup(".password-field").queryAll()
                .stream().map(PasswordField.class::cast).toList();
        assertThat(fields).hasSize(2);
        waitUntil(() -> dialog.getScene().getFocusOwner() == fields.get(0));
        dialogKeys.write(PACK_PASSPHRASE);
        dialogKeys.type(KeyCode.TAB);
        waitUntil(() -> dialog.getScene().getFocusOwner() == fields.get(1));
        dialogKeys.write(PACK_PASSPHRASE);
        shoot(dialog.getScene().getRoot(), "10g-workshop-pack.png");
        dialogKeys.type(KeyCode.ENTER);
        waitUntil(() -> !dialog.isShowing());
        waitUntil(() -> Files.isRegularFile(pack) && robot.lookup(".label").queryAll().stream()
                .anyMatch(n -> ((Label) n).getText() != null && ((Label) n).getText().startsWith("Packed into ")));
        assertThat(ui.app().services().workshops().isRunning(before.id())).isFalse();
    }

    /** The second store, fresh: the window offers the pack, asks its passphrase and imports it. */
    private void importIntoAFreshStore(Path pack, UUID activity, ActivityDraft packed,
                                       Map<String, ParticipationDraft> atTheEnd,
                                       Map<String, PersonDraft> walkInsPacked) throws Exception {
        Path office = dir.resolve("office");
        try (AppUnderTest ui = AppUnderTest.startOfferingImport(office, pack)) {
            String title = l10n.text("exchangeScreen.passphrase.title");
            Stage dialog = waitForDialog(title);
            LiveWorkshopWindow.Keys keys = new LiveWorkshopWindow(robot, TITLE).keys(dialog);
            PasswordField field = (PasswordField) robot.from(dialog.getScene().getRoot()).lookup(".password-field")
                    .query();
            waitUntil(() -> dialog.getScene().getFocusOwner() == field);
            keys.write(PACK_PASSPHRASE);
            keys.type(KeyCode.ENTER);
            Button importButton = robot.lookup("#importButton").queryAs(Button.class);
            waitUntil(() -> importButton.isVisible() && !importButton.isDisabled());
            robot.interact(importButton::requestFocus);
            new LiveWorkshopWindow(robot, TITLE).keys(ui.app().stage()).type(KeyCode.SPACE);
            AppServices services = ui.app().services();
            waitUntil(() -> services.activities().load(activity).isPresent());
            shoot(ui.scene().getRoot(), "10h-workshop-imported.png");
            // the activity register shows the workshop, and its form opens
            showInRegister(ui);
            // the status bar's counts follow the import (read again once the changes have stopped)
            org.inclusio.logic.store.RegisterCounts counts = services.storeInfo().registers();
            assertThat(counts.activities()).isEqualTo(1);
            org.controlsfx.control.StatusBar status = (org.controlsfx.control.StatusBar) ui.scene()
                    .lookup("#statusBar");
            String withCounts = l10n.text("status.storeWithCounts", "", counts.activities(), counts.people(),
                    counts.processTeams());
            String countsPart = withCounts.substring(withCounts.indexOf('|'));
            waitUntil(() -> status.getText() != null && status.getText().endsWith(countsPart));
            shoot(ui.scene().getRoot(), "10i-workshop-in-the-office.png");

            ActivityDraft arrived = services.activities().load(activity).orElseThrow();
            assertThat(arrived.title()).isEqualTo(TITLE);
            assertThat(arrived.heldOn()).isEqualTo(packed.heldOn());
            assertThat(arrived.talkCounted()).isTrue();
            assertThat(arrived.proposals()).extracting(ProposalDraft::proposerCode, ProposalDraft::content)
                    .containsExactlyInAnyOrderElementsOf(packed.proposals().stream()
                            .map(p -> org.assertj.core.groups.Tuple.tuple(p.proposerCode(), p.content())).toList());
            Map<String, ParticipationDraft> here = participations(services, activity);
            assertThat(here.keySet()).isEqualTo(atTheEnd.keySet());
            for (ParticipationDraft there : atTheEnd.values()) {
                ParticipationDraft p = here.get(there.personCode());
                String who = "participation of " + there.personCode();
                assertThat(p.attendance()).as(who).isEqualTo(there.attendance());
                assertThat(p.invited()).as(who).isEqualTo(there.invited());
                assertThat(p.speakingTurns()).as(who).isEqualTo(there.speakingTurns());
                assertThat(p.questions()).as(who).isEqualTo(there.questions());
                assertThat(p.heardRating()).as(who).isEqualTo(there.heardRating());
                assertThat(p.expressRating()).as(who).isEqualTo(there.expressRating());
                assertThat(labels(services.choices().barriers(), p.barriersMet())).as(who)
                        .isEqualTo(labels(barriersOf, there.barriersMet()));
                assertThat(labels(services.choices().accommodations(), p.accommodationsOffered())).as(who)
                        .isEqualTo(labels(accommodationsOf, there.accommodationsOffered()));
            }
            walkInsPacked.forEach((code, there) -> {
                PersonDraft person = services.people().load(there.id()).orElseThrow();
                assertThat(person.code()).isEqualTo(code);
                assertThat(person.role()).isEqualTo(there.role());
                assertThat(labels(services.choices().groups(), person.groups()))
                        .isEqualTo(labels(groupsOf, there.groups()));
                assertThat(person.consents()).extracting(c -> c.scope()).isEqualTo(there.consents().stream()
                        .map(c -> c.scope()).toList());
            });
        }
    }

    /** Goes to the activities with Ctrl+1 and chooses the workshop there: its form shows its title. */
    private void showInRegister(AppUnderTest ui) throws Exception {
        Stage main = ui.app().stage();
        robot.interact(() -> main.getScene().getRoot().requestFocus());
        LiveWorkshopWindow.Keys keys = new LiveWorkshopWindow(robot, TITLE).keys(main);
        keys.shortcut(KeyCode.DIGIT1);
        waitUntil(() -> robot.lookup("#table").tryQuery().isPresent());
        TableView<?> table = robot.lookup("#table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 1 && table.getItems().get(0).toString().contains(TITLE));
        robot.interact(() -> table.getSelectionModel().select(0));
        waitUntil(() -> robot.lookup("#headingLabel").tryQuery().isPresent()
                && TITLE.equals(robot.lookup("#headingLabel").queryAs(Label.class).getText()));
    }

    private List<Choice> barriersOf = List.of();
    private List<Choice> accommodationsOf = List.of();
    private List<Choice> groupsOf = List.of();

    private static Set<String> labels(List<Choice> choices, Set<UUID> ids) {
        return ids.stream().map(id -> Optional.ofNullable(Choice.find(choices, id)).map(Choice::label)
                .orElse("missing " + id)).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    private void rate(LiveWorkshopWindow window, Stage live, String key, int value) {
        String name = l10n.text(key, value);
        Node button = robot.from(live.getScene().getRoot()).lookup(".toggle-button").queryAll().stream()
                .filter(n -> name.equals(((ToggleButton) n).getAccessibleText())).findFirst().orElseThrow();
        robot.interact(button::requestFocus);
        window.keys(live).type(KeyCode.SPACE);
    }

    private void pressInDialog(LiveWorkshopWindow window, String text) throws Exception {
        waitUntil(() -> robot.lookup(".button").queryAll().stream()
                .anyMatch(n -> n.isVisible() && text.equals(((Button) n).getText())));
        Button button = (Button) robot.lookup(".button").queryAll().stream()
                .filter(n -> n.isVisible() && text.equals(((Button) n).getText())).findFirst().orElseThrow();
        robot.interact(button::requestFocus);
        window.keys((Stage) button.getScene().getWindow()).type(KeyCode.SPACE);
    }

    private Stage waitForDialog(String title) throws Exception {
        waitUntil(() -> robot.listWindows().stream().anyMatch(w -> w instanceof Stage s && s.isShowing()
                && title.equals(s.getTitle())));
        return (Stage) robot.listWindows().stream().filter(w -> w instanceof Stage s && s.isShowing()
                && title.equals(s.getTitle())).findFirst().orElseThrow();
    }

    private static Map<String, ParticipationDraft> participations(AppServices services, UUID activity) {
        Map<String, ParticipationDraft> byCode = new TreeMap<>();
        services.activities().load(activity).orElseThrow().participations()
                .forEach(p -> byCode.put(p.personCode(), p));
        return byCode;
    }

    private void shoot(Node root, String name) {
        AtomicReference<java.awt.image.BufferedImage> image = new AtomicReference<>();
        robot.interact(() -> {
            try {
                image.set(Screenshots.write(root, pictures.resolve(name)));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(Screenshots.distinctColours(image.get())).as(name).isGreaterThan(3);
    }

    /** The example region and an activity with seven lay people and one member of staff invited. */
    private static UUID prepare(Path store) throws Exception {
        try (AppServices services = TestStores.services(store, new Localization(Locale.ENGLISH))) {
            services.exampleRegion().load(null);
            LocalDate day = LocalDate.of(2026, 3, 14);
            List<ParticipationDraft> invited = new ArrayList<>();
            List<PersonChoice> everyone = services.personDirectory().find("", 500);
            everyone.stream().filter(p -> p.role() == PersonRole.PATIENT).limit(7)
                    .forEach(p -> invited.add(ParticipationDraft.newInvitee(p.id(), p.code(), day)));
            everyone.stream().filter(p -> p.role() == PersonRole.PROFESSIONAL).limit(1)
                    .forEach(p -> invited.add(ParticipationDraft.newInvitee(p.id(), p.code(), day)));
            assertThat(invited).hasSize(8);
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
                "-Dheadless.geometry=1366x768-32", "-Dtestfx.setup.timeout=120000", "-cp", Programs.classPath(),
                TenPersonSessionChild.class.getName(),
                store.toString(), TITLE, pictures.toString());
    }

    private static void waitForShownTurns(Child child, int turns) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (Shown.read(child.out()).turnCount < turns || !child.out().contains("TALLY")) {
            if (System.nanoTime() > deadline || child.waitFor(0)) {
                boolean ended = child.waitFor(5000);
                throw new AssertionError("the live session did not get to " + turns + " turns ("
                        + (ended ? "it ended with status " + child.exitCode() : "it still runs") + "); it printed:\n"
                        + child.out() + "\n" + child.err());
            }
            Thread.sleep(10);
        }
    }

    /** What the child printed as shown: each step once the window showed it. */
    private static final class Shown {
        final List<String> checkIns = new ArrayList<>();
        final Map<String, String[]> walkIns = new LinkedHashMap<>();
        final Map<String, Integer> turns = new TreeMap<>();
        final List<String> proposals = new ArrayList<>();
        final List<String[]> proposalBy = new ArrayList<>();
        final Map<String, String> barriers = new HashMap<>();
        final Map<String, String> accommodations = new HashMap<>();
        int turnCount;

        static Shown read(String out) {
            Shown shown = new Shown();
            for (String line : out.lines().toList()) {
                if (!line.startsWith("SHOWN ")) {
                    continue;
                }
                String[] parts = line.strip().split(" ", 4);
                switch (parts[1]) {
                    case "CHECKIN" -> shown.checkIns.add(parts[2]);
                    case "WALKIN" -> shown.walkIns.put(parts[2], parts[3].split(" "));
                    case "TURN" -> {
                        shown.turns.merge(parts[2], Integer.parseInt(parts[3]), Math::max);
                        shown.turnCount++;
                    }
                    case "PROPOSAL" -> {
                        shown.proposals.add(parts[3]);
                        shown.proposalBy.add(new String[] {parts[2], parts[3]});
                    }
                    case "BARRIER" -> shown.barriers.put(parts[2], parts[3]);
                    case "ACCOMMODATION" -> shown.accommodations.put(parts[2], parts[3]);
                    default -> throw new IllegalStateException(line);
                }
            }
            return shown;
        }

        List<org.assertj.core.groups.Tuple> proposalTuples() {
            return proposalBy.stream().map(p -> org.assertj.core.groups.Tuple.tuple(p[0], p[1])).toList();
        }
    }
}
