package org.inclusio.gui.prefs;

import java.util.prefs.Preferences;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.inclusio.gui.appearance.TextSize;
import org.inclusio.gui.appearance.Theme;

/**
 * How the windows look for this user on this machine: the text size (a percentage of the normal size) and the
 * theme. Each change is saved at once and applies at once.
 */
public final class AppearancePreferences {

    private static final String TEXT_SIZE = "textSize";
    private static final String THEME = "theme";

    private final IntegerProperty textSize;
    private final ObjectProperty<Theme> theme;

    public AppearancePreferences(Preferences node) {
        textSize = new SimpleIntegerProperty(TextSize.nearest(node.getInt(TEXT_SIZE, TextSize.NORMAL)));
        theme = new SimpleObjectProperty<>(readTheme(node.get(THEME, null)));
        textSize.addListener((o, old, now) -> {
            int step = TextSize.nearest(now.intValue());
            if (step != now.intValue()) {
                textSize.set(step);
                return;
            }
            node.putInt(TEXT_SIZE, step);
        });
        theme.addListener((o, old, now) -> {
            if (now == null) {
                theme.set(Theme.SYSTEM);
                return;
            }
            node.put(THEME, now.name());
        });
    }

    private static Theme readTheme(String saved) {
        for (Theme candidate : Theme.values()) {
            if (candidate.name().equals(saved)) {
                return candidate;
            }
        }
        return Theme.SYSTEM;
    }

    /** The text size in percent, one of {@link TextSize#STEPS}. */
    public IntegerProperty textSizeProperty() {
        return textSize;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }
}
