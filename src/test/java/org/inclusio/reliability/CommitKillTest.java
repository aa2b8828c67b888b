package org.inclusio.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.inclusio.persistence.KeyFile;
import org.inclusio.persistence.Store;
import org.inclusio.persistence.StoreSettings;
import org.inclusio.testing.TestStores;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a program that commits to the store, at random moments, and checks that every commit it was told
 * had succeeded is there when the store opens again: while it commits changes of varying size into a file
 * with free space inside, and while the closing store rewrites its file smaller. ({@code
 * -Dreliability.seed=N} repeats a run.)
 */
@Tag("reliability")
class CommitKillTest {

    private static final int TRIALS = 6;
    private static final long START_TIMEOUT_MILLIS = 120_000;
    private static final Pattern COMMITTED = Pattern.compile("(?m)^COMMITTED (\\d+)$");

    @TempDir
    static Path work;

    private static Path template;
    private static long seed;

    @BeforeAll
    static void emptyStore() {
        seed = Long.getLong("reliability.seed", new Random().nextLong());
        System.out.println("Commit kill trials: seed " + seed + " (repeat with -Dreliability.seed=" + seed + ")");
        template = work.resolve("template");
        TestStores.open(template).close();
    }

    @Test
    void everyAcknowledgedCommitSurvivesAKill() throws Exception {
        Programs programs = new Programs(work);
        SplittableRandom random = new SplittableRandom(seed);
        List<String> lost = new ArrayList<>();
        for (int trial = 0; trial < TRIALS; trial++) {
            Path store = copyOfTemplate("commits-" + trial);
            Child child = programs.start(programs.program(CommitChild.class, "commits", store.toString(),
                    Long.toString(seed + trial)), "COMMITTED 20");
            awaitMarker(child);
            Thread.sleep(random.nextInt(1500));
            child.kill();
            int acknowledged = lastCommitted(child.out());
            int stored = storedCount(store, 1);
            System.out.println("commit kill " + trial + ": acknowledged " + acknowledged + ", stored " + stored);
            if (stored < acknowledged) {
                lost.add("trial " + trial + ": commit " + acknowledged + " was acknowledged, the store holds " + stored);
            }
        }
        assertThat(lost).as("seed " + seed).isEmpty();
    }

    @Test
    void aKillWhileTheClosingStoreRewritesItsFileLosesNothing() throws Exception {
        Programs programs = new Programs(work);
        Path reference = copyOfTemplate("close-reference");
        Child undisturbed = programs.start(programs.program(CommitChild.class, "close", reference.toString()), "CLOSING");
        assertThat(undisturbed.waitFor(START_TIMEOUT_MILLIS)).as("the undisturbed run ends").isTrue();
        assertThat(undisturbed.out()).as(undisturbed.err()).contains("CLOSED");
        long closeMillis = undisturbed.elapsedMillis() - undisturbed.markerMillis();
        // about 24 MB were written and deleted; what is left is an empty store's few hundred kilobytes
        assertThat(Files.size(new StoreSettings(reference).databaseFile())).isLessThan(4L * 1024 * 1024);
        assertThat(storedCount(reference, CommitChild.LAST_ROW)).isEqualTo(1);

        SplittableRandom random = new SplittableRandom(seed);
        List<String> lost = new ArrayList<>();
        for (int trial = 0; trial < TRIALS; trial++) {
            Path store = copyOfTemplate("close-" + trial);
            Child child = programs.start(programs.program(CommitChild.class, "close", store.toString()), "CLOSING");
            awaitMarker(child);
            long delay = random.nextLong(Math.max(1, closeMillis + closeMillis / 5));
            Thread.sleep(delay);
            child.kill();
            int stored = storedCount(store, CommitChild.LAST_ROW);
            System.out.println("close kill " + trial + " after " + delay + " of " + closeMillis + " ms: last row "
                    + (stored == 1 ? "there" : "missing"));
            if (stored != 1) {
                lost.add("trial " + trial + " (killed " + delay + " ms into a close of " + closeMillis
                        + " ms): the last committed row is missing");
            }
        }
        assertThat(lost).as("seed " + seed).isEmpty();
    }

    private static void awaitMarker(Child child) throws InterruptedException {
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MILLIS;
        while (child.markerMillis() < 0) {
            assertThat(child.alive()).as("the child is running: " + child.err()).isTrue();
            assertThat(System.currentTimeMillis()).as("the child reached its marker").isLessThan(deadline);
            Thread.sleep(5);
        }
    }

    private static int lastCommitted(String out) {
        Matcher matcher = COMMITTED.matcher(out);
        int last = 0;
        while (matcher.find()) {
            last = Integer.parseInt(matcher.group(1));
        }
        return last;
    }

    /** The probe row's count for row 1, or how many rows have the id (the last row of a close run). */
    private static int storedCount(Path store, int id) {
        try (Store opened = TestStores.open(store)) {
            String sql = id == 1 ? "select n from " + CommitChild.TABLE + " where id = 1"
                    : "select count(*) from " + CommitChild.TABLE + " where id = " + id;
            Integer value = opened.database().sqlQuery(sql).mapToScalar(Integer.class).findOne();
            return value == null ? 0 : value;
        }
    }

    private static Path copyOfTemplate(String name) throws IOException {
        Path copy = work.resolve(name);
        Files.createDirectories(copy);
        for (String file : List.of(StoreSettings.FILE_BASE_NAME + ".mv.db", KeyFile.FILE_NAME)) {
            Files.copy(template.resolve(file), copy.resolve(file));
        }
        return copy;
    }
}
