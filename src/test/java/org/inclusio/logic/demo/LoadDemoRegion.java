package org.inclusio.logic.demo;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.inclusio.logic.store.StoreInfoService;
import org.inclusio.logic.task.BackgroundTask;
import org.inclusio.persistence.Store;

/**
 * Loads a demo region into a new file store by hand and prints how long it took, for measuring
 * the large scale; not part of the test suite. Arguments: the store directory, {@code example} or
 * {@code large}, and optionally a seed.
 */
public final class LoadDemoRegion {

    private static final long MIB = 1024 * 1024;

    private LoadDemoRegion() {
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
    }

    public static void main(String[] args) throws Exception {
        Path directory = Path.of(args[0]);
        DemoScale scale = args.length > 1 && args[1].equals("example") ? DemoScale.EXAMPLE : DemoScale.LARGE;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1L;
        DemoRegionLoader loader = new DemoRegionLoader(Locale.ENGLISH, Clock.systemDefaultZone());
        BackgroundTask<Void> task = BackgroundTask.of("demo", t -> null);
        long start;
        try (Store store = org.inclusio.testing.TestStores.open(directory)) {
            start = System.nanoTime();
            DemoSummary summary = loader.load(store.database(), scale, seed, task);
            Duration loading = Duration.ofNanos(System.nanoTime() - start);
            store.checkpoint();
            Duration withCheckpoint = Duration.ofNanos(System.nanoTime() - start);
            Runtime runtime = Runtime.getRuntime();
            System.out.println("scale " + scale);
            System.out.println("written " + summary);
            System.out.println("counted " + new StoreInfoService(store.database()).counts());
            System.out.println("load " + loading.toMillis() + " ms, with checkpoint " + withCheckpoint.toMillis()
                    + " ms, heap in use " + (runtime.totalMemory() - runtime.freeMemory()) / MIB + " MiB, peak "
                    + peakHeap() / MIB + " MiB of " + runtime.maxMemory() / MIB + " MiB");
        }
        System.out.println("load, checkpoint and close " + Duration.ofNanos(System.nanoTime() - start).toMillis() + " ms");
        System.exit(0);
    }
}
