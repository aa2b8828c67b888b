package org.inclusio.gui.appearance;

import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Whether the system asks for high contrast, where a Java program can tell: JavaFX's own switch, the system
 * property {@code com.sun.javafx.highContrastTheme} (a launcher or the user sets it, e.g. to {@code BLACKONWHITE};
 * JavaFX's own controls follow it too), or a GTK theme whose name says high contrast ({@code GTK_THEME}, as GNOME's
 * "HighContrast" and "HighContrastInverse"). Where none of these tells, the answer is no and the user chooses
 * the high-contrast theme in Settings.
 */
public final class SystemContrast {

    static final String JAVAFX_PROPERTY = "com.sun.javafx.highContrastTheme";

    private SystemContrast() {
    }

    /** Asks this machine. */
    public static boolean asksForHighContrast() {
        return asksForHighContrast(System::getenv, System::getProperty);
    }

    /**
     * @param environment the environment's variables by name
     * @param properties  the system properties by name
     */
    public static boolean asksForHighContrast(UnaryOperator<String> environment, UnaryOperator<String> properties) {
        String javafx = properties.apply(JAVAFX_PROPERTY);
        if (javafx != null && !javafx.isBlank()) {
            return true;
        }
        String gtk = environment.apply("GTK_THEME");
        return gtk != null && gtk.toLowerCase(Locale.ROOT).replace("-", "").contains("highcontrast");
    }
}
