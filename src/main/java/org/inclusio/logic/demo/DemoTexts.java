package org.inclusio.logic.demo;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The words of the demo region (names of organisations and teams, titles, proposals, reasons,
 * fictional names), read from the {@code demo} bundle so that the example can be translated with
 * the rest of the program. A list is one entry with items separated by {@code |}.
 */
final class DemoTexts {

    static final String BUNDLE = "org.inclusio.i18n.demo";

    private final ResourceBundle bundle;
    private final Locale locale;
    private final Map<String, List<String>> lists = new HashMap<>();

    DemoTexts(Locale locale) {
        this.locale = locale;
        this.bundle = org.inclusio.logic.i18n.Localization.bundle(BUNDLE, locale);
    }

    String text(String key) {
        return bundle.getString(key);
    }

    String format(String key, Object... arguments) {
        return new MessageFormat(text(key), locale).format(arguments);
    }

    List<String> list(String key) {
        return lists.computeIfAbsent(key, k -> Arrays.stream(text(k).split("\\|")).map(String::strip).toList());
    }

    String pick(String key, Dice dice) {
        return dice.pick(list(key));
    }

    /** A random item of a list that is a {@link MessageFormat} pattern, filled in. */
    String pickFormat(String key, Dice dice, Object... arguments) {
        return new MessageFormat(pick(key, dice), locale).format(arguments);
    }

    /** The item of a list at a position, counting round when the list is shorter. */
    String item(String key, int index) {
        List<String> items = list(key);
        return items.get(Math.floorMod(index, items.size()));
    }
}
