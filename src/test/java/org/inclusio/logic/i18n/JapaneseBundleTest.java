package org.inclusio.logic.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ChoiceFormat;
import java.text.DateFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.inclusio.model.Mode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Japanese bundles against their English base: the same keys and no others, placeholders of
 * the same number and kind that format without error, mnemonics kept, lists of the example region
 * with the same number of items, and texts actually written in Japanese.
 */
class JapaneseBundleTest {

    /** Texts that are the same in every language: the program's name, codes and input masks. */
    private static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of(
            "app.name",
            "action.ok",
            "unlock.recoveryKey.prompt",
            "recovery.save.fileName",
            "activity.participants.addTurn",
            "activity.participants.addQuestion",
            "analysis.filter.datePrompt");

    /** A simple argument such as {0} or {1,number,#.#%}; a choice keeps its words and is not removed. */
    private static final Pattern SIMPLE_ARGUMENT =
            Pattern.compile("\\{\\d+(\\s*,\\s*(number|date|time)(\\s*,[^{}]*)?)?\\}");
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{2,}");
    private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");
    /** A mnemonic in the base, as in "_File" or "R_ole"; not the underscore of a name like Shift_JIS. */
    private static final Pattern ENGLISH_MNEMONIC = Pattern.compile("_[A-Za-z0-9](?![A-Z])");
    private static final Pattern MNEMONIC = Pattern.compile("\\(_[A-Z0-9]\\)");

