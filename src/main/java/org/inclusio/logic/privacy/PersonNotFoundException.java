package org.inclusio.logic.privacy;

/** No person has the code that was given. The message does not repeat the code. */
public class PersonNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PersonNotFoundException() {
        super("No person in the store has that code.");
    }
}
