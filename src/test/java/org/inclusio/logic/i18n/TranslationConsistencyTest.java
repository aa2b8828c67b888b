package org.inclusio.logic.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ChoiceFormat;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.Format;
import java.text.MessageFormat;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every translation ({@code messages_xx}, {@code terms_xx}, {@code demo_xx}, {@code guides_xx}, whichever languages are present)
 * against its English base file: no key missing, none extra, none defined twice, no empty text, and every text
 * with arguments has the same arguments in the same forms (numbers, choices with the same limits, dates) as the
 * base text. A language that is present has all four files. Numbers in texts follow the language.
 */
class TranslationConsistencyTest {

    private static final Path I18N = Path.of("src/main/resources/org/inclusio/i18n");
    private static final List<String> FAMILIES = List.of("messages", "terms", "demo", "guides");
    private static final Pattern TRANSLATION = Pattern.compile("(messages|terms|demo|guides)_([a-z]{2,3}(?:_[A-Z]{2})?)\\.properties");
    /** An apostrophe standing alone, which MessageFormat swallows in a text with arguments. */
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\s*\\d");

    static Stream<Arguments> translations() {
        return translationFiles().stream().map(file -> {
            Matcher matcher = TRANSLATION.matcher(file.getFileName().toString());
            assertThat(matcher.matches()).isTrue();
            return Arguments.of(matcher.group(1), matcher.group(2));
        });
    }

    static Stream<String> languages() {
        return translationFiles().stream().map(file -> {
            Matcher matcher = TRANSLATION.matcher(file.getFileName().toString());
            assertThat(matcher.matches()).isTrue();
            return matcher.group(2);
        }).distinct();
    }

    @Test
    void thereIsAtLeastOneTranslation() {
        // the checks below run per file present; without any they would pass on nothing
        assertThat(translationFiles()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void aLanguageHasEveryFamily(String language) {
        List<String> missing = FAMILIES.stream()
                .filter(family -> !Files.exists(I18N.resolve(family + "_" + language + ".properties"))).toList();
        assertThat(missing).as("files of language " + language + " that are missing").isEmpty();
    }

    @ParameterizedTest(name = "{0}_{1}")
    @MethodSource("translations")
    void noKeyIsMissing(String family, String language) {
        Set<String> missing = new TreeSet<>(load(family, null).stringPropertyNames());
        missing.removeAll(load(family, language).stringPropertyNames());
        assertThat(missing).as(family + "_" + language + " lacks these keys of " + family + ".properties").isEmpty();
    }

    @ParameterizedTest(name = "{0}_{1}")
    @MethodSource("translations")
    void noKeyIsExtra(String family, String language) {
        Set<String> extra = new TreeSet<>(load(family, language).stringPropertyNames());
        extra.removeAll(load(family, null).stringPropertyNames());
        assertThat(extra).as(family + "_" + language + " has keys that " + family + ".properties no longer has")
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}_{1}")
    @MethodSource("translations")
    void noKeyIsDefinedTwiceNorLeftEmpty(String family, String language) throws IOException {
        Set<String> seen = new HashSet<>();
        Set<String> twice = new TreeSet<>();
        for (String line : Files.readAllLines(file(family, language), StandardCharsets.UTF_8)) {
            int equals = line.indexOf('=');
            if (!line.isBlank() && !line.strip().startsWith("#") && equals > 0
                    && !seen.add(line.substring(0, equals).strip())) {
                twice.add(line.substring(0, equals).strip());
            }
        }
        assertThat(twice).as("keys defined twice (the last one silently wins)").isEmpty();
        Properties texts = load(family, language);
        List<String> empty = texts.stringPropertyNames().stream().filter(key -> texts.getProperty(key).isBlank())
                .sorted().toList();
        assertThat(empty).as("empty texts").isEmpty();
    }

    @ParameterizedTest(name = "{0}_{1}")
    @MethodSource("translations")
    void argumentsMatchTheBaseText(String family, String language) {
        Properties base = load(family, null);
        Properties translated = load(family, language);
        Map<String, String> differences = new TreeMap<>();
        for (String key : base.stringPropertyNames()) {
            String english = base.getProperty(key);
            String text = translated.getProperty(key);
            if (text == null || !(ARGUMENT.matcher(english).find() || ARGUMENT.matcher(text).find())) {
                continue;
            }
            try {
                String expected = signature(english);
                String actual = signature(text);
                if (!expected.equals(actual)) {
                    differences.put(key, "expected " + expected + " but was " + actual);
                }
            } catch (IllegalArgumentException e) {
                differences.put(key, "not a valid pattern: " + e.getMessage());
            }
        }
        assertThat(differences).as("texts of " + family + "_" + language + " whose arguments differ").isEmpty();
    }

    @ParameterizedTest(name = "{0}_{1}")
    @MethodSource("translations")
    void apostrophesInTextsWithArgumentsAreDoubled(String family, String language) {
        Properties translated = load(family, language);
        List<String> wrong = translated.stringPropertyNames().stream()
                .filter(key -> ARGUMENT.matcher(translated.getProperty(key)).find()
                        && LONE_APOSTROPHE.matcher(translated.getProperty(key)).find())
                .sorted().toList();
        assertThat(wrong).as("texts with arguments and a single apostrophe (write '' instead)").isEmpty();
    }

    @ParameterizedTest(name = "{0}_{1}")
    @MethodSource("translations")
    void listsKeepTheirLength(String family, String language) {
        if (!family.equals("demo")) {
            return;
        }
        Properties base = load(family, null);
        Properties translated = load(family, language);
        List<String> different = base.stringPropertyNames().stream()
                .filter(key -> translated.containsKey(key)
                        && items(base.getProperty(key)) != items(translated.getProperty(key)))
                .sorted().toList();
        assertThat(different).as("lists of the example region with another number of items").isEmpty();
    }

    @ParameterizedTest(name = "{0}_{1}")
    @MethodSource("translations")
    void builtInEntriesFitTheirColumns(String family, String language) {
        if (!family.equals("terms")) {
            return;
        }
        Properties translated = load(family, language);
        List<String> tooLong = new ArrayList<>();
        for (String key : translated.stringPropertyNames()) {
            if (key.startsWith("BuiltIn")) {
                int limit = key.endsWith(".label") ? 120 : 1000;
                if (translated.getProperty(key).length() > limit) {
                    tooLong.add(key);
                }
            }
        }
        assertThat(tooLong).as("names over 120 or descriptions over 1000 characters").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void numbersInTextsFollowTheLanguage(String language) {
        Locale locale = Locale.forLanguageTag(language.replace('_', '-'));
        Localization l10n = new Localization(locale);
        char decimal = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
        String cell = l10n.text("analysis.matrix.cell", 2, 5, 6.25, 1);
        assertThat(cell).contains("6" + decimal + "3").doesNotContain("!analysis");
        String total = l10n.text("status.storeWithCounts", "x", 12345, 2, 3);
        assertThat(total).contains(java.text.NumberFormat.getIntegerInstance(locale).format(12345));
    }

    @Test
    void swedishUsesADecimalCommaAndItsOwnPlurals() {
        Localization swedish = new Localization(Locale.forLanguageTag("sv-SE"));
        assertThat(swedish.text("analysis.matrix.cell", 1, 1, 6.25, 2))
                .contains("1 aktivitet\n").contains("1 deltagare").contains("6,3 persontimmar")
                .contains("2 grupper närvarande");
        assertThat(swedish.text("activity.register.count", 0)).isEqualTo("Inga aktiviteter");
        assertThat(swedish.text("activity.register.count", 3)).isEqualTo("3 aktiviteter");
        assertThat(swedish.text("status.storeWithCounts", "x", 1, 10, 0))
                .endsWith("1 aktivitet, 10 personer, inga processteam");
        assertThat(new Localization(Locale.ENGLISH).text("status.storeWithCounts", "x", 1, 1, 2))
                .endsWith("1 activity, 1 person, 2 process teams");
    }

    @Test
    void englishChosenOnASwedishComputerStaysEnglish() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("sv-SE"));
            Localization english = new Localization(Locale.ENGLISH);
            assertThat(english.text("area.people")).isEqualTo("People");
            assertThat(english.label(org.inclusio.model.Mode.CO_DESIGN)).isEqualTo("Co-design");
            assertThat(new Localization(Locale.forLanguageTag("sv-SE")).text("area.people")).isEqualTo("Personer");
        } finally {
            Locale.setDefault(before);
        }
    }

