package org.inclusio.reliability;

import static org.inclusio.gui.AppUnderTest.waitUntil;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.CheckListView;
import org.inclusio.gui.AppUnderTest;
import org.inclusio.gui.LiveWorkshopWindow;
import org.inclusio.gui.Screenshots;
import org.inclusio.gui.workshop.WorkshopRow;
import org.inclusio.logic.common.Choice;
import org.inclusio.model.ConsentScope;
import org.inclusio.model.PersonRole;
import org.testfx.api.FxRobot;

/**
 * A facilitator's laptop running a workshop of ten people live, in a JVM of its own so that a test can kill
 * it: the real window on Monocle's headless platform, driven by keys. It checks in everyone invited by their
 * code, adds two walk-ins through the walk-in dialog (role, a declared group, consent), counts turns by number
 * keys and, for the tenth person, by searching the code, writes down two proposals, notes a barrier and an
 * accommodation, and then goes on counting turns until it is killed. Each step is printed once the window
 * shows it ({@code SHOWN CHECKIN code}, {@code SHOWN WALKIN code role group-id consent}, {@code SHOWN TURN code
 * n}, {@code SHOWN PROPOSAL code text}, {@code SHOWN BARRIER code barrier-id}, {@code SHOWN ACCOMMODATION code
 * accommodation-id}); {@code TALLY} marks the start of the turns that go on until the kill.
 *
 * <p>Arguments: the store's folder, the activity's title and the folder for the screenshot tour's pictures.
 */
public final class TenPersonSessionChild {

    /** The proposals written down during the session, in order. */
    static final List<String> PROPOSALS = List.of("Evening clinic once a month", "Easy-read letters before visits");

    /** Turns counted before the proposals; the rest follow them until the kill. */
    static final int TURNS_BEFORE_PROPOSALS = 12;

