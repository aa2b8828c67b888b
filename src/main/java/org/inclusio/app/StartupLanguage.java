package org.inclusio.app;

import java.util.Locale;
import java.util.function.UnaryOperator;
import org.inclusio.gui.prefs.LanguagePreferences;
import org.inclusio.logic.i18n.Language;

/**
 * Chooses the language of a run before anything is shown: {@code --language} on the command line, else the
 * {@value Language#ENVIRONMENT_VARIABLE} environment variable, else the language saved in the window's
 * settings, else the system's (Swedish or Japanese when the system speaks it, English otherwise). The choice
 * becomes the default locale, so that every text, number and date of the run follows it.
 */
public final class StartupLanguage {

    private static final String OPTION = "--language";

    private StartupLanguage() {
    }

    /** The locale for a run with these arguments, environment, saved preference and system locale. */
    public static Locale choose(String[] args, UnaryOperator<String> environment, Language saved, Locale system) {
        Language language = Language.choose(optionValue(args), environment.apply(Language.ENVIRONMENT_VARIABLE),
                saved);
        return language.locale(system);
    }

    /** Chooses the language of this process's run and makes it the default locale. */
    public static Locale apply(String[] args) {
        Locale chosen = choose(args, System::getenv, savedLanguage(), systemLocale());
        Locale.setDefault(chosen);
        return chosen;
    }

    /**
     * The system's own locale, as the JVM found it at start (from {@code LANG} or the desktop's settings),
     * whatever the default locale was set to since.
     */
    public static Locale systemLocale() {
        try {
            return new Locale.Builder().setLanguage(System.getProperty("user.language", "en"))
                    .setRegion(regionOrEmpty(System.getProperty("user.country", ""))).build();
        } catch (java.util.IllformedLocaleException e) {
            return Locale.ENGLISH;
        }
    }

    private static String regionOrEmpty(String region) {
        return region.matches("[A-Za-z]{2}|[0-9]{3}") ? region : "";
    }

    /** The value given to {@code --language} ("--language sv" or "--language=sv"), or null. */
    static String optionValue(String[] args) {
        String value = null;
        for (int i = 0; i < args.length; i++) {
            String argument = args[i];
            if ("--".equals(argument)) {
                break;
            }
            if (OPTION.equals(argument) && i + 1 < args.length) {
                value = args[++i];
            } else if (argument.startsWith(OPTION + "=")) {
                value = argument.substring(OPTION.length() + 1);
            }
        }
        return value;
    }

    private static Language savedLanguage() {
        try {
            return LanguagePreferences.forCurrentUser().language();
        } catch (RuntimeException e) {
            // preferences that cannot be read (a locked or read-only home folder) leave the system's language
            return Language.SYSTEM;
        }
    }
}
