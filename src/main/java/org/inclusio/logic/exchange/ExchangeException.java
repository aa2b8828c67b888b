package org.inclusio.logic.exchange;

import java.util.Objects;

/**
 * A file could not be imported. The message is a complete, localised sentence naming the file,
 * where in it (a JSON path such as {@code $.records.activities[3]}, or a row and column) and the
 * field; nothing was written to the store.
 */
public class ExchangeException extends Exception {

    private static final long serialVersionUID = 1L;

    private final Problem problem;
    private final String location;
    private final String field;

    public ExchangeException(Problem problem, String location, String field, String message) {
        super(message);
        this.problem = Objects.requireNonNull(problem);
        this.location = location;
        this.field = field;
    }

    public Problem problem() {
        return problem;
    }

    /** Where in the file: a JSON path or "row 4, column C"; may be empty for whole-file problems. */
    public String location() {
        return location;
    }

    /** The field concerned, or null. */
    public String field() {
        return field;
    }
}
