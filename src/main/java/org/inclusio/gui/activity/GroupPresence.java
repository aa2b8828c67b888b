package org.inclusio.gui.activity;

/** How the register's group filter applies: a member of the group attended, or none did. */
public enum GroupPresence {
    PRESENT("activity.filter.groupPresent"),
    ABSENT("activity.filter.groupAbsent");

    private final String labelKey;

    GroupPresence(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }
}
