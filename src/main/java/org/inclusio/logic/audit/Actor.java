package org.inclusio.logic.audit;

/**
 * Who is using the program, as the audit trail records it: the operating system's user, and the
 * name given when the store was unlocked (the operating system's user until one is given). One
 * person works with one running program, so this is held for the whole process.
 */
public final class Actor {

    /** The longest name kept; the audit trail's columns hold 200 characters. */
    public static final int MAX_NAME_LENGTH = 200;

    private static volatile String userName;

    private Actor() {
    }

    /** The name given at unlock; blank or null goes back to the operating system's user. */
    public static void setUserName(String name) {
        userName = name == null || name.isBlank() ? null : shorten(name.strip());
    }

    /** The name given at unlock, or the operating system's user when none was given. */
    public static String userName() {
        String name = userName;
        return name == null ? osUser() : name;
    }

    /** The operating system's user running the program. */
    public static String osUser() {
        String name = System.getProperty("user.name");
        return name == null || name.isBlank() ? "unknown" : shorten(name.strip());
    }

    private static String shorten(String text) {
        return text.length() > MAX_NAME_LENGTH ? text.substring(0, MAX_NAME_LENGTH) : text;
    }
}
