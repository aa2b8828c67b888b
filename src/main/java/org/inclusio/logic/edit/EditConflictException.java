package org.inclusio.logic.edit;

/**
 * Someone else (another window or another user of a shared store) saved the record after it was
 * opened here. The save is refused; the user reloads the record and applies their change again.
 */
public class EditConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EditConflictException(String recordDescription, Throwable cause) {
        super(recordDescription + " was changed elsewhere since it was opened", cause);
    }
}
