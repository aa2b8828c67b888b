package org.inclusio.logic.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.inclusio.model.BuiltInAccommodation;
import org.inclusio.model.BuiltInBarrier;
import org.inclusio.model.BuiltInGroup;
import org.inclusio.model.FlagStatus;
import org.inclusio.model.Level;
import org.inclusio.model.Mode;
import org.inclusio.model.Term;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the terms bundle against the vocabulary enums it explains: every {@link Term} enum in the
 * model package (found by scanning the package) has a label and a help text for each constant, no
 * key is left over from a constant that no longer exists, and the concepts of the help screen are
 * all there.
 */
class TermTextsTest {

    private static final String MODEL_PACKAGE = Term.class.getPackageName();
    private static final String TERMS_RESOURCE = Localization.TERMS.replace('.', '/') + ".properties";
    private static final Pattern TERM_KEY = Pattern.compile("([A-Z][A-Za-z0-9]*)\\.([A-Z][A-Z0-9_]*)\\.(label|help)");
    private static final Pattern CONCEPT_KEY = Pattern.compile("concept\\.([a-z][A-Za-z0-9]*)\\.(label|help)");

    /** The concepts the help screen explains besides the vocabulary terms. */
    private static final List<String> CONCEPTS = List.of(
            "coproduction", "externalExclusion", "internalExclusion", "tokenism", "handPicked",
            "eliteWithinDisadvantaged", "unpaidParticipation", "hardToReach", "equalityOfRepresentation",
            "equalityOfInfluence", "referenceShare", "processTeam", "smallCountSuppression",
            "aspirationalVsTransformative", "modeLevelMatrix", "participationFunnel", "pseudonymity",
            "consent");

    /** Built-in entries of the region-extensible vocabularies store the label as name and the help as description. */
    private static final List<Class<? extends Term>> SEEDED_VOCABULARIES =
            List.of(BuiltInGroup.class, BuiltInBarrier.class, BuiltInAccommodation.class);
    private static final int NAME_COLUMN_LENGTH = 120;
    private static final int DESCRIPTION_COLUMN_LENGTH = 1000;

    private static Properties texts;
    private static Map<String, Class<? extends Term>> termEnums;

    @BeforeAll
    static void load() throws IOException {
        texts = new Properties();
        try (InputStream in = resource(TERMS_RESOURCE)) {
            texts.load(in);
        }
        termEnums = termEnumsInModelPackage();
    }

    @Test
    void scanningTheModelPackageFindsTheVocabularies() {
        assertThat(termEnums.values())
                .contains(Mode.class, Level.class, FlagStatus.class,
                        BuiltInGroup.class, BuiltInBarrier.class, BuiltInAccommodation.class);
    }

    @Test
    void localizationReadsLabelsAndHelpFromThisBundle() {
        Localization localization = new Localization(Locale.ENGLISH);

        assertThat(localization.label(Mode.CO_DESIGN)).isEqualTo("Co-design");
        assertThat(localization.label(BuiltInBarrier.MEETING_LENGTH)).isEqualTo("Meeting length");
        assertThat(localization.help(Level.COLLECTIVE)).startsWith("A diverse body of citizens");
        assertThat(localization.termText("concept.tokenism.label")).isEqualTo("Tokenism");
    }

    @Test
    void everyTermHasLabelAndHelp() {
        List<String> missing = new ArrayList<>();
        for (Class<? extends Term> type : termEnums.values()) {
            for (Term term : type.getEnumConstants()) {
                requireText(term.labelKey(), missing);
                requireText(term.helpKey(), missing);
            }
        }
        assertThat(missing).as("terms without a label or help text").isEmpty();
    }

    @Test
    void noTextIsLeftForATermThatNoLongerExists() {
        List<String> stale = new ArrayList<>();
        for (String key : new TreeSet<>(texts.stringPropertyNames())) {
            if (CONCEPT_KEY.matcher(key).matches()) {
                continue;
            }
            if (key.startsWith("vocabulary.")) {
                if (!termEnums.containsKey(key.substring("vocabulary.".length()))) {
                    stale.add(key);
                }
                continue;
            }
            Matcher term = TERM_KEY.matcher(key);
            if (!term.matches() || !isConstant(termEnums.get(term.group(1)), term.group(2))) {
                stale.add(key);
            }
        }
        assertThat(stale).as("keys that name no existing term constant or concept").isEmpty();
    }

    @Test
    void everyVocabularyHasAHelpSectionHeading() {
        List<String> missing = new ArrayList<>();
        for (String name : termEnums.keySet()) {
            requireText("vocabulary." + name, missing);
        }
        assertThat(missing).as("vocabularies without a heading in the help").isEmpty();
    }

