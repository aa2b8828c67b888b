package org.inclusio.logic.exchange;

import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How a CSV file for people is written so that a spreadsheet opens it in columns: the field
 * separator and the decimal mark. Excel splits a CSV file on the list separator of the computer's
 * regional settings, which is a semicolon wherever the decimal mark is a comma (Swedish, German,
 * French...) and a comma elsewhere (English); {@link #forLocale} follows the same rule. Every file
 * starts with a UTF-8 byte-order mark, without which Excel reads UTF-8 as the legacy code page.
 *
 * @param separator the character between fields
 * @param decimalMark the character before a number's decimals
 */
public record CsvDialect(char separator, char decimalMark) {

    /** RFC 4180 as programs read it: comma-separated, full stop before the decimals. */
    public static final CsvDialect RFC_4180 = new CsvDialect(',', '.');

    /** The separator a user can choose; {@link #LOCALE} follows the language and region. */
    public enum Separator {
        LOCALE, COMMA, SEMICOLON, TAB;

        /** The character, or none for {@link #LOCALE}. */
        char character(Locale locale) {
            return switch (this) {
                case LOCALE -> forLocale(locale).separator();
                case COMMA -> ',';
                case SEMICOLON -> ';';
                case TAB -> '\t';
            };
        }
    }

    public CsvDialect {
        if (separator == decimalMark || separator == '"' || decimalMark == '"') {
            throw new IllegalArgumentException("separator and decimal mark must differ and not be a quote");
        }
    }

    /** What a spreadsheet in this language and region expects. */
    public static CsvDialect forLocale(Locale locale) {
        char decimal = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
        return decimal == ',' ? new CsvDialect(';', ',') : new CsvDialect(',', '.');
    }

    /**
     * The dialect for a chosen separator: the decimal mark follows the locale unless it is the
     * separator itself (a decimal comma in a comma-separated file), then it is a full stop.
     */
    public static CsvDialect of(Separator separator, Locale locale) {
        char chosen = separator.character(locale);
        char decimal = forLocale(locale).decimalMark();
        return new CsvDialect(chosen, decimal == chosen ? '.' : decimal);
    }

    /** A number as this dialect writes it: its plain decimal form with this decimal mark. */
    public String number(Number number) {
        String plain;
        if (number instanceof java.math.BigDecimal big) {
            plain = big.toPlainString();
        } else if ((number instanceof Double || number instanceof Float) && Double.isFinite(number.doubleValue())) {
            plain = java.math.BigDecimal.valueOf(number.doubleValue()).stripTrailingZeros().toPlainString();
        } else {
            plain = number.toString();
        }
        return decimalMark == '.' ? plain : plain.replace('.', decimalMark);
    }
}
