package org.inclusio.persistence;

import java.nio.file.Path;

/** The store could not be opened; {@link #problem()} says why in terms the user can act on. */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final StoreProblem problem;
    private final transient Path location;

    public StoreException(StoreProblem problem, Path location, String detail, Throwable cause) {
        super(problem + " at " + location + ": " + detail, cause);
        this.problem = problem;
        this.location = location;
    }

    public StoreProblem problem() {
        return problem;
    }

    public Path location() {
        return location;
    }
}
