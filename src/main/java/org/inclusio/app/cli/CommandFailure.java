package org.inclusio.app.cli;

import java.util.Objects;

/** A command could not do what was asked; its message is shown to the user as it is. */
public class CommandFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ExitStatus status;

    public CommandFailure(String message) {
        this(message, ExitStatus.FAILED);
    }

    public CommandFailure(String message, ExitStatus status) {
        super(message);
        this.status = Objects.requireNonNull(status);
    }

    public ExitStatus status() {
        return status;
    }
}
