package org.inclusio.logic.report;

/** There is nothing to write letters about, or no one to write them to; nothing was written. */
public final class NoLettersException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why there are no letters. */
    public enum Reason {
        /** The activity does not exist or is in the trash. */
        NO_ACTIVITY,
        /** No lay participant attended, so there is no one to write to. */
        NO_LAY_PARTICIPANTS
    }

    private final Reason reason;

    public NoLettersException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** The key of the sentence that tells the user, in the messages bundle. */
    public String messageKey() {
        return "letters.nothing." + reason.name();
    }
}
