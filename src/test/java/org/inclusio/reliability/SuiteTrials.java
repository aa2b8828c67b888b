package org.inclusio.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The kill trials the test suite runs: one set of prepared stores for every test class in the JVM, in a
 * folder no other JVM uses at the same time ({@code -Dreliability.folder}, which the build sets per test JVM;
 * a second JVM on the same folder is refused), a seed printed once ({@code -Dreliability.seed=N} repeats a run),
 * {@code -Dreliability.trials=N} trials per phase (default 10) and a time-out for reopening
 * ({@code -Dreliability.openTimeoutSeconds}, default 30).
 */
final class SuiteTrials {

    static final int TRIALS = Integer.getInteger("reliability.trials", 10);
    private static KillTrials shared;
    /** Held while the JVM runs, never released: the folder is this JVM's until it ends. */
    private static FileLock folderLock;

    private SuiteTrials() {
    }

    static synchronized KillTrials shared() {
        if (shared == null) {
            long seed = Long.getLong("reliability.seed", new Random().nextLong());
            long timeout = Long.getLong("reliability.openTimeoutSeconds", 30) * 1000;
            System.out.println("Reliability trials: seed " + seed + " (repeat with -Dreliability.seed=" + seed + ")");
            Path folder = Path.of(System.getProperty("reliability.folder", "target/reliability-suite"));
            holdFolder(folder);
            shared = new KillTrials(folder, seed, timeout);
        }
        return shared;
    }

    /**
     * Locks the folder for the rest of this JVM's life: each JVM clears and fills it with stores of its own, so a
     * second one working in it at the same time would spoil the first one's trials.
     */
    private static void holdFolder(Path folder) {
        try {
            Files.createDirectories(folder);
            FileChannel channel = FileChannel.open(folder.resolve(".in-use"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            folderLock = channel.tryLock();
            if (folderLock == null) {
                channel.close();
                throw new IllegalStateException("another test JVM runs kill trials in " + folder.toAbsolutePath()
                        + "; give each its own with -Dreliability.folder");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
