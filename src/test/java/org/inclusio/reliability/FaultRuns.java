package org.inclusio.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Shared checks of the fault tests: the plain message, the exit status, no stack trace, no hang. */
final class FaultRuns {

    /** How long a command facing a fault may take before it counts as hung (and is killed). */
    static final long TIMEOUT_MILLIS = Long.getLong("reliability.faultTimeoutSeconds", 60) * 1000;

    /** Words that blame a full disk. */
    static final Pattern DISK_FULL = Pattern.compile("(?i)\\bfull\\b|no space|out of space|not enough space");
    /** Words that blame the permissions or a read-only store. */
    static final Pattern READ_ONLY = Pattern.compile("(?i)read.?only|write.?protected|permission|not allowed to write"
            + "|may not write|cannot write to");
    /** Words that name a damaged store. */
    static final Pattern DAMAGED = Pattern.compile("(?i)damaged|corrupt");
    /** The import's message for a real conflict of records, wrong for any fault of the store. */
    static final Pattern CLASH = Pattern.compile("(?i)clash");

    private FaultRuns() {
    }

    static Programs.Result run(Programs programs, java.util.List<String> command) throws IOException,
            InterruptedException {
        return programs.run(command, TIMEOUT_MILLIS);
    }

    /**
     * The command ended (no hang), failed with one of the statuses, printed no stack trace and said
     * what {@code mustSay} matches on standard error and nothing {@code mustNotSay} matches.
     */
    static void assertPlainFailure(Programs.Result result, Set<Integer> statuses, Pattern mustSay,
            Pattern mustNotSay) {
        assertThat(result.hung()).withFailMessage("the command did not end within %d s and was killed: %s",
                TIMEOUT_MILLIS / 1000, result.describe()).isFalse();
        assertThat(result.stackTrace()).withFailMessage("a stack trace reached the console: %s",
                result.describe()).isFalse();
        assertThat(statuses).withFailMessage("exit status %d, expected one of %s: %s", result.exitCode(), statuses,
                result.describe()).contains(result.exitCode());
        assertThat(mustSay.matcher(result.err()).find()).withFailMessage("the message does not say /%s/: %s",
                mustSay, result.describe()).isTrue();
        if (mustNotSay != null) {
            assertThat(mustNotSay.matcher(result.err()).find()).withFailMessage(
                    "the message blames something else (/%s/): %s", mustNotSay, result.describe()).isFalse();
        }
    }

    /** The store opens normally afterwards (no fault injected) and holds no records. */
    static void assertOpensEmpty(KillTrials trials, Path store) throws IOException, InterruptedException {
        Programs.Result info = trials.programs().run(trials.programs().launcher(store, "info"), TIMEOUT_MILLIS);
        assertThat(info.hung() || info.exitCode() != 0 || info.stackTrace())
                .withFailMessage("the store does not open afterwards: %s", info.describe()).isFalse();
        Map<String, Long> counts = Checks.infoCounts(info.out());
        assertThat(Checks.allZero(counts)).withFailMessage("half-written work is in the store: %s", counts).isTrue();
    }
}
