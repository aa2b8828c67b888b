package org.inclusio.logic.trash;

import java.util.List;

/**
 * A record in the trash could not be removed for good because other records still point at it
 * (e.g. a person who still has participations). Nothing was removed. The interface shows the text
 * under {@link #messageKey()} with {@link #arguments()}; the exception message says the same in
 * plain English for logs and tests.
 */
public class PurgeRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the record stays. */
    public enum Reason {
        PERSON_HAS_PARTICIPATIONS,
        PERSON_HAS_PROPOSALS,
        TEAM_HAS_ACTIVITIES,
        ORGANISATION_IN_USE,
        STILL_REFERENCED
    }

    private final Reason reason;
    private final transient List<Object> arguments;

    PurgeRefusedException(Reason reason, String message, Object... arguments) {
        super(message);
        this.reason = reason;
        this.arguments = List.of(arguments);
    }

    public Reason reason() {
        return reason;
    }

    /** The key of the localised message in the messages bundle. */
    public String messageKey() {
        return "trash.refused." + reason.name();
    }

    /** The values the localised message is filled with (the record's label first). */
    public List<Object> arguments() {
        return arguments;
    }
}
