package org.inclusio.logic.store;

import java.util.List;

/**
 * A vocabulary entry could not be added or changed. {@link #problem()} says why; the interface
 * shows the text under {@link #messageKey()} with {@link #arguments()}, the exception message is
 * the same in plain English for logs and tests.
 */
public class VocabularyException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Why an entry was refused. */
    public enum Problem {
        BLANK_NAME,
        NAME_TOO_LONG,
        DUPLICATE_NAME,
        DESCRIPTION_TOO_LONG,
        NOT_FOUND
    }

    private final Problem problem;
    private final transient List<Object> arguments;

    VocabularyException(Problem problem, String message, Object... arguments) {
        super(message);
        this.problem = problem;
        this.arguments = List.of(arguments);
    }

    public Problem problem() {
        return problem;
    }

    /** The key of the localised message in the messages bundle. */
    public String messageKey() {
        return "vocabulary.error." + problem.name();
    }

    /** The values the localised message is filled with. */
    public List<Object> arguments() {
        return arguments;
    }
}
