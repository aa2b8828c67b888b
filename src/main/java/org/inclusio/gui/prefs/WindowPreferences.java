package org.inclusio.gui.prefs;

import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The main window's size, position and maximised state, remembered between runs. A remembered
 * position that is no longer on any screen (a monitor was unplugged) is ignored.
 */
public final class WindowPreferences {

    static final double DEFAULT_WIDTH = 1280;
    static final double DEFAULT_HEIGHT = 760;

    private final Preferences node;

    public WindowPreferences(Preferences node) {
        this.node = node;
    }

    /** The preferences of this user on this machine. */
    public static WindowPreferences forCurrentUser() {
        return new WindowPreferences(Preferences.userRoot().node("org/inclusio/window"));
    }

    /** The preferences of another topic kept beside these (the lock's, say), so tests keep them apart too. */
    public LockPreferences lockPreferences() {
        return new LockPreferences(node.node("lock"));
    }

    /** The language chosen in the window, kept beside these. */
    public LanguagePreferences languagePreferences() {
        return new LanguagePreferences(node.node("language"));
    }

    /** The text size and theme chosen in the window, kept beside these. */
    public AppearancePreferences appearancePreferences() {
        return new AppearancePreferences(node.node("appearance"));
    }

    /** Sizes and places the stage as it was last time, or to fit the primary screen. */
    public void restore(Stage stage) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = Math.min(node.getDouble("width", DEFAULT_WIDTH), screen.getWidth());
        double height = Math.min(node.getDouble("height", DEFAULT_HEIGHT), screen.getHeight());
        stage.setWidth(width);
        stage.setHeight(height);
        double x = node.getDouble("x", Double.NaN);
        double y = node.getDouble("y", Double.NaN);
        if (!Double.isNaN(x) && !Double.isNaN(y) && isVisible(x, y, width, height)) {
            stage.setX(x);
            stage.setY(y);
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(node.getBoolean("maximized", false));
    }

    /** Remembers the stage's current size and place. */
    public void save(Stage stage) {
        node.putBoolean("maximized", stage.isMaximized());
        if (!stage.isMaximized() && !stage.isIconified()) {
            node.putDouble("x", stage.getX());
            node.putDouble("y", stage.getY());
            node.putDouble("width", stage.getWidth());
            node.putDouble("height", stage.getHeight());
        }
    }

    private static boolean isVisible(double x, double y, double width, double height) {
        return !Screen.getScreensForRectangle(x, y, Math.max(1, width / 4), Math.max(1, height / 4)).isEmpty();
    }
}
