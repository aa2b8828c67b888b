package org.inclusio.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inclusio.gui.AppUnderTest.waitUntil;
import static org.inclusio.gui.LiveWorkshopWindow.peopleTable;
import static org.inclusio.gui.LiveWorkshopWindow.status;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.inclusio.app.AppServices;
import org.inclusio.gui.workshop.WorkshopRow;
import org.inclusio.logic.activity.ActivityDraft;
import org.inclusio.logic.activity.ParticipationDraft;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.person.PersonChoice;
import org.inclusio.model.AttendanceStatus;
import org.inclusio.model.PersonRole;
import org.inclusio.testing.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A facilitator runs a small session in the live workshop window, by keyboard: check-ins, turns and
 * questions by number keys, a proposal, undo, a turn refused for someone not checked in; the window
 * is closed mid-session and reopened (it resumes), then the participants rate and the workshop closes.
 */
class WorkshopAppTest {

    private static final String TITLE = "Live foot care workshop";

    @TempDir
    Path store;

    private final FxRobot robot = new FxRobot();
    private final LiveWorkshopWindow window = new LiveWorkshopWindow(robot, TITLE);
    private final Localization l10n = new Localization(Locale.ENGLISH);

    @Test
    void runsASessionByKeyboardResumesAfterClosingTheWindowAndCloses() throws Exception {
        List<String> codes = new ArrayList<>();
        UUID activity;
        try (AppServices services = TestStores.services(store, l10n)) {
            services.exampleRegion().load(null);
            List<ParticipationDraft> invited = new ArrayList<>();
            LocalDate day = LocalDate.of(2026, 3, 14);
            List<PersonChoice> everyone = services.personDirectory().find("", 500);
            everyone.stream().filter(p -> p.role() == PersonRole.PATIENT).limit(3).forEach(p -> {
                codes.add(p.code());
                invited.add(ParticipationDraft.newInvitee(p.id(), p.code(), day));
            });
            everyone.stream().filter(p -> p.role() == PersonRole.PROFESSIONAL).limit(1).forEach(p -> {
                codes.add(p.code());
                invited.add(ParticipationDraft.newInvitee(p.id(), p.code(), day));
            });
            codes.sort(String.CASE_INSENSITIVE_ORDER);
            ActivityDraft blank = ActivityDraft.blank(day);
            activity = services.activities().save(new ActivityDraft(null, 0, TITLE, day, null, 120, 0, "",
                    blank.mode(), blank.level(), null, null, "", Set.of(), null, null, null, "", "", Set.of(),
                    Set.of(), invited, List.of())).id();
        }
        try (AppUnderTest ui = AppUnderTest.start(store)) {
            window.open();
            Stage live = window.stage();
            assertThat(live.getWidth()).isLessThanOrEqualTo(1366);
            assertThat(live.getHeight()).isLessThanOrEqualTo(768 - 40);
            assertThat(AccessibleNames.unnamed(live.getScene().getRoot())).isEmpty();
            TableView<WorkshopRow> people = peopleTable(live);
            try {
                waitUntil(() -> people.getItems().size() == 4);
            } catch (java.util.concurrent.TimeoutException e) {
                throw new AssertionError("rows " + people.getItems().size() + " status " + status(live) + " windows "
                        + robot.listWindows().stream().map(w -> w instanceof Stage s ? s.getTitle() : "").toList()
                        + " codes " + codes, e);
            }

            // check in the first two by their code, the third from the list with the space bar
            keys = window.keys(live);
            keys.write(codes.get(0));
            keys.type(KeyCode.ENTER);
            try {
                waitUntil(() -> status(live).startsWith(codes.get(0) + " checked in"));
            } catch (java.util.concurrent.TimeoutException e) {
                javafx.scene.control.TextField search = (javafx.scene.control.TextField) live.getScene()
                        .lookup("#searchField");
                throw new AssertionError("status " + status(live) + " search '" + search.getText() + "' focused "
                        + search.isFocused() + " window focused " + live.isFocused() + " rows "
                        + people.getItems().size(), e);
            }
            keys.selectAllAndWrite(codes.get(1));
            keys.type(KeyCode.ENTER);
            waitUntil(() -> status(live).startsWith(codes.get(1) + " checked in"));
            keys.selectAllAndWrite("");
            robot.interact(people::requestFocus);
            robot.interact(() -> people.getSelectionModel().select(2));
            keys.type(KeyCode.SPACE);
            waitUntil(() -> status(live).startsWith(codes.get(2) + " checked in. 3 people are here"));
            assertThat(AccessibleNames.unnamed(live.getScene().getRoot())).isEmpty();

            // turns and questions by number keys
            keys.type(KeyCode.DIGIT1, KeyCode.T, KeyCode.T, KeyCode.DIGIT2, KeyCode.T, KeyCode.Q,
                    KeyCode.DIGIT3, KeyCode.T);
            waitUntil(() -> status(live).startsWith("Turn counted for " + codes.get(2)));
            assertThat(people.getItems()).as("turns by number keys").extracting(r -> r.speakingTurnsProperty().get())
                    .containsExactly(2, 1, 1, 0);
            keys.type(KeyCode.DIGIT1, KeyCode.P);
            keys.write("Evening clinic once a month");
            keys.type(KeyCode.ENTER);
            waitUntil(() -> status(live).startsWith("Proposal by " + codes.get(0)));
            shoot(live, "10-workshop-tally.png");
            // the room's window: the balance of voice follows every tap, and closes again
            keys.shortcut(KeyCode.B);
            waitUntil(() -> robot.listWindows().stream().anyMatch(WorkshopAppTest::isBalanceWindow));
            Stage room = (Stage) robot.listWindows().stream().filter(WorkshopAppTest::isBalanceWindow).findFirst()
                    .orElseThrow();
            Label summary = robot.from(room.getScene().getRoot()).lookup(".label").queryAll().stream()
                    .map(Label.class::cast).filter(l -> l.getText().startsWith("3 people are here"))
                    .findFirst().orElseThrow();
            assertThat(summary.getText()).isEqualTo("3 people are here, 4 speaking turns so far.");
            assertThat(AccessibleNames.unnamed(room.getScene().getRoot())).isEmpty();
            assertThat(room.getWidth()).isLessThanOrEqualTo(1366);
            assertThat(room.getHeight()).isLessThanOrEqualTo(768 - 40);
            assertThat(robot.from(room.getScene().getRoot()).lookup(".label").queryAll().stream()
                    .map(n -> ((Label) n).getText()).toList()).noneMatch(text -> codes.stream().anyMatch(text::contains))
                    .contains(l10n.text("workshop.balance.lay"), "100% of the speaking turns, 100% of the people here");
            shoot(room, "10b-workshop-balance.png");
            robot.interact(() -> live.getScene().lookup("#proposalButton").requestFocus());
            keys.type(KeyCode.DIGIT2, KeyCode.T);
            waitUntil(() -> status(live).equals("Turn counted for " + codes.get(1) + " (2 turns)."));
            waitUntil(() -> summary.getText().equals("3 people are here, 5 speaking turns so far."));
            keys.shortcut(KeyCode.Z);
            waitUntil(() -> status(live).equals("Taken back: turn of " + codes.get(1) + "."));
            waitUntil(() -> summary.getText().equals("3 people are here, 4 speaking turns so far."));
            window.fire(room, "#closeButton");
            waitUntil(() -> !room.isShowing());
            assertThat(live.isShowing()).isTrue();
            window.fire(live, "#balanceButton");
            waitUntil(room::isShowing);
            robot.interact(room::close);

            // a turn for someone not checked in asks first; Enter keeps them as they are
            robot.interact(people::requestFocus);
            robot.interact(() -> people.getSelectionModel().select(3));
            // the question waits in a dialog of its own: the key is sent without waiting for it
            keys.typeWithoutWaiting(KeyCode.T);
            String keep = l10n.text("workshop.absent.keep");
            waitUntil(() -> robot.lookup(".button").queryAll().stream()
                    .anyMatch(n -> n.isVisible() && keep.equals(((Button) n).getText())));
            Button keepButton = (Button) robot.lookup(".button").queryAll().stream()
                    .filter(n -> n.isVisible() && keep.equals(((Button) n).getText())).findFirst().orElseThrow();
            robot.interact(keepButton::fire);
            waitUntil(() -> status(live).startsWith("Nothing counted: " + codes.get(3)));
            window.fire(live, "#startButton");
            waitUntil(() -> status(live).equals(l10n.text("workshop.status.timerRunning")));

            // the window is closed in the middle of the session; everything shown is stored
            robot.interact(live::close);
            WaitForAsyncUtils.waitForFxEvents();
            ParticipationDraft first = participation(ui, activity, codes.get(0));
            assertThat(first.speakingTurns()).isEqualTo(2);
            assertThat(first.attendance()).isEqualTo(AttendanceStatus.ATTENDED);
            assertThat(participation(ui, activity, codes.get(1)).speakingTurns()).isEqualTo(1);
            assertThat(participation(ui, activity, codes.get(1)).questions()).isEqualTo(1);
            assertThat(participation(ui, activity, codes.get(3)).attendance()).isNull();

            window.open();
            Stage resumed = window.stage();
            keys = window.keys(resumed);
            TableView<WorkshopRow> again = peopleTable(resumed);
            waitUntil(() -> again.getItems().size() == 4
                    && again.getItems().stream().filter(WorkshopRow::present).count() == 3);
            assertThat(again.getItems().get(0).speakingTurnsProperty().get()).isEqualTo(2);
            assertThat(resumed.getScene().lookup("#pauseButton").isDisabled())
                    .as("the timer still runs").isFalse();

            // the closing round: each participant rates on a screen without the counts
            window.fire(resumed, "#endButton");
            String confirm = l10n.text("workshop.end.confirm");
            waitUntil(() -> robot.lookup(".button").queryAll().stream()
                    .anyMatch(n -> n.isVisible() && confirm.equals(((Button) n).getText())));
            Button confirmButton = (Button) robot.lookup(".button").queryAll().stream()
                    .filter(n -> n.isVisible() && confirm.equals(((Button) n).getText())).findFirst().orElseThrow();
            robot.interact(confirmButton::fire);
            waitUntil(() -> resumed.getScene().lookup("#ratingPane").isVisible());
            shoot(resumed, "10a-workshop-rating.png");
            assertThat(resumed.getScene().lookup("#tallyPane").isVisible()).isFalse();
            for (int rater = 0; rater < 3; rater++) {
                String expected = l10n.text("workshop.ratings.for", codes.get(rater));
                waitUntil(() -> expected.equals(((Label) resumed.getScene().lookup("#raterLabel")).getText()));
                rate("workshop.ratings.heardValue", 4);
                rate("workshop.ratings.expressValue", 3 + rater % 2);
                window.fire(resumed, "#submitRatingButton");
            }
            waitUntil(() -> resumed.getScene().lookup("#reviewButton").isVisible());
            window.fire(resumed, "#reviewButton");
            window.fire(resumed, "#closeButton");
            waitUntil(() -> !resumed.isShowing());

            ActivityDraft stored = ui.app().services().activities().load(activity).orElseThrow();
            assertThat(stored.talkCounted()).isTrue();
            assertThat(stored.proposals()).singleElement()
                    .satisfies(p -> assertThat(p.content()).isEqualTo("Evening clinic once a month"));
            assertThat(participation(ui, activity, codes.get(0)).heardRating()).isEqualTo(4);
            assertThat(participation(ui, activity, codes.get(1)).expressRating()).isEqualTo(4);
            assertThat(ui.app().services().workshops().isRunning(activity)).isFalse();
        }
    }

