package org.inclusio.logic.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every interface text the code or an FXML file asks for exists in messages.properties, and
 * every text there is used somewhere (a forgotten key is a sign of a screen that changed).
 */
class LocalizationConsistencyTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern JAVA_LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"");
    /** A call asking the interface bundle for a whole key (keys built from a prefix end in a dot). */
    private static final Pattern JAVA_TEXT_CALL = Pattern.compile("l10n\\.text\\(\\s*\"([A-Za-z0-9.]*[A-Za-z0-9])\"");
    /** A key prefix completed at run time with an enum constant, e.g. "vocabulary.error." + reason. */
    private static final Pattern JAVA_PREFIX = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)*\\.)\"");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z0-9.]+)\"");

    @Test
    void everyKeyAskedForExists() {
        Set<String> bundle = messageKeys();
        Set<String> asked = new TreeSet<>(matches(SOURCES, ".java", JAVA_TEXT_CALL));
        asked.addAll(matches(RESOURCES, ".fxml", FXML_KEY));
        asked.removeAll(bundle);
        assertThat(asked).as("keys used in code or FXML but missing from messages.properties").isEmpty();
    }

    @Test
    void everyKeyInTheBundleIsUsed() {
        Set<String> used = new HashSet<>(matches(SOURCES, ".java", JAVA_LITERAL));
        used.addAll(matches(RESOURCES, ".fxml", FXML_KEY));
        Set<String> prefixes = matches(SOURCES, ".java", JAVA_PREFIX);
        Set<String> unused = new TreeSet<>(messageKeys());
        unused.removeAll(used);
        // the command line's usage help, which picocli reads by key; CommandLineTextsTest checks those keys
        unused.removeIf(key -> key.startsWith("usage.") || key.startsWith("mixinStandardHelpOptions.")
                || key.startsWith("inclusio.") && key.endsWith(".usage.description"));
        unused.removeIf(key -> prefixes.stream().anyMatch(prefix -> key.startsWith(prefix)
                && key.substring(prefix.length()).matches("[A-Z][A-Z0-9_]*(\\.[A-Za-z0-9.]+)?")));
        assertThat(unused).as("keys in messages.properties that nothing uses").isEmpty();
    }

    @Test
    void noKeyIsDefinedTwice() throws IOException {
        Set<String> seen = new HashSet<>();
        Set<String> twice = new TreeSet<>();
        for (String line : Files.readAllLines(RESOURCES.resolve("org/inclusio/i18n/messages.properties"),
                StandardCharsets.UTF_8)) {
            int equals = line.indexOf('=');
            if (!line.isBlank() && !line.startsWith("#") && equals > 0 && !seen.add(line.substring(0, equals).trim())) {
                twice.add(line.substring(0, equals).trim());
            }
        }
        assertThat(twice).as("keys defined twice (the last one silently wins)").isEmpty();
    }

    @Test
    void ruleTextsBelongToRulesThatExist() {
        Set<String> codes = new HashSet<>();
        org.inclusio.logic.analysis.rules.builtin.BuiltInRules.all()
                .forEach(rule -> codes.add(rule.descriptor().code()));
        Set<String> strays = new TreeSet<>();
        for (String key : messageKeys()) {
            if (key.startsWith("analysis.rule.")) {
                String code = key.substring("analysis.rule.".length()).split("\\.")[0];
                if (!codes.contains(code)) {
                    strays.add(key);
                }
            }
        }
        assertThat(strays).as("texts of rules that do not exist").isEmpty();
        for (String code : codes) {
            for (String part : new String[] {"name", "reason", "source", "explanation"}) {
                assertThat(messageKeys()).as("text of rule " + code).contains("analysis.rule." + code + "." + part);
            }
        }
    }

    private static Set<String> messageKeys() {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(RESOURCES.resolve("org/inclusio/i18n/messages.properties"))) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.stringPropertyNames();
    }

    private static Set<String> matches(Path root, String ending, Pattern pattern) {
        Set<String> found = new HashSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(file -> file.toString().endsWith(ending)).forEach(file -> {
                try {
                    Matcher matcher = pattern.matcher(Files.readString(file, StandardCharsets.UTF_8));
                    while (matcher.find()) {
                        found.add(matcher.group(1));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }
}
