package org.inclusio.benchmark;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.inclusio.logic.analysis.AnalysisFilter;
import org.inclusio.logic.analysis.Suppression;
import org.inclusio.logic.analysis.rules.ExclusionDetector;
import org.inclusio.logic.analysis.rules.Finding;
import org.inclusio.logic.analysis.rules.RuleParameterStore;
import org.inclusio.logic.analysis.rules.builtin.BuiltInRules;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.persistence.Store;
import org.inclusio.persistence.analytics.AnalyticsReplica;
import org.inclusio.persistence.analytics.StoreAggregates;

/**
 * Exclusion detection alone, as {@link AnalysisBenchmark} times it (the column copy made first, one
 * warm-up, a different first day per run), against the same figures in DuckDB, with the process's CPU
 * time beside the wall time; optionally writes every finding and their digest, to compare two versions
 * of the program on the same store. Options: {@code --scale N} (10000) {@code --runs N} (5)
 * {@code --work DIR} (target/benchmark-work) {@code --findings FILE} (none).
 */
public final class ExclusionTiming {

    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private ExclusionTiming() {
    }

    public static void main(String[] args) throws Exception {
        int scale = 10_000;
        int runs = 5;
        Path work = Path.of("target", "benchmark-work");
        Path findingsFile = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--scale" -> scale = Integer.parseInt(args[i + 1]);
                case "--runs" -> runs = Integer.parseInt(args[i + 1]);
                case "--work" -> work = Path.of(args[i + 1]);
                case "--findings" -> findingsFile = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Path directory = new BenchmarkStores(work, 20_250_630L).store(scale).directory();
        try (Store store = org.inclusio.testing.TestStores.open(directory);
             Connection jdbc = store.jdbcConnection();
             DuckDbBaseline duck = DuckDbBaseline.load(jdbc);
             AnalyticsReplica replica = new AnalyticsReplica(store::jdbcConnection,
                     new StoreAggregates(store.database()))) {
            replica.refresh();
            ExclusionDetector detector = new ExclusionDetector(store.database(), replica, BuiltInRules.all(),
                    new RuleParameterStore(store.database()), new Localization(Locale.ENGLISH), BenchmarkStores.CLOCK,
                    Suppression.standard());
            Connection analyst = duck.connection();
            List<Finding> findings = detector.evaluate(filter(-1));
            BaselineSql.exclusion(analyst, day(-1));
            List<Double> wall = new ArrayList<>();
            List<Double> cpu = new ArrayList<>();
            List<Double> duckWall = new ArrayList<>();
            List<Double> duckCpu = new ArrayList<>();
            for (int run = 0; run < runs; run++) {
                long cpuStart = cpuNanos();
                long started = System.nanoTime();
                detector.evaluate(filter(run));
                wall.add((System.nanoTime() - started) / 1e9);
                cpu.add((cpuNanos() - cpuStart) / 1e9);
                cpuStart = cpuNanos();
                started = System.nanoTime();
                BaselineSql.exclusion(analyst, day(run));
                duckWall.add((System.nanoTime() - started) / 1e9);
                duckCpu.add((cpuNanos() - cpuStart) / 1e9);
            }
            System.out.printf(Locale.ROOT, "scale %d, %d findings%n", scale, findings.size());
            System.out.printf(Locale.ROOT, "program wall median %.3f s %s%n", median(wall), wall);
            System.out.printf(Locale.ROOT, "program cpu  median %.3f s %s%n", median(cpu), cpu);
            System.out.printf(Locale.ROOT, "duckdb  wall median %.3f s %s%n", median(duckWall), duckWall);
            System.out.printf(Locale.ROOT, "duckdb  cpu  median %.3f s %s%n", median(duckCpu), duckCpu);
            System.out.printf(Locale.ROOT, "ratio wall %.2f, cpu %.2f%n", median(wall) / median(duckWall),
                    median(cpu) / median(duckCpu));
            if (findingsFile != null) {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                StringBuilder all = new StringBuilder();
                for (Finding finding : findings) {
                    String line = finding + "\n";
                    digest.update(line.getBytes(StandardCharsets.UTF_8));
                    all.append(line);
                }
                Files.writeString(findingsFile, all);
                System.out.println("digest " + HexFormat.of().formatHex(digest.digest()));
            }
        }
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static LocalDate day(int run) {
        return EARLIEST.plusDays(run + 10L);
    }

    private static AnalysisFilter filter(int run) {
        return AnalysisFilter.all().withPeriod(day(run), null);
    }
}