    private static boolean isBalanceWindow(Window window) {
        return window instanceof Stage stage && stage.isShowing() && stage.getTitle() != null
                && stage.getTitle().startsWith("Balance of voice:");
    }

    /** Keeps a picture of the window for the screenshot tour's folder, and checks that it shows something. */
    private void shoot(Stage stage, String name) throws Exception {
        Path folder = Path.of("target", "screenshots");
        java.nio.file.Files.createDirectories(folder);
        java.util.concurrent.atomic.AtomicReference<java.awt.image.BufferedImage> image =
                new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> {
            try {
                image.set(Screenshots.write(stage.getScene().getRoot(), folder.resolve(name)));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(Screenshots.distinctColours(image.get())).isGreaterThan(3);
    }

    private LiveWorkshopWindow.Keys keys;

    private void rate(String key, int value) {
        String name = l10n.text(key, value);
        Node button = robot.lookup(".toggle-button").queryAll().stream()
                .filter(n -> name.equals(((ToggleButton) n).getAccessibleText())).findFirst().orElseThrow();
        robot.interact(button::requestFocus);
        keys.type(KeyCode.SPACE);
    }

    private static ParticipationDraft participation(AppUnderTest ui, UUID activity, String code) {
        return ui.app().services().activities().load(activity).orElseThrow().participations().stream()
                .filter(p -> p.personCode().equals(code)).findFirst().orElseThrow();
    }
}
