package org.inclusio.gui.prefs;

import java.util.prefs.Preferences;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * When the window locks itself, and the name the user gave at unlock (for the audit trail), remembered
 * between runs. Never a passphrase or anything else secret.
 */
public final class LockPreferences {

    /** Minutes without a key press or mouse movement before the window locks. */
    public static final int DEFAULT_IDLE_MINUTES = 10;
    /** The longest idle time that can be set (a working day). */
    public static final int MAX_IDLE_MINUTES = 480;
    static final String IDLE_MINUTES = "idleMinutes";
    static final String ACTOR_NAME = "actorName";

    private final Preferences node;
    private final IntegerProperty idleMinutes;

    public LockPreferences(Preferences node) {
        this.node = node;
        this.idleMinutes = new SimpleIntegerProperty(clamp(node.getInt(IDLE_MINUTES, DEFAULT_IDLE_MINUTES)));
        idleMinutes.addListener((o, old, now) -> node.putInt(IDLE_MINUTES, clamp(now.intValue())));
    }

    /** Minutes of inactivity before the window locks; 0 means never. Changes are stored at once. */
    public IntegerProperty idleMinutesProperty() {
        return idleMinutes;
    }

    /** The name last given at unlock, or else the name the user logged in with. */
    public String actorName() {
        String stored = node.get(ACTOR_NAME, null);
        if (stored != null && !stored.isBlank()) {
            return stored;
        }
        String system = System.getProperty("user.name");
        return system == null ? "" : system;
    }

    public void setActorName(String name) {
        if (name != null && !name.isBlank()) {
            node.put(ACTOR_NAME, name.strip());
        }
    }

    private static int clamp(int minutes) {
        return Math.max(0, Math.min(MAX_IDLE_MINUTES, minutes));
    }
}
