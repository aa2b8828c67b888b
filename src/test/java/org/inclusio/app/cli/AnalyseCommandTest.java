package org.inclusio.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.inclusio.app.AppServices;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.testing.CommandLineRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** {@code inclusio analyse ...} against a store holding the example region. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalyseCommandTest {

    @TempDir
    static Path store;

    @BeforeAll
    void loadExampleRegion() throws Exception {
        try (AppServices services = org.inclusio.testing.TestStores.services(store, new Localization(Locale.ENGLISH))) {
            services.exampleRegion().load(null);
        }
    }

    private CommandLineRun run(String... arguments) {
        return runIn(null, arguments);
    }

    /** Runs {@code analyse} with the arguments, in the language given (the run's own language when null). */
    private CommandLineRun runIn(String language, String... arguments) {
        List<String> all = new ArrayList<>(List.of("--store", store.toString()));
        if (language != null) {
            all.addAll(List.of("--language", language));
        }
        all.add("analyse");
        all.addAll(List.of(arguments));
        Locale before = Locale.getDefault();
        try {
            if (language != null) {
                // as the launcher does: the language is chosen before the command line is built
                org.inclusio.app.StartupLanguage.apply(all.toArray(String[]::new));
            }
            return CommandLineRun.of(org.inclusio.testing.TestStores.withPassphrase(all.toArray(String[]::new)));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void theMatrixHasTwelveCellsAndCollectiveCoDesignAndCoDeliveryAreEmpty() throws Exception {
        CommandLineRun run = run("matrix", "--format", "json");

        assertThat(run.status()).as(run.err()).isZero();
        JsonNode rows = new ObjectMapper().readTree(run.out()).get("rows");
        assertThat(rows).hasSize(12);
        long collectiveGaps = 0;
        for (JsonNode row : rows) {
            String mode = row.get("mode").asText();
            if (row.get("level").asText().equals("COLLECTIVE") && (mode.equals("CO_DESIGN")
                    || mode.equals("CO_DELIVERY"))) {
                assertThat(row.get("activities").asLong()).isZero();
                assertThat(row.get("participants").asLong()).isZero();
                collectiveGaps++;
            }
        }
        assertThat(collectiveGaps).isEqualTo(2);
    }

    @Test
    void theMatrixAsATextTableHasAHeaderARuleAndTwelveRows() {
        CommandLineRun run = run("matrix");

        assertThat(run.status()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(14);
        assertThat(lines.get(0)).startsWith("Mode").contains("Level", "Activities", "Person-hours");
        assertThat(lines.get(1)).matches("[- ]+");
    }

    @Test
    void detectingFlagsFindsTokenismAndAnAbsentGroupAndStoresThem() {
        CommandLineRun detect = run("flags", "--detect", "--format", "csv");

        assertThat(detect.status()).as(detect.err()).isZero();
        assertThat(detect.err()).startsWith("Checked: ");
        Set<String> rules = new TreeSet<>();
        List<List<String>> records = Csv.parse(detect.out());
        assertThat(records.get(0)).startsWith("Rule code", "Rule", "Kind", "Severity", "Status");
        records.subList(1, records.size()).forEach(record -> rules.add(record.get(0)));
        assertThat(rules).contains("TOKENISM", "ABSENT_GROUP");
        assertThat(records).allSatisfy(record -> assertThat(record).hasSize(11));

        CommandLineRun readOnly = run("flags", "--format", "csv");
        assertThat(Csv.parse(readOnly.out())).hasSameSizeAs(records);
        assertThat(readOnly.err()).isEmpty();
    }

    @Test
    void flagsDetectedInEnglishAreListedInTheLanguageOfTheRunAndAnotherLanguageChangesNothing() throws Exception {
        CommandLineRun english = runIn("en", "flags", "--detect", "--format", "json");
        assertThat(english.status()).as(english.err()).isZero();

        CommandLineRun swedishDetect = runIn("sv", "flags", "--detect", "--format", "json");
        CommandLineRun japanese = runIn("ja", "flags", "--format", "json");

        assertThat(swedishDetect.status()).as(swedishDetect.err()).isZero();
        assertThat(swedishDetect.err()).contains("flaggor: 0 nya, 0 öppnade igen, 0 uppdaterade, 0 åtgärdade,");
        JsonNode swedishRows = new ObjectMapper().readTree(swedishDetect.out()).get("rows");
        JsonNode japaneseRows = new ObjectMapper().readTree(japanese.out()).get("rows");
        JsonNode englishRows = new ObjectMapper().readTree(english.out()).get("rows");
        assertThat(swedishRows).hasSameSizeAs(englishRows).hasSameSizeAs(japaneseRows);
        JsonNode tokenismSv = first(swedishRows, "TOKENISM");
        assertThat(tokenismSv.get("name").asText()).isEqualTo("Symbolisk delaktighet");
        assertThat(tokenismSv.get("evidence").asText()).startsWith("Teamet har ");
        JsonNode tokenismJa = first(japaneseRows, "TOKENISM");
        assertThat(tokenismJa.get("name").asText()).isEqualTo("形だけの参加");
        assertThat(tokenismJa.get("evidence").asText()).startsWith("チームには一般のメンバーが");
        assertThat(first(englishRows, "TOKENISM").get("evidence").asText()).startsWith("The team has ");
    }

    private static JsonNode first(JsonNode rows, String rule) {
        for (JsonNode row : rows) {
            if (row.get("rule").asText().equals(rule)) {
                return row;
            }
        }
        throw new AssertionError("no flag of rule " + rule);
    }

    @Test
    void representationCsvIsWellFormedAndSuppressesSmallCounts() {
        CommandLineRun run = run("representation", "--format", "csv");

        assertThat(run.status()).as(run.err()).isZero();
        List<List<String>> records = Csv.parse(run.out());
        assertThat(records.get(0)).hasSize(13).startsWith("Team", "Part", "Group code", "Group",
                "Group participants");
        assertThat(records.size()).isGreaterThan(1);
        assertThat(records).allSatisfy(record -> assertThat(record).hasSize(13));
        // a group count above 0 and below 5 is shown as "<5", never as the number
        assertThat(records.subList(1, records.size())).allSatisfy(record -> assertThat(record.get(4))
                .matches("<5|0|[5-9]|[1-9][0-9]+"));
        assertThat(records.subList(1, records.size())).anySatisfy(record -> assertThat(record.get(4))
                .isEqualTo("<5"));
    }

    @Test
    void representationJsonGivesSuppressedFiguresAsNullWithAMarker() throws Exception {
        CommandLineRun run = run("representation", "--format", "json", "--breakdown", "year");

        assertThat(run.status()).as(run.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertThat(root.get("analysis").asText()).isEqualTo("representation");
        boolean sawSuppressedGroupCount = false;
        for (JsonNode row : root.get("rows")) {
            if (row.has("suppressed")) {
                assertThat(row.get("suppressed").asBoolean()).isTrue();
                for (JsonNode column : row.get("suppressedColumns")) {
                    assertThat(row.get(column.asText()).isNull()).as(column.asText()).isTrue();
                }
                sawSuppressedGroupCount |= row.get("suppressedColumns").toString().contains("\"groupParticipants\"");
            } else {
                assertThat(row.get("groupParticipants").isNumber()).isTrue();
                assertThat(row.get("participants").isNumber()).isTrue();
            }
        }
        assertThat(sawSuppressedGroupCount).isTrue();
    }

    @Test
    void theFunnelOfOneGroupNamedByCodeIsWrittenToAFile() throws Exception {
        Path file = store.resolveSibling(store.getFileName() + "-funnel.csv");
        CommandLineRun run = run("funnel", "--group", "older_people", "--format", "csv", "--output", file.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        List<List<String>> records = Csv.parse(Files.readString(file, StandardCharsets.UTF_8));
        assertThat(records.get(0)).containsExactly("Group code", "Group", "Invited", "Attended", "Spoke", "Proposed",
                "Adopted");
        assertThat(records).hasSize(3);
        assertThat(records.get(1).get(1)).isEqualTo("All lay participants");
        assertThat(records.get(2).get(0)).isEqualTo("OLDER_PEOPLE");
    }

    @Test
    void anUnknownTeamIsAPlainError() {
        CommandLineRun run = run("matrix", "--team", "No such team");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("No team \"No such team\" in the store." + System.lineSeparator());
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefused() {
        CommandLineRun run = run("matrix", "--from", "2025-05-01", "--to", "2025-04-01");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("--from 2025-05-01 is after --to 2025-04-01");
    }

    /** A strict RFC 4180 reader for the tests: fails on anything malformed. */
    static final class Csv {

        static List<List<String>> parse(String text) {
            List<List<String>> records = new ArrayList<>();
            List<String> record = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            int i = 0;
            boolean quoted = false;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    if (c == '"') {
                        quoted = false;
                        char next = i + 1 < text.length() ? text.charAt(i + 1) : '\r';
                        if (next != ',' && next != '\r') {
                            throw new IllegalArgumentException("text after a closing quote at " + i);
                        }
                    } else {
                        field.append(c);
                    }
                    i++;
                    continue;
                }
                if (c == '"') {
                    if (field.length() > 0) {
                        throw new IllegalArgumentException("quote inside an unquoted field at " + i);
                    }
                    quoted = true;
                } else if (c == ',') {
                    record.add(field.toString());
                    field.setLength(0);
                } else if (c == '\r') {
                    if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
                        throw new IllegalArgumentException("CR without LF at " + i);
                    }
                    record.add(field.toString());
                    field.setLength(0);
                    records.add(record);
                    record = new ArrayList<>();
                    i++;
                } else if (c == '\n') {
                    throw new IllegalArgumentException("bare LF at " + i);
                } else {
                    field.append(c);
                }
                i++;
            }
            if (quoted || field.length() > 0 || !record.isEmpty()) {
                throw new IllegalArgumentException("last record not ended by CRLF");
            }
            return records;
        }
    }
}
