package org.inclusio.gui.appearance;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javafx.beans.InvalidationListener;
import javafx.beans.property.IntegerProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;

/**
 * Applies the text size and the theme to every window of the program, the main window, dialogs, the help, the
 * live workshop and pop-ups alike, now and whenever a window opens: each scene gets a small style sheet that sets
 * the root's font size (every other size in the style sheets is in em, so it grows with it) and, when high
 * contrast is on, the high-contrast style sheet. In any window Ctrl+plus (or Ctrl+equals, or the keypad's plus)
 * makes the text larger, Ctrl+minus smaller and Ctrl+0 normal again.
 */
public final class WindowAppearance implements AutoCloseable {

    /** The style sheet of the high-contrast theme, added after the program's own. */
    public static final String HIGH_CONTRAST_STYLESHEET = Objects.requireNonNull(WindowAppearance.class
            .getResource("/org/inclusio/gui/high-contrast.css")).toExternalForm();

    private final IntegerProperty textSize;
    private final ObservableBooleanValue highContrast;
    private final Map<Window, ChangeListener<Scene>> sceneListeners = new HashMap<>();
    private final EventHandler<KeyEvent> keys = this::key;
    private final ListChangeListener<Window> windows = change -> {
        while (change.next()) {
            change.getRemoved().forEach(this::forget);
            change.getAddedSubList().forEach(this::watch);
        }
    };
    private final InvalidationListener reapply = observable -> applyToAll();
    private String fontStylesheet;

    /**
     * @param textSize     the text size in percent (Ctrl+plus and Ctrl+minus change it)
     * @param highContrast whether the high-contrast theme is on
     */
    public WindowAppearance(IntegerProperty textSize, ObservableBooleanValue highContrast) {
        this.textSize = textSize;
        this.highContrast = highContrast;
    }

    /** Starts applying to every window, those open now and those opened later. Call on the FX thread. */
    public void install() {
        fontStylesheet = fontStylesheet(textSize.get());
        textSize.addListener(reapply);
        highContrast.addListener(reapply);
        Window.getWindows().addListener(windows);
        new ArrayList<>(Window.getWindows()).forEach(this::watch);
    }

    /** The style sheet that sets the root font size for a text size (a data URI, so nothing is written to disk). */
    static String fontStylesheet(int percent) {
        String css = String.format(Locale.ROOT, ".root { -fx-font-size: %.2fpx; }", TextSize.pixels(percent));
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
    }

    private void watch(Window window) {
        if (sceneListeners.containsKey(window)) {
            return;
        }
        ChangeListener<Scene> listener = (o, old, scene) -> apply(scene);
        sceneListeners.put(window, listener);
        window.sceneProperty().addListener(listener);
        window.addEventFilter(KeyEvent.KEY_PRESSED, keys);
        apply(window.getScene());
    }

    private void forget(Window window) {
        ChangeListener<Scene> listener = sceneListeners.remove(window);
        if (listener != null) {
            window.sceneProperty().removeListener(listener);
            window.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
        }
    }

    private void applyToAll() {
        fontStylesheet = fontStylesheet(textSize.get());
        sceneListeners.keySet().forEach(window -> apply(window.getScene()));
    }

    private void apply(Scene scene) {
        if (scene == null) {
            return;
        }
        javafx.collections.ObservableList<String> sheets = scene.getStylesheets();
        List<String> wanted = new ArrayList<>(sheets);
        wanted.removeIf(sheet -> sheet.startsWith("data:text/css;base64,") || sheet.equals(HIGH_CONTRAST_STYLESHEET));
        // the font size first, so a style sheet's own sizes in px (a chart's, say) still win where they are set
        wanted.add(0, fontStylesheet);
        if (highContrast.get()) {
            wanted.add(HIGH_CONTRAST_STYLESHEET);
        }
        if (!wanted.equals(sheets)) {
            sheets.setAll(wanted);
        }
    }

    private void key(KeyEvent event) {
        if (!event.isShortcutDown() || event.isAltDown()) {
            return;
        }
        KeyCode code = event.getCode();
        if (code == KeyCode.PLUS || code == KeyCode.EQUALS || code == KeyCode.ADD) {
            textSize.set(TextSize.larger(textSize.get()));
        } else if (code == KeyCode.MINUS || code == KeyCode.SUBTRACT) {
            textSize.set(TextSize.smaller(textSize.get()));
        } else if ((code == KeyCode.DIGIT0 || code == KeyCode.NUMPAD0) && !event.isShiftDown()) {
            textSize.set(TextSize.NORMAL);
        } else {
            return;
        }
        event.consume();
    }

    /** Stops applying (the windows keep what they have). */
    @Override
    public void close() {
        Window.getWindows().removeListener(windows);
        textSize.removeListener(reapply);
        highContrast.removeListener(reapply);
        new ArrayList<>(sceneListeners.keySet()).forEach(this::forget);
    }
}
