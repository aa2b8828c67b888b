package org.inclusio.logic.report;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.inclusio.logic.i18n.Localization;

/** The languages a report can be written in: those the program has its texts in. */
public final class ReportLanguages {

    /** The language of the program's own texts (the bundle without a language suffix). */
    public static final Locale BASE = Locale.ENGLISH;

    private ReportLanguages() {
    }

    /** Whether the program has its texts in the language of this locale (not only a fallback). */
    public static boolean supports(Locale locale) {
        if (locale == null || locale.getLanguage().isEmpty()) {
            return false;
        }
        if (locale.getLanguage().equals(BASE.getLanguage())) {
            return true;
        }
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(Localization.MESSAGES, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return bundle.getLocale().getLanguage().equals(locale.getLanguage());
        } catch (MissingResourceException none) {
            return false;
        }
    }

    /** The languages offered, the program's own first: those of {@link Locale#getAvailableLocales()} it has texts in. */
    public static java.util.List<Locale> available() {
        return Offered.LANGUAGES;
    }

    /** Looked for once: the program's texts do not change while it runs. */
    private static final class Offered {
        static final java.util.List<Locale> LANGUAGES = java.util.List.copyOf(find());
    }

    private static java.util.List<Locale> find() {
        java.util.Set<String> languages = new java.util.TreeSet<>();
        for (Locale locale : Locale.getAvailableLocales()) {
            if (!locale.getLanguage().isEmpty() && !locale.getLanguage().equals(BASE.getLanguage())
                    && supports(new Locale(locale.getLanguage()))) {
                languages.add(locale.getLanguage());
            }
        }
        java.util.List<Locale> offered = new java.util.ArrayList<>();
        offered.add(BASE);
        languages.forEach(language -> offered.add(new Locale(language)));
        return offered;
    }
}
