package org.inclusio.gui.settings;

import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.inclusio.gui.appearance.TextSize;
import org.inclusio.gui.appearance.Theme;
import org.inclusio.gui.prefs.AppearancePreferences;
import org.inclusio.logic.i18n.Localization;

/**
 * Settings, Appearance: the text size and the colours of every window. Both are this user's on this machine,
 * apply at once and are remembered; Ctrl+plus, Ctrl+minus and Ctrl+0 change the same text size.
 */
public final class AppearanceSettingsView {

    private final AppearancePreferences preferences;
    private final Localization l10n;
    private final boolean systemAsks;
    private VBox root;

    /** @param systemAsks whether the system asks for high contrast now (said beside the choice) */
    public AppearanceSettingsView(AppearancePreferences preferences, boolean systemAsks, Localization l10n) {
        this.preferences = preferences;
        this.systemAsks = systemAsks;
        this.l10n = l10n;
    }

    public Parent root() {
        if (root == null) {
            root = build();
        }
        return root;
    }

    private VBox build() {
        ComboBox<Integer> sizes = new ComboBox<>();
        sizes.setId("textSizeBox");
        sizes.getItems().setAll(TextSize.STEPS);
        sizes.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer percent) {
                return percent == null ? "" : l10n.text("appearance.textSize.value", percent);
            }

            @Override
            public Integer fromString(String text) {
                return null;
            }
        });
        sizes.setValue(preferences.textSizeProperty().get());
        sizes.valueProperty().addListener((o, old, now) -> {
            if (now != null) {
                preferences.textSizeProperty().set(now);
            }
        });
        preferences.textSizeProperty().addListener((o, old, now) -> sizes.setValue(now.intValue()));
        Label sizeLabel = new Label(l10n.text("appearance.textSize"));
        sizeLabel.setLabelFor(sizes);
        sizes.setAccessibleText(l10n.text("appearance.textSize"));
        Label sizeHint = new Label(l10n.text("appearance.textSize.hint"));
        sizeHint.setWrapText(true);
        sizeHint.getStyleClass().add("muted");

        ComboBox<Theme> themes = new ComboBox<>();
        themes.setId("themeBox");
        themes.getItems().setAll(Theme.values());
        themes.setConverter(new StringConverter<>() {
            @Override
            public String toString(Theme theme) {
                return theme == null ? "" : l10n.text(theme.labelKey());
            }

            @Override
            public Theme fromString(String text) {
                return null;
            }
        });
        themes.valueProperty().bindBidirectional(preferences.themeProperty());
        Label themeLabel = new Label(l10n.text("appearance.theme"));
        themeLabel.setLabelFor(themes);
        themes.setAccessibleText(l10n.text("appearance.theme"));
        Label themeHint = new Label(l10n.text(systemAsks ? "appearance.theme.hint.systemAsks"
                : "appearance.theme.hint"));
        themeHint.setWrapText(true);
        themeHint.getStyleClass().add("muted");

        VBox box = new VBox(6, sizeLabel, sizes, sizeHint, themeLabel, themes, themeHint);
        VBox.setMargin(themeLabel, new Insets(12, 0, 0, 0));
        box.setPadding(new Insets(12));
        box.setFillWidth(false);
        box.getStyleClass().add("appearance-settings");
        sizeHint.setMaxWidth(Double.MAX_VALUE);
        return box;
    }
}
