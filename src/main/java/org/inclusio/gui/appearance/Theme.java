package org.inclusio.gui.appearance;

/** The window's colours: as the system asks (high contrast when it asks for it), the normal ones, or high contrast. */
public enum Theme {
    SYSTEM,
    STANDARD,
    HIGH_CONTRAST;

    /** The key of the theme's name in the messages. */
    public String labelKey() {
        return "appearance.theme." + name();
    }

    /** Whether the window shows high contrast with this choice, given whether the system asks for it. */
    public boolean highContrast(boolean systemAsks) {
        return this == HIGH_CONTRAST || this == SYSTEM && systemAsks;
    }
}
