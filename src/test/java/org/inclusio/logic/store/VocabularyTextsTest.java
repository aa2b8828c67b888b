package org.inclusio.logic.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.inclusio.logic.common.Choice;
import org.inclusio.logic.common.ChoiceService;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.model.BuiltInGroup;
import org.inclusio.model.DisadvantagedGroup;
import org.inclusio.persistence.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A built-in entry is stored by its code and named when it is shown: another language names it
 * otherwise without a change to the store. The second language is a pseudo-locale (en-XA) of the
 * tests, whose texts are the English ones with accented letters.
 */
class VocabularyTextsTest {

    private static final Localization ENGLISH = new Localization(Locale.UK);
    private static final Localization PSEUDO = new Localization(Locale.forLanguageTag("en-XA"));

    @TempDir
    Path directory;

    @Test
    void anotherLocaleNamesABuiltInEntryOtherwiseWithoutTouchingTheStore() {
        try (Store store = org.inclusio.testing.TestStores.open(directory)) {
            new VocabularyService(store.database(), new VocabularyTexts(ENGLISH)).seedBuiltIns();
            List<String> before = rows(store);
            DisadvantagedGroup older = new VocabularyService(store.database())
                    .findByCode(Vocabulary.GROUPS, "OLDER_PEOPLE").orElseThrow();

            assertThat(new VocabularyTexts(ENGLISH).name(older)).isEqualTo("Older people");
            assertThat(new VocabularyTexts(PSEUDO).name(older)).isEqualTo("[Öldér péöplé]")
                    .isEqualTo(PSEUDO.label(BuiltInGroup.OLDER_PEOPLE));
            assertThat(new VocabularyTexts(PSEUDO).description(older)).isEqualTo(PSEUDO.help(BuiltInGroup.OLDER_PEOPLE))
                    .isNotEqualTo(ENGLISH.help(BuiltInGroup.OLDER_PEOPLE));
            assertThat(labels(new ChoiceService(store.database(), new VocabularyTexts(ENGLISH)).groups()))
                    .contains("Older people").doesNotContain("[Öldér péöplé]");
            assertThat(labels(new ChoiceService(store.database(), new VocabularyTexts(PSEUDO)).groups()))
                    .contains("[Öldér péöplé]").doesNotContain("Older people");
            assertThat(rows(store)).isEqualTo(before);
        }
    }

    @Test
    void aNameTheRegionGaveABuiltInEntryShowsInEveryLocale() {
        try (Store store = org.inclusio.testing.TestStores.open(directory)) {
            VocabularyService service = new VocabularyService(store.database(), new VocabularyTexts(ENGLISH));
            service.seedBuiltIns();
            DisadvantagedGroup older = service.findByCode(Vocabulary.GROUPS, "OLDER_PEOPLE").orElseThrow();

            DisadvantagedGroup renamed = service.rename(older, "People over 75");

            assertThat(new VocabularyTexts(ENGLISH).name(renamed)).isEqualTo("People over 75");
            assertThat(new VocabularyTexts(PSEUDO).name(renamed)).isEqualTo("People over 75");
            assertThat(new VocabularyTexts(PSEUDO).description(renamed)).isEqualTo(PSEUDO.help(BuiltInGroup.OLDER_PEOPLE));
        }
    }

    @Test
    void recognisesTheProgramsOwnTextsInTheReadersLanguageAndInEnglish() {
        VocabularyTexts pseudo = new VocabularyTexts(PSEUDO);

        assertThat(pseudo.isDefaultName(Vocabulary.BARRIERS, "LANGUAGE", "Language")).isTrue();
        assertThat(pseudo.isDefaultName(Vocabulary.BARRIERS, "LANGUAGE", "[Låñgûågé]")).isTrue();
        assertThat(pseudo.isDefaultName(Vocabulary.BARRIERS, "LANGUAGE", "Language of the meeting")).isFalse();
        assertThat(pseudo.isDefaultName(Vocabulary.BARRIERS, "REGION_SHIFT_WORK", "Shift work")).isFalse();
        assertThat(pseudo.isDefaultDescription(Vocabulary.GROUPS, "YOUNG_PEOPLE",
                ENGLISH.help(BuiltInGroup.YOUNG_PEOPLE) + " ")).isTrue();
        // a built-in code this program does not know (say, from a newer one) shows as it is stored
        assertThat(pseudo.name(Vocabulary.GROUPS, "FUTURE_GROUP", true, null)).isEqualTo("FUTURE_GROUP");
        assertThat(pseudo.name(Vocabulary.GROUPS, "REGION_X", false, "Regional")).isEqualTo("Regional");
    }

    private static List<String> labels(List<Choice> choices) {
        return choices.stream().map(Choice::label).toList();
    }

    private static List<String> rows(Store store) {
        return store.database().sqlQuery("select code, name, description, version, when_modified"
                        + " from disadvantaged_group order by code")
                .mapTo((row, n) -> row.getString(1) + "|" + row.getString(2) + "|" + row.getString(3) + "|"
                        + row.getLong(4) + "|" + row.getString(5))
                .findList();
    }
}
