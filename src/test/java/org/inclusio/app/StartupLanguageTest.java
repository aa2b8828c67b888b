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
}
