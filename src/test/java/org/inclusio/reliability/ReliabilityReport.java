package org.inclusio.reliability;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The stress command's results: a table per phase, JSON, and the results section of the document. */
final class ReliabilityReport {

    static final String START = "<!-- stress-results:start -->";
    static final String END = "<!-- stress-results:end -->";

    private final List<TrialResult> results;
    private final long seed;
    private final long openTimeoutSeconds;
    private final double minutes;
    private final List<String> timings;
    private final String work;

    /** @param work the folder the trial stores were in; the document names it only as "WORK" */
    ReliabilityReport(List<TrialResult> results, long seed, long openTimeoutSeconds, double minutes,
            List<String> timings, Path work) {
        this.work = work.toAbsolutePath().toString();
        this.results = List.copyOf(results);
        this.seed = seed;
        this.openTimeoutSeconds = openTimeoutSeconds;
        this.minutes = minutes;
        this.timings = List.copyOf(timings);
    }

    /** Figures of one phase (or of all). */
    record Tally(int trials, int killedMidway, int acknowledged, int passed, int hungOpens, int lostAcknowledged,
            int partial, int silentlyCreated, int notOpened, int stackTraces, int badExports, int commandFailed,
            int partLeftovers, long medianReopenMillis) {

        static Tally of(List<TrialResult> results) {
            int[] outcome = new int[Outcome.values().length];
            int midway = 0;
            int acknowledged = 0;
            int leftovers = 0;
            List<Long> reopen = new ArrayList<>();
            for (TrialResult result : results) {
                outcome[result.outcome().ordinal()]++;
                midway += result.acknowledged() ? 0 : 1;
                acknowledged += result.acknowledged() ? 1 : 0;
                leftovers += result.partLeftover() ? 1 : 0;
                reopen.add(result.reopenMillis());
            }
            reopen.sort(null);
            return new Tally(results.size(), midway, acknowledged, outcome[Outcome.PASSED.ordinal()],
                    outcome[Outcome.HUNG_OPEN.ordinal()], outcome[Outcome.LOST_RECORDS.ordinal()],
                    outcome[Outcome.PARTIAL.ordinal()], outcome[Outcome.SILENTLY_CREATED.ordinal()],
                    outcome[Outcome.NOT_OPENED.ordinal()], outcome[Outcome.STACK_TRACE.ordinal()],
                    outcome[Outcome.BAD_EXPORT.ordinal()], outcome[Outcome.COMMAND_FAILED.ordinal()], leftovers,
                    reopen.isEmpty() ? 0 : reopen.get(reopen.size() / 2));
        }
    }

    Map<Phase, Tally> byPhase() {
        Map<Phase, Tally> tallies = new EnumMap<>(Phase.class);
        for (Phase phase : Phase.values()) {
            List<TrialResult> ofPhase = results.stream().filter(result -> result.phase() == phase).toList();
            if (!ofPhase.isEmpty()) {
                tallies.put(phase, Tally.of(ofPhase));
            }
        }
        return tallies;
    }

    Tally total() {
        return Tally.of(results);
    }

    /** The bar: no hung open, no lost acknowledged record, no silently created store, every trial passed. */
    boolean passed() {
        Tally total = total();
        return total.passed() == total.trials();
    }

    /** A Markdown table: one row per phase and a total. */
    String table() {
        StringBuilder text = new StringBuilder();
        text.append("| phase | kills | killed before success | passed | hung opens | lost acknowledged records "
                + "| half-done work | silently created stores | did not open | stack traces | incomplete export files "
                + "| export .part left | median reopen (s) |\n");
        text.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        byPhase().forEach((phase, tally) -> row(text, phase.label(), tally));
        row(text, "**all**", total());
        return text.toString();
    }

