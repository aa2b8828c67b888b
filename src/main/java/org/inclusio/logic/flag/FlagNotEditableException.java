package org.inclusio.logic.flag;

/**
 * A flag raised by an automatic rule was about to be changed or deleted by hand; such flags are
 * reviewed (acknowledged or dismissed), not edited. Nothing was written.
 */
public class FlagNotEditableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public FlagNotEditableException(String message) {
        super(message);
    }
}
