package org.inclusio.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.inclusio.app.AppServices;
import org.inclusio.logic.i18n.Localization;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Searches every output of {@code analyse} over the example region (every analysis, breakdown and
 * format) for a count from 1 to 4, shown or derivable: shown in a count column or a text, the rest of a
 * whole (a slice's lay people minus a group's), a share or ratio shown beside a withheld count, or a
 * withheld count of a breakdown's slices that the whole period's figure minus the shown slices gives
 * back (also quarters against their year).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExampleRegionDisclosureTest {

    private static final int THRESHOLD = 5;
    private static final List<String> BREAKDOWNS = List.of("mode", "level", "year", "quarter");
    private static final Pattern SMALL_COUNT_IN_TEXT = Pattern.compile(
            "(?<!at least )(?<![\\d.,<])([1-4])(?![\\d.,%])\\s+(lay|proposal|settled|were decided|have had|ratings|of the)");

    @TempDir
    static java.nio.file.Path store;

    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    void loadExampleRegionAndDetect() throws Exception {
        try (AppServices services = org.inclusio.testing.TestStores.services(store, new Localization(Locale.ENGLISH))) {
            services.exampleRegion().load(null);
        }
        assertThat(run("flags", "--detect", "--format", "json")).isNotNull();
    }

    private String run(String... arguments) {
        List<String> all = new ArrayList<>(List.of("--store", store.toString(), "analyse"));
        all.addAll(List.of(arguments));
        CommandLine commandLine = InclusioCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        assertThat(commandLine.execute(org.inclusio.testing.TestStores.withPassphrase(all.toArray(String[]::new)))).as(err.toString()).isZero();
        return out.toString();
    }

    private JsonNode rows(String... arguments) throws Exception {
        List<String> all = new ArrayList<>(List.of(arguments));
        all.addAll(List.of("--format", "json"));
        return json.readTree(run(all.toArray(String[]::new))).get("rows");
    }

    private static boolean small(long count) {
        return count > 0 && count < THRESHOLD;
    }

    private static Long value(JsonNode row, String column) {
        JsonNode node = row.get(column);
        return node == null || node.isNull() ? null : node.asLong();
    }

    /** No count column shows 1 to 4, in JSON and in CSV alike. */
    private void noSmallCounts(JsonNode rows, List<String> countColumns, String... arguments) throws Exception {
        for (JsonNode row : rows) {
            for (String column : countColumns) {
                Long count = value(row, column);
                assertThat(count == null || !small(count)).as(column + " in " + row).isTrue();
            }
        }
        List<String> all = new ArrayList<>(List.of(arguments));
        all.addAll(List.of("--format", "csv"));
        List<List<String>> records = AnalyseCommandTest.Csv.parse(run(all.toArray(String[]::new)));
        List<String> ids = new ArrayList<>();
        rows.get(0).fieldNames().forEachRemaining(ids::add);
        for (List<String> record : records.subList(1, records.size())) {
            for (String column : countColumns) {
                assertThat(record.get(ids.indexOf(column))).as(column).matches("<5|0|[5-9]|[1-9][0-9]+");
            }
        }
    }

    /** Where part and whole are both shown, the rest is not a small count; a derived figure only beside its counts. */
    private static void noSmallRest(JsonNode rows, String part, String whole, String... derived) {
        for (JsonNode row : rows) {
            Long p = value(row, part);
            Long w = value(row, whole);
            if (p != null && w != null) {
                assertThat(small(w - p)).as(whole + " - " + part + " in " + row).isFalse();
            }
            for (String figure : derived) {
                if (value(row, figure) != null) {
                    assertThat(p != null && w != null).as(figure + " beside withheld counts in " + row).isTrue();
                }
            }
        }
    }

    @Test
    void matrixShowsNoSmallCount() throws Exception {
        noSmallCounts(rows("matrix"), List.of("participants", "layParticipants"), "matrix");
    }

    @Test
    void representationInEveryBreakdownShowsNoSmallCountAndNoSmallRest() throws Exception {
        for (String breakdown : List.of("none", "mode", "level", "year", "quarter")) {
            JsonNode rows = rows("representation", "--breakdown", breakdown);
            noSmallCounts(rows, List.of("groupParticipants", "participants"), "representation", "--breakdown",
                    breakdown);
            noSmallRest(rows, "groupParticipants", "participants", "sharePercent", "ratio");
        }
    }

    @Test
    void influenceCannotBeWorkedOutFromTheWholePeriodOrTheYear() throws Exception {
        Map<String, JsonNode> byBreakdown = new HashMap<>();
        for (String breakdown : List.of("none", "mode", "level", "year", "quarter")) {
            JsonNode rows = rows("representation", "--influence", "--breakdown", breakdown);
            byBreakdown.put(breakdown, rows);
            noSmallCounts(rows, List.of("groupAdopted", "adopted", "groupAttendances", "attendances"),
                    "representation", "--influence", "--breakdown", breakdown);
            noSmallRest(rows, "groupAdopted", "adopted", "adoptedSharePercent", "ratio");
            noSmallRest(rows, "groupAttendances", "attendances", "attendanceSharePercent", "ratio");
        }
        int lines = 0;
        for (String measure : List.of("groupAdopted", "adopted", "groupAttendances", "attendances")) {
            Map<String, Long> wholes = totals(byBreakdown.get("none"), measure, false);
            for (String breakdown : BREAKDOWNS) {
                lines += checkLines(byBreakdown.get(breakdown), measure, wholes, false);
            }
            lines += checkLines(byBreakdown.get("quarter"), measure, totals(byBreakdown.get("year"), measure, true),
                    true);
        }
        assertThat(lines).as("lines with a withheld slice and a shown whole").isPositive();
    }

    /** The shown figure per team and group (and year), keyed as the slices' lines are. */
    private static Map<String, Long> totals(JsonNode rows, String measure, boolean perYear) {
        Map<String, Long> totals = new HashMap<>();
        for (JsonNode row : rows) {
            totals.put(key(row, perYear ? row.get("slice").asText() : null), value(row, measure));
        }
        return totals;
    }

    private static String key(JsonNode row, String year) {
        return row.get("team").asText() + "|" + row.get("groupCode").asText() + (year == null ? "" : "|" + year);
    }

    /** Each line: the whole minus its shown slices gives back neither one withheld slice nor a small sum. */
    private static int checkLines(JsonNode rows, String measure, Map<String, Long> wholes, boolean perYear) {
        Map<String, long[]> lines = new HashMap<>();
        for (JsonNode row : rows) {
            String slice = row.get("slice").asText();
            String line = key(row, perYear ? slice.substring(0, 4) : null);
            long[] sums = lines.computeIfAbsent(line, k -> new long[2]);
            Long count = value(row, measure);
            if (count == null) {
                sums[1]++;
            } else {
                sums[0] += count;
            }
        }
        int checked = 0;
        for (Iterator<Map.Entry<String, long[]>> it = lines.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, long[]> line = it.next();
            Long whole = wholes.get(line.getKey());
            long hidden = line.getValue()[1];
            if (whole == null || hidden == 0) {
                continue;
            }
            long rest = whole - line.getValue()[0];
            assertThat(hidden == 1 && rest > 0).as("one withheld " + measure + " in " + line.getKey()).isFalse();
            assertThat(small(rest)).as("withheld " + measure + " add up to " + rest + " in " + line.getKey()).isFalse();
            checked++;
        }
        return checked;
    }

    @Test
    void funnelShowsNoSmallCountAndNoSmallRest() throws Exception {
        JsonNode rows = rows("funnel");
        List<String> stages = List.of("invited", "attended", "spoke", "proposed", "adopted");
        noSmallCounts(rows, stages, "funnel");
        JsonNode all = rows.get(0);
        for (JsonNode row : rows) {
            for (String stage : stages) {
                Long group = value(row, stage);
                Long whole = value(all, stage);
                if (group != null && whole != null) {
                    assertThat(small(whole - group)).as(stage + " rest in " + row).isFalse();
                }
            }
        }
    }

    @Test
    void flagTextsShowNoSmallCount() throws Exception {
        JsonNode rows = rows("flags");
        assertThat(rows.size()).isPositive();
        for (JsonNode row : rows) {
            Matcher matcher = SMALL_COUNT_IN_TEXT.matcher(row.get("evidence").asText());
            assertThat(matcher.find()).as(row.get("evidence").asText()).isFalse();
        }
    }
}
