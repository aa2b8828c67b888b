package org.inclusio.logic.exchange;

import java.util.regex.Pattern;

/**
 * The one rule for every text that leaves the program in a cell (CSV and XLSX, registers and
 * analysis tables), after OWASP's guidance on CSV injection: a text that starts with
 * {@code = + - @}, a tab or a carriage return gets a leading apostrophe, so a spreadsheet shows it
 * as text and never runs it as a formula; in CSV every text is quoted (quotes doubled), so commas,
 * semicolons and line breaks inside it stay inside it whichever separator the spreadsheet splits
 * on. Numbers are not texts: they are written as they are, unquoted, a negative one included.
 */
public final class CellSafety {

    /** A plain decimal number, which a spreadsheet reads as that number and never as a formula. */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private CellSafety() {
    }

    /** The text as a spreadsheet must receive it: with a leading apostrophe when it could start a formula. */
    public static String neutralise(String text) {
        if (text == null || text.isEmpty() || !risky(text.charAt(0)) || PLAIN_NUMBER.matcher(text).matches()) {
            return text;
        }
        return "'" + text;
    }

    /** The text as one CSV field: neutralised and always quoted; null becomes an empty quoted field. */
    public static String csvText(String text) {
        String safe = text == null ? "" : neutralise(text);
        return '"' + safe.replace("\"", "\"\"") + '"';
    }

    private static boolean risky(char first) {
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
