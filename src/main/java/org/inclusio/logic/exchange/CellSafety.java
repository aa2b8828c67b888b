package org.inclusio.logic.exchange;

/**
 * Keeps exported text from being run as a formula when a spreadsheet opens the file: a cell
 * that starts with {@code = + - @}, a tab or a carriage return gets a leading apostrophe, which
 * spreadsheets show as text.
 */
public final class CellSafety {

    private CellSafety() {
    }

    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return risky ? "'" + text : text;
    }
}
