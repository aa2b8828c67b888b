package org.inclusio.logic.exchange.sheet;

/**
 * Reading stopped because the file goes beyond one of the limits of {@link SheetReader}; carries
 * the message key and its arguments after the file name. Thrown from inside parsers and streams,
 * and turned into an {@link org.inclusio.logic.exchange.ExchangeException} by the reader.
 */
final class SheetLimit extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient Object[] arguments;

    SheetLimit(String key, Object... arguments) {
        super(key, null, false, false);
        this.key = key;
        this.arguments = arguments.clone();
    }

    String key() {
        return key;
    }

    Object[] arguments() {
        return arguments.clone();
    }

    /** The limit among the causes of a failure (parsers and streams wrap what is thrown inside them), or null. */
    static SheetLimit in(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < 20; depth++) {
            if (cause instanceof SheetLimit limit) {
                return limit;
            }
            Throwable next = cause instanceof org.xml.sax.SAXException sax && sax.getException() != null
                    ? sax.getException() : cause.getCause();
            cause = next == cause ? null : next;
        }
        return null;
    }
}