    @ParameterizedTest
    @ValueSource(strings = {Localization.MESSAGES, Localization.TERMS, "org.inclusio.i18n.demo", Localization.GUIDES})
    void hasExactlyTheKeysOfTheBase(String bundle) {
        Properties base = load(bundle, "");
        Properties japanese = load(bundle, "_ja");

        Set<String> missing = new TreeSet<>(base.stringPropertyNames());
        missing.removeAll(japanese.stringPropertyNames());
        Set<String> extra = new TreeSet<>(japanese.stringPropertyNames());
        extra.removeAll(base.stringPropertyNames());

        assertThat(missing).as("keys of %s without a Japanese text", bundle).isEmpty();
        assertThat(extra).as("keys of %s_ja that the base does not have", bundle).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {Localization.MESSAGES, Localization.TERMS, "org.inclusio.i18n.demo", Localization.GUIDES})
    void resourceBundleForJapaneseReadsTheJapaneseFileAsUtf8(String bundle) {
        Properties japanese = load(bundle, "_ja");
        ResourceBundle resolved = ResourceBundle.getBundle(bundle, Locale.JAPANESE,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

        assertThat(resolved.getLocale()).isEqualTo(Locale.JAPANESE);
        Map<String, String> differing = new TreeMap<>();
        for (String key : japanese.stringPropertyNames()) {
            if (!japanese.getProperty(key).equals(resolved.getString(key))) {
                differing.put(key, resolved.getString(key));
            }
        }
        assertThat(differing).as("texts the bundle does not read as written").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {Localization.MESSAGES, Localization.TERMS, "org.inclusio.i18n.demo", Localization.GUIDES})
    void placeholdersMatchTheBaseAndFormat(String bundle) {
        Properties base = load(bundle, "");
        Properties japanese = load(bundle, "_ja");
        List<String> problems = new ArrayList<>();
        for (String key : new TreeSet<>(base.stringPropertyNames())) {
            String translated = japanese.getProperty(key);
            if (translated == null || base.getProperty(key).contains("${")) {
                // picocli fills ${...} itself; CommandLineTextsTest checks those texts
                continue;
            }
            MessageFormat english = new MessageFormat(base.getProperty(key), Locale.ENGLISH);
            MessageFormat format;
            try {
                format = new MessageFormat(translated, Locale.JAPANESE);
            } catch (IllegalArgumentException e) {
                problems.add(key + ": not a valid pattern (" + e.getMessage() + ")");
                continue;
            }
            List<String> expected = kinds(english);
            List<String> actual = kinds(format);
            if (!expected.equals(actual)) {
                problems.add(key + ": placeholders " + actual + " where the base has " + expected);
                continue;
            }
            for (int sample : new int[] {0, 1, 2, 7}) {
                try {
                    String text = format.format(arguments(english, sample));
                    if (text.contains("{") && !translated.contains("'{'")) {
                        problems.add(key + ": a placeholder is left unfilled in \"" + text + "\"");
                    }
                } catch (IllegalArgumentException e) {
                    problems.add(key + ": does not format with " + sample + " (" + e.getMessage() + ")");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {Localization.MESSAGES, Localization.TERMS, "org.inclusio.i18n.demo", Localization.GUIDES})
    void textsAreWrittenInJapanese(String bundle) {
        Properties japanese = load(bundle, "_ja");
        List<String> english = new ArrayList<>();
        for (String key : new TreeSet<>(japanese.stringPropertyNames())) {
            if (SAME_IN_EVERY_LANGUAGE.contains(key)) {
                continue;
            }
            String words = SIMPLE_ARGUMENT.matcher(japanese.getProperty(key)).replaceAll("");
            if (LATIN_WORD.matcher(words).find() && !JAPANESE.matcher(words).find()) {
                english.add(key + "=" + japanese.getProperty(key));
            }
        }
        assertThat(english).as("texts left without a Japanese word").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {Localization.MESSAGES, Localization.TERMS, "org.inclusio.i18n.demo", Localization.GUIDES})
    void exceptionsAreStillTheSameAsTheBase(String bundle) {
        Properties base = load(bundle, "");
        Properties japanese = load(bundle, "_ja");
        for (String key : SAME_IN_EVERY_LANGUAGE) {
            if (base.containsKey(key)) {
                assertThat(japanese.getProperty(key)).as(key).isEqualTo(base.getProperty(key));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {Localization.MESSAGES, Localization.TERMS})
    void mnemonicsAreKeptInTheJapaneseForm(String bundle) {
        Properties base = load(bundle, "");
        Properties japanese = load(bundle, "_ja");
        List<String> problems = new ArrayList<>();
        for (String key : new TreeSet<>(base.stringPropertyNames())) {
            if (key.startsWith("cli.") || key.startsWith("inclusio.")) {
                // the command line's texts have no mnemonics; they name options and values such as move_to_trash
                continue;
            }
            String english = base.getProperty(key);
            String translated = japanese.getProperty(key, "");
            long underscores = english.chars().filter(c -> c == '_').count();
            if (translated.chars().filter(c -> c == '_').count() != underscores) {
                problems.add(key + ": " + underscores + " underscore(s) in the base, not in \"" + translated + "\"");
            } else if (ENGLISH_MNEMONIC.matcher(english).find() && !MNEMONIC.matcher(translated).find()) {
                problems.add(key + ": mnemonic not written as (_X) in \"" + translated + "\"");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void listsOfTheExampleRegionHaveAsManyItemsAsTheBase() {
        Properties base = load("org.inclusio.i18n.demo", "");
        Properties japanese = load("org.inclusio.i18n.demo", "_ja");
        Map<String, String> differing = new TreeMap<>();
        for (String key : base.stringPropertyNames()) {
            int expected = base.getProperty(key).split("\\|", -1).length;
            int actual = japanese.getProperty(key, "").split("\\|", -1).length;
            if (expected != actual) {
                differing.put(key, actual + " items, base " + expected);
            }
        }
        assertThat(differing).isEmpty();
    }

    @Test
    void theHelpInJapaneseHasEveryTopicInJapaneseAndSearchFindsAJapaneseWord() {
        HelpCatalogue help = new HelpCatalogue(new Localization(Locale.JAPANESE));

        assertThat(help.topics()).isNotEmpty().allSatisfy(topic -> {
            assertThat(topic.section()).containsPattern(JAPANESE.pattern()).doesNotContain("!");
            assertThat(topic.title()).containsPattern(JAPANESE.pattern()).doesNotContain("!");
            assertThat(topic.text()).containsPattern(JAPANESE.pattern()).doesNotContain("!" + topic.key());
        });
        assertThat(help.find(HelpCatalogue.keyOf(Mode.CO_DESIGN)))
                .hasValueSatisfying(topic -> assertThat(topic.title()).isEqualTo("共同設計"));
        assertThat(help.topics().stream().filter(topic -> topic.matches("形だけの参加")))
                .extracting(HelpTopic::key).contains("concept.tokenism");
    }

    /** The kind of each argument by index: none, number, choice or date. */
    private static List<String> kinds(MessageFormat format) {
        List<String> kinds = new ArrayList<>();
        for (Format part : format.getFormatsByArgumentIndex()) {
            kinds.add(part == null ? "plain" : part instanceof ChoiceFormat ? "choice"
                    : part instanceof NumberFormat ? "number" : part instanceof DateFormat ? "date" : "other");
        }
        return kinds;
    }

    /** Sample arguments in the count and kinds the base pattern expects. */
    private static Object[] arguments(MessageFormat base, int sample) {
        Format[] formats = base.getFormatsByArgumentIndex();
        Object[] arguments = new Object[formats.length];
        for (int i = 0; i < formats.length; i++) {
            arguments[i] = formats[i] instanceof DateFormat ? new Date(0)
                    : formats[i] == null ? "サンプル" + i : (Object) sample;
        }
        return arguments;
    }

    private static Properties load(String bundle, String suffix) {
        String name = bundle.replace('.', '/') + suffix + ".properties";
        Properties properties = new Properties();
        try (InputStream in = JapaneseBundleTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
