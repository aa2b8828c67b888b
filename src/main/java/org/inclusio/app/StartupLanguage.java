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

    /**
     * Chooses the language of this process's run and makes it the default locale; on Linux, a terminal that the
     * environment says is UTF-8 gets UTF-8 output even where the JVM fell back to ASCII (see {@link #systemLocale}).
     */
    public static Locale apply(String[] args) {
        Locale chosen = choose(args, System::getenv, savedLanguage(), systemLocale());
        Locale.setDefault(chosen);
        if (terminalIsUtf8(System.getProperty("os.name", ""), System::getenv,
                System.getProperty("native.encoding", ""))) {
            System.setProperty("sun.stdout.encoding", "UTF-8");
            System.setProperty("sun.stderr.encoding", "UTF-8");
            System.setOut(new java.io.PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                    java.nio.charset.StandardCharsets.UTF_8));
            System.setErr(new java.io.PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
                    java.nio.charset.StandardCharsets.UTF_8));
        }
        return chosen;
    }

    /**
     * The system's own locale, as the JVM found it at start (from {@code LANG} or the desktop's settings),
     * whatever the default locale was set to since. On Linux, where the JVM falls back to English when the
     * locale that {@code LC_ALL}, {@code LC_MESSAGES} or {@code LANG} names is not installed (as in many
     * containers), the language the environment names.
     */
    public static Locale systemLocale() {
        Locale jvm;
        try {
            jvm = new Locale.Builder().setLanguage(System.getProperty("user.language", "en"))
                    .setRegion(regionOrEmpty(System.getProperty("user.country", ""))).build();
        } catch (java.util.IllformedLocaleException e) {
            jvm = Locale.ENGLISH;
        }
        return environmentLocale(System.getProperty("os.name", ""), System::getenv, jvm);
    }

    /** The JVM's locale, or on Linux the environment's where the JVM fell back to English. */
    static Locale environmentLocale(String os, UnaryOperator<String> environment, Locale jvm) {
        if (!os.startsWith("Linux") || !"en".equals(jvm.getLanguage())) {
            return jvm;
        }
        String value = posixLocaleVariable(environment);
        java.util.regex.Matcher parts = java.util.regex.Pattern.compile("([a-z]{2,3})(?:_([A-Z]{2}))?(?:[.@].*)?")
                .matcher(value);
        if (!parts.matches() || "en".equals(parts.group(1))) {
            return jvm;
        }
        try {
            return new Locale.Builder().setLanguage(parts.group(1))
                    .setRegion(parts.group(2) == null ? "" : parts.group(2)).build();
        } catch (java.util.IllformedLocaleException e) {
            return jvm;
        }
    }

    /** Whether, on Linux, the environment names a UTF-8 locale while the JVM writes in another encoding. */
    static boolean terminalIsUtf8(String os, UnaryOperator<String> environment, String nativeEncoding) {
        if (!os.startsWith("Linux") || nativeEncoding.equalsIgnoreCase("UTF-8")) {
            return false;
        }
        String value = posixLocaleVariable(environment).toLowerCase(Locale.ROOT);
        return value.contains(".utf-8") || value.contains(".utf8");
    }

    /** The variable that names the language of messages, in POSIX order: LC_ALL, LC_MESSAGES, LANG. */
    private static String posixLocaleVariable(UnaryOperator<String> environment) {
        for (String name : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String value = environment.apply(name);
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return "";
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
