package org.inclusio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.prefs.Preferences;
import org.inclusio.gui.prefs.LanguagePreferences;
import org.inclusio.logic.i18n.Language;
import org.junit.jupiter.api.Test;

/** The language of a run: command line, then environment, then the saved choice, then the system's. */
class StartupLanguageTest {

    private static final Locale SWEDEN = Locale.forLanguageTag("sv-SE");
    private static final Locale GERMANY = Locale.forLanguageTag("de-DE");
    private static final UnaryOperator<String> NO_ENVIRONMENT = name -> null;

    private static UnaryOperator<String> environment(String value) {
        return name -> Map.of(Language.ENVIRONMENT_VARIABLE, value).get(name);
    }

    @Test
    void theSystemsLanguageWhenInclusioSpeaksItElseEnglish() {
        String[] none = {};
        assertThat(StartupLanguage.choose(none, NO_ENVIRONMENT, Language.SYSTEM, SWEDEN)).isEqualTo(SWEDEN);
        Locale finland = Locale.forLanguageTag("sv-FI");
        assertThat(StartupLanguage.choose(none, NO_ENVIRONMENT, Language.SYSTEM, finland)).isEqualTo(finland);
        assertThat(StartupLanguage.choose(none, NO_ENVIRONMENT, Language.SYSTEM, Locale.JAPAN))
                .isEqualTo(Locale.JAPAN);
        assertThat(StartupLanguage.choose(none, NO_ENVIRONMENT, Language.SYSTEM, GERMANY).getLanguage())
                .isEqualTo("en");
    }

    @Test
    void theCommandLineBeatsTheEnvironmentWhichBeatsTheSavedChoice() {
        String[] swedish = {"--language", "sv", "info"};
        assertThat(StartupLanguage.choose(swedish, environment("ja"), Language.ENGLISH, GERMANY).getLanguage())
                .isEqualTo("sv");
        String[] none = {"info"};
        assertThat(StartupLanguage.choose(none, environment("ja"), Language.ENGLISH, GERMANY).getLanguage())
                .isEqualTo("ja");
        assertThat(StartupLanguage.choose(none, NO_ENVIRONMENT, Language.SWEDISH, GERMANY).getLanguage())
                .isEqualTo("sv");
        // English chosen on a Swedish computer is English
        assertThat(StartupLanguage.choose(none, NO_ENVIRONMENT, Language.ENGLISH, SWEDEN).getLanguage())
                .isEqualTo("en");
    }

    @Test
    void aValueThatNamesNoLanguageIsPassedOver() {
        String[] unknown = {"--language=xx"};
        assertThat(StartupLanguage.choose(unknown, environment("klingon"), Language.SWEDISH, GERMANY)
                .getLanguage()).isEqualTo("sv");
        assertThat(StartupLanguage.choose(new String[0], environment("sv_SE.UTF-8"), Language.SYSTEM, GERMANY)
                .getLanguage()).isEqualTo("sv");
    }

    @Test
    void readsTheOptionInBothFormsAndNotAfterTheEndOfOptions() {
        assertThat(StartupLanguage.optionValue(new String[] {"--store", "x", "--language=ja"})).isEqualTo("ja");
        assertThat(StartupLanguage.optionValue(new String[] {"--language", "sv", "analyse"})).isEqualTo("sv");
        assertThat(StartupLanguage.optionValue(new String[] {"import", "--", "--language=sv"})).isNull();
        assertThat(StartupLanguage.optionValue(new String[] {"--language"})).isNull();
    }

    @Test
    void theSavedChoiceIsKeptAndAnUnknownOneReadsAsTheSystems() throws Exception {
        Preferences node = Preferences.userRoot().node("org/inclusio/test/" + UUID.randomUUID());
        try {
            LanguagePreferences preferences = new LanguagePreferences(node);
            assertThat(preferences.language()).isEqualTo(Language.SYSTEM);
            preferences.setLanguage(Language.JAPANESE);
            assertThat(new LanguagePreferences(node).language()).isEqualTo(Language.JAPANESE);
            node.put("language", "tlh");
            assertThat(new LanguagePreferences(node).language()).isEqualTo(Language.SYSTEM);
        } finally {
            node.removeNode();
        }
    }

    @Test
    void onLinuxTheEnvironmentNamesTheLanguageWhereTheJvmFellBackToEnglish() {
        Locale fallback = Locale.US;
        UnaryOperator<String> swedish = name -> Map.of("LANG", "sv_SE.UTF-8").get(name);
        assertThat(StartupLanguage.environmentLocale("Linux", swedish, fallback)).isEqualTo(SWEDEN);
        // LC_ALL before LC_MESSAGES before LANG
        UnaryOperator<String> all = name -> Map.of("LC_ALL", "ja_JP.utf8", "LC_MESSAGES", "sv_SE.UTF-8",
                "LANG", "de_DE.UTF-8").get(name);
        assertThat(StartupLanguage.environmentLocale("Linux", all, fallback)).isEqualTo(Locale.JAPAN);
        UnaryOperator<String> messages = name -> Map.of("LC_MESSAGES", "sv_FI@euro", "LANG", "C.UTF-8").get(name);
        assertThat(StartupLanguage.environmentLocale("Linux", messages, fallback))
                .isEqualTo(Locale.forLanguageTag("sv-FI"));
        // what the JVM found is kept: a language it did find, another system, and values that name none
        assertThat(StartupLanguage.environmentLocale("Linux", swedish, Locale.GERMANY)).isEqualTo(Locale.GERMANY);
        assertThat(StartupLanguage.environmentLocale("Mac OS X", swedish, fallback)).isEqualTo(fallback);
        assertThat(StartupLanguage.environmentLocale("Windows 11", swedish, fallback)).isEqualTo(fallback);
        for (String none : new String[] {"C.UTF-8", "POSIX", "", "en_GB.UTF-8", "sv-SE", "12_34"}) {
            assertThat(StartupLanguage.environmentLocale("Linux", name -> "LANG".equals(name) ? none : null,
                    fallback)).as(none).isEqualTo(fallback);
        }
        assertThat(StartupLanguage.environmentLocale("Linux", NO_ENVIRONMENT, fallback)).isEqualTo(fallback);
    }

    @Test
    void onLinuxAUtf8EnvironmentGetsUtf8OutputWhereTheJvmWouldWriteAscii() {
        UnaryOperator<String> utf8 = name -> Map.of("LANG", "ja_JP.UTF-8").get(name);
        assertThat(StartupLanguage.terminalIsUtf8("Linux", utf8, "ANSI_X3.4-1968")).isTrue();
        assertThat(StartupLanguage.terminalIsUtf8("Linux", name -> "LC_ALL".equals(name) ? "sv_SE.utf8" : null,
                "ANSI_X3.4-1968")).isTrue();
        assertThat(StartupLanguage.terminalIsUtf8("Linux", utf8, "UTF-8")).isFalse();
        assertThat(StartupLanguage.terminalIsUtf8("Linux", name -> "LANG".equals(name) ? "sv_SE.ISO-8859-1" : null,
                "ANSI_X3.4-1968")).isFalse();
        assertThat(StartupLanguage.terminalIsUtf8("Windows 11", utf8, "Cp1252")).isFalse();
        assertThat(StartupLanguage.terminalIsUtf8("Linux", NO_ENVIRONMENT, "ANSI_X3.4-1968")).isFalse();
    }
}
