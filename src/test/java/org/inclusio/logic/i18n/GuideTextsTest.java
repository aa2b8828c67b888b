package org.inclusio.logic.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The task guides: every guide exists in English, Swedish and Japanese, none is empty, each language has the
 * same numbered sections as the English one, and each is written in its own language; and what the help shows
 * in each language is that language's text.
 */
class GuideTextsTest {

    private static final Path GUIDES = Path.of("src/main/resources/org/inclusio/i18n");
    private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");
    private static final Pattern SECTION_KEY = Pattern.compile("guide\\.[A-Za-z]+\\.(\\d+)\\.(heading|text)");

    @ParameterizedTest
    @ValueSource(strings = {"", "_sv", "_ja"})
    void everyGuideHasATitleASummaryAndSections(String language) {
        Properties texts = load(language);
        for (TaskGuide guide : TaskGuide.values()) {
            assertThat(texts.getProperty(guide.prefix() + "title", "")).as(guide + " title" + language).isNotBlank();
            assertThat(texts.getProperty(guide.prefix() + "summary", "")).as(guide + " summary" + language)
                    .isNotBlank();
            List<String> sections = sections(texts, guide);
            assertThat(sections).as(guide + " sections" + language).hasSizeGreaterThanOrEqualTo(3);
            for (String number : sections) {
                assertThat(texts.getProperty(guide.prefix() + number + ".heading", ""))
                        .as(guide + " heading " + number + language).isNotBlank();
                assertThat(texts.getProperty(guide.prefix() + number + ".text", ""))
                        .as(guide + " text " + number + language).isNotBlank();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"_sv", "_ja"})
    void everyLanguageHasTheSameSectionsAsEnglish(String language) {
        Properties english = load("");
        Properties translated = load(language);
        assertThat(new TreeSet<>(translated.stringPropertyNames()))
                .as("keys of guides" + language).isEqualTo(new TreeSet<>(english.stringPropertyNames()));
        for (TaskGuide guide : TaskGuide.values()) {
            assertThat(sections(translated, guide)).as(guide + " in " + language).isEqualTo(sections(english, guide));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"_sv", "_ja"})
    void everyTextIsTranslated(String language) {
        Properties english = load("");
        Properties translated = load(language);
        List<String> same = new ArrayList<>();
        for (String key : english.stringPropertyNames()) {
            String text = translated.getProperty(key, "");
            if (text.equals(english.getProperty(key))
                    || language.equals("_ja") && !JAPANESE.matcher(text).find()) {
                same.add(key);
            }
        }
        assertThat(same).as("guide texts of " + language + " left in English").isEmpty();
    }

    @Test
    void onlyTheKnownGuidesAreInTheFiles() {
        Set<String> prefixes = new TreeSet<>();
        for (TaskGuide guide : TaskGuide.values()) {
            prefixes.add(guide.prefix());
        }
        List<String> strays = load("").stringPropertyNames().stream()
                .filter(key -> prefixes.stream().noneMatch(key::startsWith)).sorted().toList();
        assertThat(strays).as("texts of guides the help does not show").isEmpty();
    }

    @Test
    void theHelpShowsEachLanguagesOwnGuides() {
        GuideCatalogue english = new GuideCatalogue(new Localization(Locale.ENGLISH));
        GuideCatalogue swedish = new GuideCatalogue(new Localization(Locale.forLanguageTag("sv-SE")));
        GuideCatalogue japanese = new GuideCatalogue(new Localization(Locale.JAPANESE));
        for (TaskGuide task : TaskGuide.values()) {
            Guide en = english.guide(task);
            assertThat(en.title()).isEqualTo(load("").getProperty(task.prefix() + "title"));
            assertThat(swedish.guide(task).title()).isEqualTo(load("_sv").getProperty(task.prefix() + "title"));
            assertThat(japanese.guide(task).title()).isEqualTo(load("_ja").getProperty(task.prefix() + "title"));
            for (GuideCatalogue catalogue : List.of(english, swedish, japanese)) {
                Guide guide = catalogue.guide(task);
                assertThat(guide.sections()).hasSameSizeAs(en.sections());
                assertThat(guide.sections()).allSatisfy(section -> {
                    assertThat(section.heading()).isNotBlank().doesNotStartWith("!");
                    assertThat(section.text()).isNotBlank().doesNotStartWith("!");
                });
            }
        }
        assertThat(english.guides()).extracting(Guide::task).containsExactly(TaskGuide.values());
    }

    @Test
    void aGuideIsFoundByAWordOfItsSteps() {
        Guide flags = new GuideCatalogue(new Localization(Locale.ENGLISH)).guide(TaskGuide.FLAGS);
        assertThat(flags.matches("dismiss")).isTrue();
        assertThat(flags.matches("")).isTrue();
        assertThat(flags.matches("walk-in")).isFalse();
    }

    /** The section numbers of a guide, in order, from its heading and text keys. */
    private static List<String> sections(Properties texts, TaskGuide guide) {
        Set<Integer> numbers = new TreeSet<>();
        for (String key : texts.stringPropertyNames()) {
            var matcher = SECTION_KEY.matcher(key);
            if (key.startsWith(guide.prefix()) && matcher.matches()) {
                numbers.add(Integer.parseInt(matcher.group(1)));
            }
        }
        List<String> result = new ArrayList<>();
        int expected = 1;
        for (int number : numbers) {
            assertThat(number).as(guide + " sections are numbered 1, 2, 3 ... without a gap").isEqualTo(expected++);
            result.add(String.valueOf(number));
        }
        return result;
    }

    private static Properties load(String language) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(GUIDES.resolve("guides" + language + ".properties"),
                StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
