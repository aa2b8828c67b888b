package org.inclusio.gui.main;

import javafx.scene.input.KeyCode;

/** The areas of the main window, in navigation order, each reached with Ctrl and its digit. */
public enum Area {
    ACTIVITIES("area.activities", "area.activities.pending", KeyCode.DIGIT1),
    PEOPLE("area.people", "area.people.pending", KeyCode.DIGIT2),
    TEAMS("area.teams", "area.teams.pending", KeyCode.DIGIT3),
    ANALYSIS("area.analysis", "area.analysis.pending", KeyCode.DIGIT4),
    REPORTS("area.reports", "area.reports.pending", KeyCode.DIGIT5),
    SETTINGS("area.settings", "area.settings.pending", KeyCode.DIGIT6);

    private final String labelKey;
    private final String pendingKey;
    private final KeyCode shortcutDigit;

    Area(String labelKey, String pendingKey, KeyCode shortcutDigit) {
        this.labelKey = labelKey;
        this.pendingKey = pendingKey;
        this.shortcutDigit = shortcutDigit;
    }

    /** The text an area shows while its screens are not built yet. */
    public String pendingKey() {
        return pendingKey;
    }

    public String labelKey() {
        return labelKey;
    }

    public KeyCode shortcutDigit() {
        return shortcutDigit;
    }
}