    private static final KeyCode[] DIGITS = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4,
        KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9};

    private final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    private final FxRobot robot = new FxRobot();
    private final LiveWorkshopWindow window;
    private final Path pictures;
    private Stage live;
    private LiveWorkshopWindow.Keys keys;
    private TableView<WorkshopRow> people;

    private TenPersonSessionChild(String title, Path pictures) {
        this.window = new LiveWorkshopWindow(robot, title);
        this.pictures = pictures;
    }

    public static void main(String[] args) throws Exception {
        TenPersonSessionChild child = new TenPersonSessionChild(args[1], Path.of(args[2]));
        try {
            AppUnderTest.start(Path.of(args[0]));
            child.run();
        } catch (Throwable failure) {
            // what went wrong goes to the test, which prints it with everything shown before
            failure.printStackTrace(child.out);
            child.out.println("windows: " + child.robot.listWindows().stream()
                    .map(w -> w instanceof Stage s ? s.getTitle() + " focus " + s.isFocused() + " on "
                            + s.getScene().getFocusOwner() : w.toString()).toList());
            System.exit(1);
        }
        System.exit(0);
    }

    private void run() throws Exception {
        window.open();
        live = window.stage();
        keys = window.keys(live);
        people = LiveWorkshopWindow.peopleTable(live);
        waitUntil(() -> people.getItems().size() == 8);

        // everyone invited, by typing their code and Enter
        for (String code : people.getItems().stream().map(WorkshopRow::code).toList()) {
            keys.selectAllAndWrite(code);
            keys.type(KeyCode.ENTER);
            waitUntil(() -> LiveWorkshopWindow.status(live).startsWith(code + " checked in"));
            out.println("SHOWN CHECKIN " + code);
        }
        keys.selectAllAndWrite("");
        shoot(live.getScene().getRoot(), "10c-workshop-check-in.png");

        walkIn(false, "10d-workshop-walk-in.png");
        walkIn(true, null);
        waitUntil(() -> people.getItems().size() == 10 && people.getItems().stream().allMatch(WorkshopRow::present));

        int turn = 0;
        for (; turn < TURNS_BEFORE_PROPOSALS; turn++) {
            countTurn(turn);
        }
        propose(2, PROPOSALS.get(0));
        propose(6, PROPOSALS.get(1));
        note(4, "#barrierBox", "#barrierButton", "BARRIER");
        note(7, "#accommodationBox", "#accommodationButton", "ACCOMMODATION");
        shoot(live.getScene().getRoot(), "10e-workshop-tally-ten.png");

        out.println("TALLY");
        for (; turn < 2000; turn++) {
            countTurn(turn);
        }
        out.println("NOT KILLED");
    }

    /** "Add walk-in", then the dialog by keys: the suggested code, the role, the first group checked, consent. */
    private void walkIn(boolean otherRole, String picture) throws Exception {
        robot.interact(() -> live.getScene().lookup("#searchField").requestFocus());
        window.fire(live, "#walkInButton");
        waitUntil(() -> robot.listWindows().stream().anyMatch(w -> w instanceof Stage s && s.isShowing()
                && "Add a walk-in".equals(s.getTitle())));
        Stage dialog = (Stage) robot.listWindows().stream().filter(w -> w instanceof Stage s && s.isShowing()
                && "Add a walk-in".equals(s.getTitle())).findFirst().orElseThrow();
        Parent pane = dialog.getScene().getRoot();
        TextField code = (TextField) pane.lookup("#walkInCode");
        @SuppressWarnings("unchecked")
        ComboBox<PersonRole> role = (ComboBox<PersonRole>) pane.lookup("#walkInRole");
        @SuppressWarnings("unchecked")
        CheckListView<Choice> groups = (CheckListView<Choice>) pane.lookup("#walkInGroups");
        @SuppressWarnings("unchecked")
        ComboBox<ConsentScope> consent = (ComboBox<ConsentScope>) pane.lookup("#walkInConsent");
        // the dialog puts the focus in the code field when shown
        waitUntil(() -> dialog.getScene().getFocusOwner() == code);
        LiveWorkshopWindow.Keys dialogKeys = window.keys(dialog);
        dialogKeys.type(KeyCode.TAB);
        waitUntil(() -> dialog.getScene().getFocusOwner() == role);
        if (otherRole) {
            dialogKeys.type(KeyCode.DOWN);
        }
        dialogKeys.type(KeyCode.TAB);
        waitUntil(() -> dialog.getScene().getFocusOwner() == groups);
        dialogKeys.type(KeyCode.HOME, KeyCode.SPACE);
        waitUntil(() -> groups.getCheckModel().getCheckedItems().size() == 1);
        // one Tab from the list of groups reaches the consent (the rows' check boxes are not tab stops)
        dialogKeys.type(KeyCode.TAB);
        waitUntil(() -> dialog.getScene().getFocusOwner() == consent
                && groups.getCheckModel().getCheckedItems().size() == 1);
        dialogKeys.type(KeyCode.DOWN);
        waitUntil(() -> consent.getValue() != null);
        String chosenCode = code.getText();
        String chosen = role.getValue() + " " + groups.getCheckModel().getCheckedItems().get(0).id() + " "
                + consent.getValue();
        if (picture != null) {
            shoot(dialog.getScene().getRoot(), picture);
        }
        dialogKeys.type(KeyCode.ENTER);
        waitUntil(() -> !dialog.isShowing()
                && LiveWorkshopWindow.status(live).startsWith(chosenCode + " added as a walk-in"));
        out.println("SHOWN WALKIN " + chosenCode + " " + chosen);
    }

    /**
     * One turn, spread over the ten: the first nine by their number key, the tenth (who has none) by
     * searching their code first, which leaves them the only one numbered.
     */
    private void countTurn(int turn) throws Exception {
        int place = (turn * 3) % 10;
        WorkshopRow person = presentAt(place);
        int expected = person.speakingTurnsProperty().get() + 1;
        if (place < DIGITS.length) {
            robot.interact(people::requestFocus);
            keys.type(DIGITS[place], KeyCode.T);
        } else {
            robot.interact(() -> live.getScene().lookup("#searchField").requestFocus());
            keys.selectAllAndWrite(person.code());
            robot.interact(people::requestFocus);
            keys.type(KeyCode.DIGIT1, KeyCode.T);
        }
        waitUntil(() -> person.speakingTurnsProperty().get() == expected
                && LiveWorkshopWindow.status(live).startsWith("Turn counted for " + person.code()));
        out.println("SHOWN TURN " + person.code() + " " + expected);
        if (place >= DIGITS.length) {
            robot.interact(() -> live.getScene().lookup("#searchField").requestFocus());
            keys.selectAllAndWrite("");
        }
    }

    /** The number key, P, the proposal's text and Enter. */
    private void propose(int place, String text) throws Exception {
        WorkshopRow person = presentAt(place);
        robot.interact(people::requestFocus);
        keys.type(DIGITS[place], KeyCode.P);
        waitUntil(() -> live.getScene().getFocusOwner() == live.getScene().lookup("#proposalField"));
        keys.write(text);
        keys.type(KeyCode.ENTER);
        waitUntil(() -> LiveWorkshopWindow.status(live).startsWith("Proposal by " + person.code()));
        out.println("SHOWN PROPOSAL " + person.code() + " " + text);
    }

    /** The number key, then the first barrier (or accommodation) in its list and the button beside it. */
    private void note(int place, String box, String button, String what) throws Exception {
        WorkshopRow person = presentAt(place);
        robot.interact(people::requestFocus);
        keys.type(DIGITS[place]);
        @SuppressWarnings("unchecked")
        ComboBox<Choice> choices = (ComboBox<Choice>) live.getScene().lookup(box);
        robot.interact(choices::requestFocus);
        keys.type(KeyCode.DOWN);
        waitUntil(() -> choices.getValue() != null);
        Choice chosen = choices.getValue();
        robot.interact(() -> live.getScene().lookup(button).requestFocus());
        keys.type(KeyCode.SPACE);
        waitUntil(() -> LiveWorkshopWindow.status(live).endsWith("\"" + chosen.label() + "\" noted for "
                + person.code() + "."));
        out.println("SHOWN " + what + " " + person.code() + " " + chosen.id());
    }

    private WorkshopRow presentAt(int place) {
        AtomicReference<WorkshopRow> row = new AtomicReference<>();
        robot.interact(() -> row.set(people.getItems().stream().filter(WorkshopRow::present).toList().get(place)));
        return row.get();
    }

    private void shoot(Node root, String name) throws Exception {
        robot.interact(() -> {
            try {
                Screenshots.write(root, pictures.resolve(name));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