    /** The arguments of a pattern, by index, with their form; a choice with its limits and each choice's arguments. */
    static String signature(String pattern) {
        MessageFormat format = new MessageFormat(pattern, Locale.ROOT);
        Format[] byIndex = format.getFormatsByArgumentIndex();
        Map<Integer, String> arguments = new TreeMap<>();
        Matcher used = Pattern.compile("\\{\\s*(\\d+)").matcher(pattern);
        while (used.find()) {
            int index = Integer.parseInt(used.group(1));
            if (index < byIndex.length) {
                arguments.put(index, describe(byIndex[index]));
            }
        }
        return arguments.toString();
    }

    private static String describe(Format format) {
        if (format == null) {
            return "text";
        }
        if (format instanceof ChoiceFormat choice) {
            List<String> parts = new ArrayList<>();
            double[] limits = choice.getLimits();
            Object[] choices = choice.getFormats();
            for (int i = 0; i < limits.length; i++) {
                String inner = String.valueOf(choices[i]);
                parts.add(limits[i] + (inner.contains("{") ? signature(inner) : ""));
            }
            return "choice" + parts;
        }
        if (format instanceof DecimalFormat decimal) {
            return "number(" + decimal.toPattern() + ")";
        }
        if (format instanceof SimpleDateFormat date) {
            return "date(" + date.toPattern() + ")";
        }
        return format.getClass().getSimpleName();
    }

    private static int items(String text) {
        return text.split("\\|", -1).length;
    }

    private static List<Path> translationFiles() {
        try (Stream<Path> files = Files.list(I18N)) {
            return files.filter(file -> TRANSLATION.matcher(file.getFileName().toString()).matches()).sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path file(String family, String language) {
        return I18N.resolve(family + (language == null ? "" : "_" + language) + ".properties");
    }

    private static Properties load(String family, String language) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file(family, language), StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
