package org.inclusio.app.cli;

/** A command could not do what was asked; its message is shown to the user as it is. */
public class CommandFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CommandFailure(String message) {
        super(message);
    }
}
