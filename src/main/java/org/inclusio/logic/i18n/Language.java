package org.inclusio.logic.i18n;

import java.util.Locale;
import java.util.Optional;

/**
 * The languages Inclusio speaks, and "the system's", as a person chooses among them. Each language is
 * named in itself, so that someone who cannot read the current one still finds their own.
 */
public enum Language {

    /** The system's language when Inclusio speaks it (Swedish or Japanese), English otherwise. */
    SYSTEM("system", null),
    ENGLISH("en", "English"),
    SWEDISH("sv", "Svenska"),
    JAPANESE("ja", "\u65e5\u672c\u8a9e");

    /** The environment variable that chooses the language of a run, as {@code --language} does. */
    public static final String ENVIRONMENT_VARIABLE = "INCLUSIO_LANGUAGE";

    private final String tag;
    private final String nativeName;

    Language(String tag, String nativeName) {
        this.tag = tag;
        this.nativeName = nativeName;
    }

    /** The short code used on the command line, in the environment and in the saved preference. */
    public String tag() {
        return tag;
    }

    /** The language's name in itself ("Svenska"); empty for {@link #SYSTEM}, which the interface names. */
    public String nativeName() {
        return nativeName == null ? "" : nativeName;
    }

    /** The language of a code such as {@code sv}, {@code sv-SE}, {@code sv_SE.UTF-8} or {@code system}. */
    public static Optional<Language> ofTag(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String language = text.strip().toLowerCase(Locale.ROOT).split("[-_.@]", 2)[0];
        for (Language candidate : values()) {
            if (candidate.tag.equals(language)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The language this choice stands for on a system whose locale is {@code system}: never {@link #SYSTEM}. */
    public Language concrete(Locale system) {
        if (this != SYSTEM) {
            return this;
        }
        String language = system == null ? "" : system.getLanguage();
        if (SWEDISH.tag.equals(language)) {
            return SWEDISH;
        }
        if (JAPANESE.tag.equals(language)) {
            return JAPANESE;
        }
        return ENGLISH;
    }

    /**
     * The locale to run in: the system's own when it speaks this language (so sv-FI keeps Finland's formats),
     * else the bare language.
     */
    public Locale locale(Locale system) {
        Language concrete = concrete(system);
        if (system != null && concrete.tag.equals(system.getLanguage())) {
            return system;
        }
        return Locale.forLanguageTag(concrete.tag);
    }

    /**
     * The language of a run: the command line's choice first, then the environment variable, then the saved
     * preference, then the system's. A value that names no language Inclusio speaks is passed over.
     */
    public static Language choose(String option, String environment, Language saved) {
        return ofTag(option).or(() -> ofTag(environment)).orElse(saved == null ? SYSTEM : saved);
    }
}
