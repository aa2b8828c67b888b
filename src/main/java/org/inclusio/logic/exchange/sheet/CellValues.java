package org.inclusio.logic.exchange.sheet;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the text of a cell as a date (ISO 2025-03-14, 2025/3/14 or 2025年3月14日 as Japanese
 * spreadsheets write it, 14/03/2025 or 14.3.2025; an ISO date-time counts by its date), a whole
 * number or yes/no.
 */
final class CellValues {

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT),
            // Japanese and Chinese spreadsheets: 2025/3/14, 2025年3月14日
            DateTimeFormatter.ofPattern("uuuu/M/d").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu年M月d日").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT));
    private static final Set<String> YES = Set.of("yes", "y", "true", "1", "x", "ja", "j", "oui", "si", "sí");
    private static final Set<String> NO = Set.of("no", "n", "false", "0", "nej", "non", "nein", "-");

    private static final java.util.regex.Pattern LIST_SEPARATOR = java.util.regex.Pattern.compile("[;,|]");

    private CellValues() {
    }

    static Optional<LocalDate> date(String text) {
        String value = text.strip();
        int time = value.indexOf('T');
        if (time == 10) {
            value = value.substring(0, time);
        } else if (value.length() > 10 && value.charAt(10) == ' ' && value.charAt(4) == '-') {
            value = value.substring(0, 10);
        } else if (value.length() > 5 && value.indexOf(' ') > 4 && value.charAt(4) == '/') {
            // 2025/3/14 13:30, as Japanese Excel writes a date with a time
            value = value.substring(0, value.indexOf(' '));
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return Optional.of(LocalDate.parse(value, format));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    static Optional<Long> wholeNumber(String text) {
        String value = text.strip();
        if (value.endsWith(".0")) {
            value = value.substring(0, value.length() - 2);
        }
        if (!value.matches("[+-]?\\d{1,12}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(value));
    }

    static Optional<Boolean> yesNo(String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        if (YES.contains(value)) {
            return Optional.of(true);
        }
        if (NO.contains(value)) {
            return Optional.of(false);
        }
        return Optional.empty();
    }

    /** The non-empty items of a cell listing several values separated by {@code ;}, {@code ,} or {@code |}. */
    static List<String> list(String text) {
        return LIST_SEPARATOR.splitAsStream(text).map(String::strip).filter(item -> !item.isEmpty()).toList();
    }
}
