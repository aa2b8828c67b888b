package org.inclusio.reliability;

/** How a kill trial ended. Only {@link #PASSED} is a pass. */
enum Outcome {
    PASSED("passed"),
    /** Reopening the store did not end within the time-out; the reopening process was killed. */
    HUNG_OPEN("hung open"),
    /** The store did not open afterwards (non-zero exit). */
    NOT_OPENED("did not open"),
    /** Something printed a Java stack trace or exception name. */
    STACK_TRACE("stack trace"),
    /** Records acknowledged before the kill are missing. */
    LOST_RECORDS("lost acknowledged records"),
    /** Part of one command's work is in the store (neither none nor all of it). */
    PARTIAL("half-done work"),
    /** A store that existed with records came back empty, or a missing store was created. */
    SILENTLY_CREATED("silently created store"),
    /** An exported file is there but incomplete or not readable. */
    BAD_EXPORT("incomplete export file"),
    /** The command failed on its own before the kill (not the kill's doing). */
    COMMAND_FAILED("command failed before the kill");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
