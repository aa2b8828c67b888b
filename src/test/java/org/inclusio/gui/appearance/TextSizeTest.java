package org.inclusio.gui.appearance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.inclusio.gui.prefs.AppearancePreferences;
import org.junit.jupiter.api.Test;

/** The text size's steps, the saved choice, and when the system asks for high contrast. */
class TextSizeTest {

    @Test
    void stepsGoFromNormalToTwiceAndStopThere() {
        assertThat(TextSize.larger(100)).isEqualTo(110);
        assertThat(TextSize.larger(175)).isEqualTo(200);
        assertThat(TextSize.larger(200)).isEqualTo(200);
        assertThat(TextSize.smaller(125)).isEqualTo(110);
        assertThat(TextSize.smaller(100)).isEqualTo(100);
        assertThat(TextSize.nearest(160)).isEqualTo(150);
        assertThat(TextSize.nearest(900)).isEqualTo(200);
        assertThat(TextSize.pixels(200)).isEqualTo(26.0);
    }

    @Test
    void theChoiceIsSavedAtOnceAndReadBackAsAStep() throws Exception {
        Preferences node = Preferences.userRoot().node("org/inclusio/test/" + UUID.randomUUID());
        try {
            AppearancePreferences first = new AppearancePreferences(node);
            assertThat(first.textSizeProperty().get()).isEqualTo(100);
            assertThat(first.themeProperty().get()).isEqualTo(Theme.SYSTEM);
            first.textSizeProperty().set(175);
            first.themeProperty().set(Theme.HIGH_CONTRAST);
            AppearancePreferences next = new AppearancePreferences(node);
            assertThat(next.textSizeProperty().get()).isEqualTo(175);
            assertThat(next.themeProperty().get()).isEqualTo(Theme.HIGH_CONTRAST);

            node.putInt("textSize", 333);
            node.put("theme", "PURPLE");
            AppearancePreferences odd = new AppearancePreferences(node);
            assertThat(odd.textSizeProperty().get()).isEqualTo(200);
            assertThat(odd.themeProperty().get()).isEqualTo(Theme.SYSTEM);
        } finally {
            node.removeNode();
        }
    }

    @Test
    void theSystemAsksForHighContrastThroughJavaFxOrTheGtkTheme() {
        assertThat(SystemContrast.asksForHighContrast(Map.<String, String>of()::get, Map.<String, String>of()::get))
                .isFalse();
        assertThat(SystemContrast.asksForHighContrast(Map.of("GTK_THEME", "Adwaita:dark")::get,
                Map.<String, String>of()::get)).isFalse();
        assertThat(SystemContrast.asksForHighContrast(Map.of("GTK_THEME", "HighContrastInverse")::get,
                Map.<String, String>of()::get)).isTrue();
        assertThat(SystemContrast.asksForHighContrast(Map.<String, String>of()::get,
                Map.of("com.sun.javafx.highContrastTheme", "BLACKONWHITE")::get)).isTrue();
        assertThat(Theme.SYSTEM.highContrast(true)).isTrue();
        assertThat(Theme.STANDARD.highContrast(true)).isFalse();
        assertThat(Theme.HIGH_CONTRAST.highContrast(false)).isTrue();
    }
}
