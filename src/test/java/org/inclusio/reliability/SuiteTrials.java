package org.inclusio.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The kill trials the test suite runs: one set of prepared stores for every test class in the JVM (in a
 * folder of the JVM's own), a seed printed once ({@code -Dreliability.seed=N} repeats a run),
 * {@code -Dreliability.trials=N} trials per phase (default 10) and a time-out for reopening
 * ({@code -Dreliability.openTimeoutSeconds}, default 30).
 */
final class SuiteTrials {

    static final int TRIALS = Integer.getInteger("reliability.trials", 10);
    private static KillTrials shared;

    private SuiteTrials() {
    }

    static synchronized KillTrials shared() {
        if (shared == null) {
            long seed = Long.getLong("reliability.seed", new Random().nextLong());
            long timeout = Long.getLong("reliability.openTimeoutSeconds", 30) * 1000;
            System.out.println("Reliability trials: seed " + seed + " (repeat with -Dreliability.seed=" + seed + ")");
            shared = new KillTrials(Path.of("target", folder()), seed, timeout);
        }
        return shared;
    }

    /**
     * The trials' folder under {@code target}: one per test JVM ({@code test.fork}, set when several JVMs run
     * the tests side by side), since each JVM prepares its own stores and clears the folder first.
     */
    static String folder() {
        String fork = System.getProperty("test.fork", "");
        return fork.isBlank() ? "reliability-suite" : "reliability-suite-" + fork;
    }

    /**
     * Runs the phase's trials, stopping at the first that fails (a hung open costs the whole
     * time-out; the first failure already says what is wrong), and gives every result.
     */
    static List<TrialResult> run(Phase phase) {
        KillTrials trials = shared();
        List<TrialResult> results = new ArrayList<>();
        try {
            System.out.println(phase.label() + " kills: " + trials.timing(phase));
            for (int index = 0; index < TRIALS; index++) {
                TrialResult result = trials.run(phase, index);
                System.out.println(result.describe());
                results.add(result);
                if (!result.passed()) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return results;
    }

    /** The failure message: the failed trials and how to repeat them. */
    static String failures(List<TrialResult> results) {
        StringBuilder text = new StringBuilder();
        for (TrialResult result : results) {
            if (!result.passed()) {
                text.append(result.describe()).append('\n');
            }
        }
        return text + "repeat with -Dreliability.seed=" + shared().seed();
    }
}
