package org.inclusio.reliability;

import static org.inclusio.gui.AppUnderTest.waitUntil;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.inclusio.gui.AppUnderTest;
import org.inclusio.gui.LiveWorkshopWindow;
import org.inclusio.gui.workshop.WorkshopRow;
import org.testfx.api.FxRobot;

/**
 * A facilitator's laptop in the middle of a live workshop, run in a JVM of its own so that a test can
 * kill it: the real window on Monocle's headless platform, driven by keys. Each check-in and each turn
 * is printed once the window shows it ({@code SHOWN CHECKIN code}, {@code SHOWN TURN code n}); it goes
 * on counting turns until it is killed.
 *
 * <p>Arguments: the store's folder and the activity's title.
 */
public final class LiveSessionChild {

    private LiveSessionChild() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path store = Path.of(args[0]);
        FxRobot robot = new FxRobot();
        AppUnderTest.start(store);
        LiveWorkshopWindow window = new LiveWorkshopWindow(robot, args[1]);
        window.open();
        Stage live = window.stage();
        LiveWorkshopWindow.Keys keys = window.keys(live);
        TableView<WorkshopRow> people = LiveWorkshopWindow.peopleTable(live);
        waitUntil(() -> people.getItems().size() >= 9);
        List<String> codes = people.getItems().stream().map(WorkshopRow::code).toList();
        for (String code : codes) {
            keys.selectAllAndWrite(code);
            keys.type(KeyCode.ENTER);
            waitUntil(() -> LiveWorkshopWindow.status(live).startsWith(code + " checked in"));
            out.println("SHOWN CHECKIN " + code);
        }
        keys.selectAllAndWrite("");
        robot.interact(people::requestFocus);
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5,
            KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9};
        for (int tap = 0; tap < 2000; tap++) {
            int row = (tap * 4) % digits.length;
            WorkshopRow person = people.getItems().get(row);
            int expected = person.speakingTurnsProperty().get() + 1;
            keys.type(digits[row], KeyCode.T);
            waitUntil(() -> person.speakingTurnsProperty().get() == expected
                    && LiveWorkshopWindow.status(live).startsWith("Turn counted for " + person.code()));
            out.println("SHOWN TURN " + person.code() + " " + expected);
        }
        out.println("NOT KILLED");
        System.exit(0);
    }
}
