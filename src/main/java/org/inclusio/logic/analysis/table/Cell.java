package org.inclusio.logic.analysis.table;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.inclusio.logic.analysis.Count;
import org.inclusio.logic.analysis.Suppression;

/**
 * One value of an analysis table as every output shows it: the text for screens, tables and CSV,
 * the value for JSON (a string, a whole or decimal number, or null), and whether it was withheld by
 * small-count suppression.
 *
 * @param text       what screens, text tables and CSV show
 * @param value      what JSON shows: String, Long, BigDecimal or null
 * @param suppressed whether the value is withheld (then text is the suppression marker and value null)
 */
public record Cell(String text, Object value, boolean suppressed) {

    /** A value that does not exist (no reference share, nothing to divide by): empty text, null. */
    public static Cell missing() {
        return new Cell("", null, false);
    }

    public static Cell text(String text) {
        return text == null ? missing() : new Cell(text, text, false);
    }

    /** A vocabulary value or other coded text: shows its label, JSON gets the code. */
    public static Cell coded(String label, String code) {
        return code == null ? missing() : new Cell(label, code, false);
    }

    public static Cell number(long number) {
        return new Cell(Long.toString(number), number, false);
    }

    /**
     * A decimal: the text rounded half up to {@code scale} places and written with a full stop (as
     * every text of the program rounds, see {@link #rounded}), the JSON value at full precision.
     */
    public static Cell decimal(double number, int scale) {
        return new Cell(rounded(number, scale).toPlainString(), BigDecimal.valueOf(number), false);
    }

    /**
     * A figure rounded for showing: its shortest decimal form rounded half up to {@code scale} places,
     * so that 0.0625 shown as a percentage with one decimal is 6.3 in tables and texts alike.
     */
    public static BigDecimal rounded(double number, int scale) {
        return BigDecimal.valueOf(number).setScale(scale, RoundingMode.HALF_UP);
    }

    /** A value withheld because it rests on a small count. */
    public static Cell suppressed(Suppression suppression) {
        return new Cell(suppression.marker(), null, true);
    }

    /** A count: its number, or withheld. */
    public static Cell count(Count count, Suppression suppression) {
        return count.suppressed() ? suppressed(suppression) : number(count.value());
    }
}
