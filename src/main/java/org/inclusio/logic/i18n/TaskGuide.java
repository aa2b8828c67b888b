package org.inclusio.logic.i18n;

/**
 * The task guides of the help: step-by-step explanations of the program's main tasks, each written in every
 * language in the {@value Localization#GUIDES} bundle under {@code guide.<key>.}.
 */
public enum TaskGuide {
    /** Recording a meeting: an activity with its participants, turns, proposals and barriers. */
    MEETING("meeting"),
    /** Running a workshop in the live window. */
    WORKSHOP("workshop"),
    /** Reading the exclusion flags and confirming or dismissing them. */
    FLAGS("flags"),
    /** Making the board report. */
    BOARD_REPORT("boardReport");

    private final String key;

    TaskGuide(String key) {
        this.key = key;
    }

    /** The prefix of the guide's texts in the guides bundle, e.g. {@code guide.meeting.}. */
    public String prefix() {
        return "guide." + key + ".";
    }

    /** The key of the guide as a help page, e.g. {@code guide.meeting}. */
    public String helpKey() {
        return "guide." + key;
    }
}