    private static void row(StringBuilder text, String label, Tally t) {
        text.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %d | %d | %d | %d | %d | %d | %.1f |%n",
                label, t.trials(), t.killedMidway(), t.passed(), t.hungOpens(), t.lostAcknowledged(), t.partial(),
                t.silentlyCreated(), t.notOpened(), t.stackTraces(), t.badExports(), t.partLeftovers(),
                t.medianReopenMillis() / 1000.0));
    }

    /** The failed trials, one line each, for the document. */
    private String failures() {
        StringBuilder text = new StringBuilder();
        Map<Outcome, Integer> shown = new EnumMap<>(Outcome.class);
        for (TrialResult result : results) {
            if (!result.passed() && shown.merge(result.outcome(), 1, Integer::sum) <= 3) {
                text.append("- ").append(result.describe().replace(work, "WORK").replace("|", "/")).append('\n');
            }
        }
        return text.length() == 0 ? "None.\n" : text.toString();
    }

    void writeJson(Path file) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        try (JsonGenerator json = new JsonFactory().createGenerator(file.toFile(), JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("date", LocalDate.now().toString());
            json.writeNumberField("seed", seed);
            json.writeNumberField("openTimeoutSeconds", openTimeoutSeconds);
            json.writeNumberField("minutes", Math.round(minutes * 10) / 10.0);
            json.writeBooleanField("passed", passed());
            json.writeObjectFieldStart("total");
            tally(json, total());
            json.writeEndObject();
            json.writeObjectFieldStart("phases");
            for (Map.Entry<Phase, Tally> entry : byPhase().entrySet()) {
                json.writeObjectFieldStart(entry.getKey().name().toLowerCase(Locale.ROOT));
                tally(json, entry.getValue());
                json.writeEndObject();
            }
            json.writeEndObject();
            json.writeArrayFieldStart("trials");
            for (TrialResult result : results) {
                json.writeStartObject();
                json.writeStringField("phase", result.phase().name().toLowerCase(Locale.ROOT));
                json.writeNumberField("index", result.index());
                json.writeNumberField("signalMillis", result.signalMillis());
                json.writeNumberField("killAtMillis", result.killAtMillis());
                json.writeNumberField("childExit", result.childExit());
                json.writeBooleanField("acknowledged", result.acknowledged());
                json.writeStringField("outcome", result.outcome().name().toLowerCase(Locale.ROOT));
                json.writeStringField("detail", result.detail());
                json.writeBooleanField("partLeftover", result.partLeftover());
                json.writeNumberField("reopenMillis", result.reopenMillis());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static void tally(JsonGenerator json, Tally t) throws IOException {
        json.writeNumberField("kills", t.trials());
        json.writeNumberField("killedBeforeSuccess", t.killedMidway());
        json.writeNumberField("passed", t.passed());
        json.writeNumberField("hungOpens", t.hungOpens());
        json.writeNumberField("lostAcknowledgedRecords", t.lostAcknowledged());
        json.writeNumberField("halfDoneWork", t.partial());
        json.writeNumberField("silentlyCreatedStores", t.silentlyCreated());
        json.writeNumberField("didNotOpen", t.notOpened());
        json.writeNumberField("stackTraces", t.stackTraces());
        json.writeNumberField("incompleteExportFiles", t.badExports());
        json.writeNumberField("commandFailedBeforeKill", t.commandFailed());
        json.writeNumberField("exportPartFilesLeft", t.partLeftovers());
        json.writeNumberField("medianReopenMillis", t.medianReopenMillis());
    }

    /** Replaces the document's results section (between its two markers) with this run's figures. */
    void writeIntoDocument(Path document) throws IOException {
        String text = Files.readString(document, StandardCharsets.UTF_8);
        int start = text.indexOf(START);
        int end = text.indexOf(END);
        if (start < 0 || end < start) {
            throw new IOException(document + " has no results section (" + START + " ... " + END + ")");
        }
        Tally total = total();
        StringBuilder section = new StringBuilder(START).append('\n');
        section.append(String.format(Locale.ROOT, "Run of %s: %d kills, seed %d, reopen time-out %d s, %.1f minutes."
                        + " Result: **%s** (%d hung opens, %d lost acknowledged records,"
                        + " %d silently created stores).%n%n",
                LocalDate.now(), total.trials(), seed, openTimeoutSeconds, minutes,
                passed() ? "passed" : "not passed", total.hungOpens(), total.lostAcknowledged(),
                total.silentlyCreated()));
        section.append(table()).append('\n');
        section.append("Kill timing per phase (signal + random delay):\n\n");
        for (String timing : timings) {
            section.append("- ").append(timing).append('\n');
        }
        section.append("\nFailed trials (at most three of each kind):\n\n").append(failures());
        String updated = text.substring(0, start) + section + text.substring(end);
        Files.writeString(document, updated, StandardCharsets.UTF_8);
    }
}
