package org.inclusio.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import org.inclusio.logic.demo.DemoRegionLoader;
import org.inclusio.logic.demo.DemoScale;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.task.CancelledException;
import org.inclusio.persistence.Store;

/**
 * The synthetic stores the benchmark measures, generated with {@link DemoRegionLoader} from a fixed
 * seed and a fixed day, and kept in the work directory so that a second run reuses them. A store
 * counts as built only once its generation finished (a marker file beside it).
 */
final class BenchmarkStores {

    /** The day the generated year ends on: fixed, so every machine gets the same data. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-30T10:00:00Z"), ZoneOffset.UTC);
    private static final int TEAMS = 50;
    private static final int PER_ACTIVITY = 10;
    private static final int ACTIVITIES_PER_PERSON = 5;

    private final Path workDirectory;
    private final long seed;

    BenchmarkStores(Path workDirectory, long seed) {
        this.workDirectory = workDirectory;
        this.seed = seed;
    }

    /** The scale for a number of activities: 50 teams, one person per five activities, ten participations each. */
    static DemoScale scale(int activities) {
        int people = Math.max(activities / ACTIVITIES_PER_PERSON, TEAMS * DemoScale.PEOPLE_PER_TEAM + TEAMS);
        return DemoScale.of(activities, people, TEAMS, PER_ACTIVITY);
    }

    /** A built store of that many activities; null seconds when it was already there. */
    record Built(Path directory, Double generationSeconds) {
    }

    /** The store with that many activities, generated now unless an earlier run left it complete. */
    Built store(int activities) {
        return build(workDirectory.resolve("store-" + activities + "-" + seed), activities, false);
    }

    /** The same data in a store in clear: the baseline of what encryption costs. */
    Built clearStore(int activities) {
        return build(workDirectory.resolve("store-" + activities + "-" + seed + "-clear"), activities, true);
    }

    private Built build(Path directory, int activities, boolean clear) {
        Path done = directory.resolve("generated.ok");
        if (Files.exists(done)) {
            return new Built(directory, null);
        }
        deleteTree(directory);
        long started = System.nanoTime();
        try (Store store = clear ? new org.inclusio.persistence.StoreFactory().createInClear(directory)
                : org.inclusio.testing.TestStores.open(directory)) {
            Localization texts = new Localization(Locale.ENGLISH);
            new DemoRegionLoader(Locale.ENGLISH, CLOCK).load(store.database(), scale(activities), seed,
                    null);
        } catch (CancelledException e) {
            throw new IllegalStateException("generation cancelled", e);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        try {
            Files.writeString(done, "generated\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Built(directory, seconds);
    }

    /** An encrypted store with the tests' passphrase and no records: what a first start has made. */
    Path emptyStore() {
        Path directory = workDirectory.resolve("store-empty");
        if (!Files.exists(directory.resolve("inclusio.mv.db"))) {
            deleteTree(directory);
            org.inclusio.testing.TestStores.open(directory).close();
        }
        return directory;
    }

    /** A new, empty directory for a store that is thrown away after the measurement. */
    Path freshDirectory(String name) {
        Path directory = workDirectory.resolve(name);
        deleteTree(directory);
        return directory;
    }

    static void deleteTree(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
