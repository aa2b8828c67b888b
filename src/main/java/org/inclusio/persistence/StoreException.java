package org.inclusio.persistence;

import java.nio.file.Path;

/** The store could not be opened; {@link #problem()} says why in terms the user can act on. */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final StoreProblem problem;
    private final transient Path location;
    private final String server;

    public StoreException(StoreProblem problem, Path location, String detail, Throwable cause) {
        super(problem + " at " + location + ": " + detail, cause);
        this.problem = problem;
        this.location = location;
        this.server = null;
    }

    /** A problem of a store on a server, named by its address (never with a password). */
    public StoreException(StoreProblem problem, ServerAddress server, String detail, Throwable cause) {
        super(problem + " at " + server.displayName() + ": " + detail, cause);
        this.problem = problem;
        this.location = null;
        this.server = server.displayName();
    }

    public StoreProblem problem() {
        return problem;
    }

    /** The embedded store's folder, or null (a store on a server, or not known). */
    public Path location() {
        return location;
    }

    /** Where the store is, as the user named it: the folder, or the server and database; null when unknown. */
    public String place() {
        return server != null ? server : location == null ? null : location.toString();
    }

    /** True for a problem of a store on a server. */
    public boolean onServer() {
        return server != null;
    }
}
