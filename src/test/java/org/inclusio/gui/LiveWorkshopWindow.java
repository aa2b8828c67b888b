package org.inclusio.gui;

import static org.inclusio.gui.AppUnderTest.waitUntil;

import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.inclusio.gui.workshop.WorkshopRow;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The live workshop window of one activity, as a test drives it: opened from the activity register,
 * found among the windows, and sent keys as the keyboard sends them.
 */
public final class LiveWorkshopWindow {

    private final FxRobot robot;
    private final String title;

    public LiveWorkshopWindow(FxRobot robot, String title) {
        this.robot = robot;
        this.title = title;
    }

    /** Selects the activity in the register and opens its live window with the keyboard. */
    public void open() throws Exception {
        TableView<?> table = robot.lookup("#table").queryAs(TableView.class);
        waitUntil(() -> !table.getItems().isEmpty());
        robot.interact(() -> {
            for (int i = 0; i < table.getItems().size(); i++) {
                if (table.getItems().get(i).toString().contains(title)) {
                    table.getSelectionModel().select(i);
                }
            }
        });
        // the activity's form is built once a row is chosen, which takes a while on a busy machine
        waitUntil(() -> robot.lookup("#headingLabel").tryQuery().isPresent());
        if (!title.equals(robot.lookup("#headingLabel").queryAs(Label.class).getText())) {
            robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
            robot.write(title);
            waitUntil(() -> table.getItems().size() == 1);
            robot.interact(() -> table.getSelectionModel().select(0));
        }
        waitUntil(() -> title.equals(robot.lookup("#headingLabel").queryAs(Label.class).getText()));
        Button live = robot.lookup("#liveButton").queryAs(Button.class);
        waitUntil(() -> !live.isDisabled());
        robot.interact(live::requestFocus);
        robot.type(KeyCode.SPACE);
        try {
            waitUntil(() -> robot.listWindows().stream().anyMatch(this::isLive));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("windows: " + robot.listWindows().stream()
                    .map(w -> w instanceof Stage s ? s.getTitle() + " " + s.isShowing() : w.toString()).toList()
                    + " labels: " + robot.lookup(".label").queryAll().stream().filter(Node::isVisible)
                    .map(n -> ((Label) n).getText()).toList(), e);
        }
    }

    /** The live window, once its search field has the focus. */
    public Stage stage() throws Exception {
        Stage stage = (Stage) robot.listWindows().stream().filter(this::isLive).findFirst()
                .orElseThrow();
        waitUntil(() -> stage.getScene().lookup("#searchField").isFocused());
        return stage;
    }

    boolean isLive(Window window) {
        return window instanceof Stage stage && stage.isShowing() && stage.getTitle() != null
                && stage.getTitle().startsWith("Live workshop:") && stage.getTitle().contains(title);
    }

    public Keys keys(Stage stage) {
        return new Keys(stage);
    }

    /** Presses the button as the keyboard does: focus, then the space bar. */
    public void fire(Stage stage, String id) {
        Button button = (Button) stage.getScene().lookup(id);
        robot.interact(button::requestFocus);
        new Keys(stage).typeWithoutWaiting(KeyCode.SPACE);
        javafx.application.Platform.runLater(() -> {
            Node target = stage.getScene().getFocusOwner();
            javafx.event.Event.fireEvent(target, new javafx.scene.input.KeyEvent(
                    javafx.scene.input.KeyEvent.KEY_RELEASED, javafx.scene.input.KeyEvent.CHAR_UNDEFINED, "",
                    KeyCode.SPACE, false, false, false, false));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    public static TableView<WorkshopRow> peopleTable(Stage stage) {
        return (TableView<WorkshopRow>) stage.getScene().lookup("#peopleTable");
    }

    public static String status(Stage stage) {
        return ((Label) stage.getScene().lookup("#statusLabel")).getText();
    }

    /**
     * Keys sent to whatever has the focus in the live window, as the keyboard would send them (pressed,
     * typed, released); the headless robot delivers keys only to the window it last focused.
     */
    public final class Keys {

        private final Stage stage;

        Keys(Stage stage) {
            this.stage = stage;
        }

        public void type(KeyCode... codes) {
            for (KeyCode code : codes) {
                String text = code.isLetterKey() ? code.getChar().toLowerCase(Locale.ROOT)
                        : code.isDigitKey() ? code.getChar() : code == KeyCode.SPACE ? " " : "";
                key(code, text, false);
            }
        }

        void typeWithoutWaiting(KeyCode code) {
            javafx.application.Platform.runLater(() -> {
                Node target = stage.getScene().getFocusOwner();
                javafx.event.Event.fireEvent(target, new javafx.scene.input.KeyEvent(
                        javafx.scene.input.KeyEvent.KEY_PRESSED, javafx.scene.input.KeyEvent.CHAR_UNDEFINED, "", code,
                        false, false, false, false));
            });
        }

        public void write(String text) {
            for (char c : text.toCharArray()) {
                KeyCode code = KeyCode.getKeyCode(String.valueOf(Character.toUpperCase(c)));
                fire(javafx.scene.input.KeyEvent.KEY_PRESSED, "", code == null ? KeyCode.UNDEFINED : code, false);
                fire(javafx.scene.input.KeyEvent.KEY_TYPED, String.valueOf(c), KeyCode.UNDEFINED, false);
                fire(javafx.scene.input.KeyEvent.KEY_RELEASED, "", code == null ? KeyCode.UNDEFINED : code, false);
            }
        }

        public void shortcut(KeyCode code) {
            fire(javafx.scene.input.KeyEvent.KEY_PRESSED, "", code, true);
            fire(javafx.scene.input.KeyEvent.KEY_RELEASED, "", code, true);
        }

        public void selectAllAndWrite(String text) {
            robot.interact(() -> ((javafx.scene.control.TextField) stage.getScene().getFocusOwner()).selectAll());
            type(KeyCode.BACK_SPACE);
            write(text);
        }

        private void key(KeyCode code, String text, boolean control) {
            fire(javafx.scene.input.KeyEvent.KEY_PRESSED, "", code, control);
            if (!text.isEmpty()) {
                fire(javafx.scene.input.KeyEvent.KEY_TYPED, text, KeyCode.UNDEFINED, control);
            }
            fire(javafx.scene.input.KeyEvent.KEY_RELEASED, "", code, control);
        }

        private void fire(javafx.event.EventType<javafx.scene.input.KeyEvent> type, String character, KeyCode code,
                          boolean control) {
            robot.interact(() -> {
                Node target = stage.getScene().getFocusOwner();
                javafx.event.Event.fireEvent(target == null ? stage.getScene().getRoot() : target,
                        new javafx.scene.input.KeyEvent(type,
                                type == javafx.scene.input.KeyEvent.KEY_TYPED ? character
                                        : javafx.scene.input.KeyEvent.CHAR_UNDEFINED,
                                "", code, false, control, false, false));
            });
        }
    }
}
