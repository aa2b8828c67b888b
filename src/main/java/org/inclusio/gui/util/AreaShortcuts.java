package org.inclusio.gui.util;

import java.util.function.Predicate;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;

/**
 * An area's keys (Ctrl+N, Ctrl+S, Ctrl+F, ...) as the window's own while the area is on screen: they work
 * wherever the focus is, on the navigation, in the menu bar's window or nowhere at all right after Ctrl+1, and
 * stop when another area replaces it.
 */
public final class AreaShortcuts {

    private AreaShortcuts() {
    }

    /**
     * @param area    the area's root; the keys apply while it is in a scene
     * @param handler handles a key press; true when the key was one of the area's (it is then consumed)
     */
    public static void whileShown(Node area, Predicate<KeyEvent> handler) {
        EventHandler<KeyEvent> keys = event -> {
            if (!event.isConsumed() && handler.test(event)) {
                event.consume();
            }
        };
        area.sceneProperty().addListener((o, old, scene) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
        });
        Scene scene = area.getScene();
        if (scene != null) {
            scene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
        }
    }
}