    @Test
    void everyConceptHasLabelAndHelp() {
        List<String> missing = new ArrayList<>();
        TreeSet<String> concepts = new TreeSet<>(CONCEPTS);
        for (String key : texts.stringPropertyNames()) {
            Matcher concept = CONCEPT_KEY.matcher(key);
            if (concept.matches()) {
                concepts.add(concept.group(1));
            }
        }
        for (String concept : concepts) {
            requireText("concept." + concept + ".label", missing);
            requireText("concept." + concept + ".help", missing);
        }
        assertThat(missing).as("concepts without a label or help text").isEmpty();
    }

    @Test
    void labelsAreDistinctWithinEachVocabulary() {
        Map<String, List<String>> duplicates = new TreeMap<>();
        for (Class<? extends Term> type : termEnums.values()) {
            Map<String, String> constantByLabel = new HashMap<>();
            for (Term term : type.getEnumConstants()) {
                String label = texts.getProperty(term.labelKey(), "").trim().toLowerCase(Locale.ROOT);
                String earlier = constantByLabel.putIfAbsent(label, term.name());
                if (earlier != null && !label.isEmpty()) {
                    duplicates.put(type.getSimpleName() + ": " + label, List.of(earlier, term.name()));
                }
            }
        }
        assertThat(duplicates).as("constants sharing one label").isEmpty();
    }

    @Test
    void builtInVocabularyTextsFitTheColumnsTheyAreStoredIn() {
        List<String> tooLong = new ArrayList<>();
        for (Class<? extends Term> type : SEEDED_VOCABULARIES) {
            for (Term term : type.getEnumConstants()) {
                if (texts.getProperty(term.labelKey(), "").length() > NAME_COLUMN_LENGTH) {
                    tooLong.add(term.labelKey());
                }
                if (texts.getProperty(term.helpKey(), "").length() > DESCRIPTION_COLUMN_LENGTH) {
                    tooLong.add(term.helpKey());
                }
            }
        }
        assertThat(tooLong).as("texts longer than the name or description column").isEmpty();
    }

    @Test
    void bundleIsPlainAscii() throws IOException {
        byte[] bytes;
        try (InputStream in = resource(TERMS_RESOURCE)) {
            bytes = in.readAllBytes();
        }
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < bytes.length; i++) {
            if ((bytes[i] & 0xFF) > 0x7F) {
                offsets.add(i);
            }
        }
        assertThat(offsets).as("byte offsets of non-ASCII characters").isEmpty();
    }

    private static void requireText(String key, List<String> missing) {
        String value = texts.getProperty(key);
        if (value == null || value.isBlank()) {
            missing.add(key);
        }
    }

    private static boolean isConstant(Class<? extends Term> type, String name) {
        return type != null && Stream.of(type.getEnumConstants()).anyMatch(term -> term.name().equals(name));
    }

    private static InputStream resource(String name) {
        InputStream in = TermTextsTest.class.getClassLoader().getResourceAsStream(name);
        assertThat(in).as(name).isNotNull();
        return in;
    }

    /** Every enum directly in the model package that implements {@link Term}, by simple name. */
    private static Map<String, Class<? extends Term>> termEnumsInModelPackage() throws IOException {
        ClassLoader loader = Term.class.getClassLoader();
        String folder = MODEL_PACKAGE.replace('.', '/');
        Map<String, Class<? extends Term>> found = new TreeMap<>();
        for (URL url : Collections.list(loader.getResources(folder))) {
            for (String className : classNamesIn(url, folder)) {
                Class<?> type = load(className, loader);
                if (type.isEnum() && Term.class.isAssignableFrom(type)) {
                    found.put(type.getSimpleName(), type.asSubclass(Term.class));
                }
            }
        }
        return found;
    }

    private static List<String> classNamesIn(URL url, String folder) throws IOException {
        List<String> names = new ArrayList<>();
        if ("jar".equals(url.getProtocol())) {
            JarFile jar = ((JarURLConnection) url.openConnection()).getJarFile();
            for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                String entry = entries.nextElement().getName();
                String rest = entry.startsWith(folder + "/") ? entry.substring(folder.length() + 1) : "";
                if (rest.endsWith(".class") && !rest.contains("/")) {
                    names.add(MODEL_PACKAGE + "." + rest.substring(0, rest.length() - ".class".length()));
                }
            }
        } else {
            try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                files.map(file -> file.getFileName().toString())
                        .filter(file -> file.endsWith(".class"))
                        .map(file -> MODEL_PACKAGE + "." + file.substring(0, file.length() - ".class".length()))
                        .forEach(names::add);
            } catch (URISyntaxException e) {
                throw new IOException("Cannot list " + url, e);
            }
        }
        return names;
    }

    private static Class<?> load(String className, ClassLoader loader) {
        try {
            return Class.forName(className, false, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Listed but not loadable: " + className, e);
        }
    }
}
