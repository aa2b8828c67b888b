package org.inclusio.benchmark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Measures Inclusio on synthetic stores and compares each figure with a baseline measured in the
 * same run: cold start against a bare JavaFX window, each analysis against hand-written SQL (and its
 * growth with the store's size), opening the activity register on the large store against a small
 * one (and the heap the open window retains), and inserting activities through the application's
 * persistence path against plain JDBC batches. Prints a table and writes JSON and CSV.
 * Run it as README "Benchmark" says; {@link BenchmarkOptions#USAGE} lists the options.
 */
public final class Benchmark {

    private final BenchmarkOptions options;
    private final BenchmarkStores stores;
    private final List<Figure> figures = new ArrayList<>();

    Benchmark(BenchmarkOptions options) {
        this.options = options;
        this.stores = new BenchmarkStores(options.work(), options.seed());
    }

    public static void main(String[] args) throws Exception {
        BenchmarkOptions options;
        try {
            options = BenchmarkOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        ResultReport report = new Benchmark(options).run();
        System.out.print(report.table());
        System.out.println("Written: " + options.out() + " and " + options.csv());
        System.exit(0);
    }

    /** Runs every measurement, writes the result files and gives the report. */
    ResultReport run() throws Exception {
        int runs = options.runs();

        if (options.includes("startup")) {
            progress("cold start");
            ColdStartBenchmark.Result start = ColdStartBenchmark.measure("app", prepare(options.scale(), true),
                    options.work(), runs);
            add("startup.cold", "Cold start to usable window (" + count(options.scale()) + ")", "s",
                    start.application(), start.bareWindow(), Target.ratioAtMost(1.3));
            addPhases("startup.cold", count(options.scale()), start);
            add("register.heap", "Retained heap, register open (" + count(options.scale()) + ")", "MB",
                    start.heapMegabytes(), null, Target.below(256));
            progress("first start on an empty store");
            ColdStartBenchmark.Result empty = ColdStartBenchmark.measure("empty", stores.emptyStore(), options.work(),
                    runs);
            add("startup.empty", "Cold start on an empty store to its welcome", "s", empty.application(),
                    empty.bareWindow(), Target.ratioAtMost(1.2));
            addPhases("startup.empty", "empty store", empty);
            progress("first start without a store");
            ColdStartBenchmark.Result first = ColdStartBenchmark.measure("first", stores.freshDirectory("store-none"),
                    options.work(), runs);
            add("startup.first", "First start without a store to \"Create a new store\"", "s", first.application(),
                    first.bareWindow(), Target.ratioAtMost(1.2));
        }
        if (options.includes("startup-jar")) {
            Path jar = ProbeJar.write(Path.of("target", "inclusio.jar"), options.work().resolve("probe-jar"));
            measureJar("cold", "app", prepare(options.scale(), true), count(options.scale()) + " store, register rows",
                    1.3, jar);
            measureJar("empty", "empty", stores.emptyStore(), "empty store, welcome", 1.2, jar);
            measureJar("first", "first", stores.freshDirectory("store-none"), "no store, \"Create a new store\"", 1.2,
                    jar);
        }
        if (options.includes("register")) {
            Path large = prepare(options.scale(), true);
            Path small = prepare(options.small(), false);
            progress("activity register");
            add("register.open", "Open activity register (" + count(options.scale()) + " vs "
                    + count(options.small()) + ")", "s", RegisterBenchmark.measure(large, runs),
                    RegisterBenchmark.measure(small, runs), Target.ratioAtMost(1.2));
        }
        if (options.includes("analyses")) {
            progress("analyses");
            Map<Integer, Map<String, AnalysisBenchmark.Timing>> growth = new LinkedHashMap<>();
            for (int scale : options.growthScales()) {
                growth.put(scale, AnalysisBenchmark.measure(prepare(scale, scale == options.scale()), runs,
                        scale <= options.scale()));
            }
            Map<String, AnalysisBenchmark.Timing> onLarge = growth.get(options.scale());
            for (String name : AnalysisBenchmark.NAMES) {
                AnalysisBenchmark.Timing timing = onLarge.get(name);
                add("analysis." + name, "Analysis " + name + " (" + count(options.scale()) + ") vs SQL", "s",
                        timing.application(), timing.baseline(), Target.ratioAtMost(1.5));
                add("analysis." + name + ".duckdb", "Analysis " + name + " (" + count(options.scale()) + ") vs DuckDB",
                        "s", timing.application(), timing.duckdb(), Target.ratioAtMost(2.0));
            }
            add("analysis.copy", "Column copy for analyses (" + count(options.scale()) + "), once", "s",
                    onLarge.get(AnalysisBenchmark.COPY).application(), null, null);
            addGrowth(growth);
        }
        if (options.includes("writes")) {
            Path store = prepare(options.scale(), true);
            progress("counts and saves");
            WriteBenchmark.Result writes = WriteBenchmark.measure(store, runs);
            String large = " (" + count(options.scale()) + ")";
            add("counts.first", "Store counts, first after opening" + large, "s", writes.countsFirst(), null,
                    Target.below(0.1));
            add("counts.all", "Store counts after a save" + large, "s", writes.counts(), null, Target.below(0.1));
            add("counts.registers", "Status bar counts after a save" + large, "s", writes.registers(), null, Target.below(0.1));
            add("edit.save", "Save an edit of a " + WriteBenchmark.PARTICIPANTS + "-person activity" + large, "s",
                    writes.edit(), null, Target.below(0.1));
            add("edit.copy", "Column copy brought up to date after that save vs copied whole" + large, "s",
                    writes.refreshAfterEdit(), writes.fullCopy(), null);
        }
        if (options.includes("memory")) {
            if (CliMemoryBenchmark.supported()) {
                Path store = prepare(options.scale(), true);
                progress("command-line peak memory");
                List<String> jvmOptions = CliMemoryBenchmark.launcherOptions(Path.of("pom.xml"));
                for (Map.Entry<String, Samples> peak : CliMemoryBenchmark.measure(store, options.work().resolve("cli"),
                        jvmOptions).entrySet()) {
                    add("memory.cli." + peak.getKey(), "Command line peak memory, "
                            + String.join(" ", CliMemoryBenchmark.COMMANDS.get(peak.getKey())) + " ("
                            + count(options.scale()) + ")", "MB", peak.getValue(), null, Target.below(512));
                }
            } else {
                progress("command-line peak memory: not measured (needs Linux's /proc)");
            }
        }
        if (options.includes("window")) {
            if (CliMemoryBenchmark.supported()) {
                Path store = prepare(options.scale(), true);
                progress("the open window's idle time and memory");
                ColdStartBenchmark.Resources window = ColdStartBenchmark.measureResources(store, options.work(), runs,
                        CliMemoryBenchmark.launcherOptions(Path.of("pom.xml")));
                String large = " (" + count(options.scale()) + ")";
                add("window.settle", "Window idle after the register's rows" + large, "s", window.settle(), null,
                        Target.below(1));
                add("window.rss.idle", "Window resident memory, idle" + large, "MB", window.idle(), null,
                        Target.below(512));
                add("window.matrix", "Analysis area to the matrix" + large, "s", window.matrix(), null, null);
                add("window.analysis", "Analysis area until idle again" + large, "s", window.analysis(), null, null);
                add("window.rss.analysis", "Window resident memory, Analysis area open" + large, "MB",
                        window.afterAnalysis(), null, null);
                add("window.rss.peak", "Window resident memory, peak" + large, "MB", window.peak(), null,
                        Target.below(768));
            } else {
                progress("the open window's memory: not measured (needs Linux's /proc)");
            }
        }
        if (options.includes("inserts")) {
            progress("inserts");
            AnalysisBenchmark.Timing inserts = InsertBenchmark.measure(stores, options.inserts(), runs);
            add("insert.throughput", "Insert " + count(options.inserts()) + " activities vs JDBC", "rows/s",
                    inserts.application(), inserts.baseline(), Target.ratioAtLeast(0.6));
            AnalysisBenchmark.Timing audit = InsertBenchmark.measureAudit(stores, options.inserts(), runs);
            add("insert.audit", "Insert " + count(options.inserts()) + " activities, audit entry per row vs one summary",
                    "rows/s", audit.application(), audit.baseline(), Target.ratioAtLeast(0.5));
        }

        if (options.includes("security")) {
            progress("encryption and passphrase");
            SecurityBenchmark.Result security = SecurityBenchmark.measure(stores, options.small(), options.inserts(),
                    runs);
            add("security.unlock", "Unlock and open an encrypted store (" + count(options.small())
                    + ") vs open in clear", "s", security.unlock(), security.clearOpen(), null);
            add("security.passphrase", "Change the passphrase", "s", security.passphraseChange(), null,
                    Target.below(1.0));
            add("security.matrix", "Matrix, encrypted vs clear store (" + count(options.small()) + ")", "s",
                    security.matrixEncrypted(), security.matrixClear(), null);
            add("security.exclusion", "Exclusion detection, encrypted vs clear store (" + count(options.small())
                    + ")", "s", security.exclusionEncrypted(), security.exclusionClear(), null);
            add("security.insert", "Insert " + count(options.inserts()) + " activities, encrypted vs clear store",
                    "rows/s", security.insertEncrypted(), security.insertClear(), null);
        }

        ResultReport report = new ResultReport(figures);
        report.writeJson(options.out(), environment());
        report.writeCsv(options.csv());
        return report;
    }

    /** One start as java -jar, without and with the class-data archive, each against the bare window. */
    private void measureJar(String name, String mode, Path store, String label, double target, Path jar)
            throws Exception {
        progress("java -jar, " + label);
        ColdStartBenchmark.JarResult result = ColdStartBenchmark.measureJar(mode, store, options.work(),
                options.runs(), jar);
        String id = "startup.jar." + name;
        add(id, "java -jar without archive (" + label + ")", "s", result.withoutArchive(), result.bareWindow(),
                Target.ratioAtMost(target));
        add(id + ".archive", "java -jar with archive (" + label + ")", "s", result.withArchive(), result.bareWindow(),
                Target.ratioAtMost(target));
        add(id + ".writing", "java -jar, start that writes the archive: usable window", "s",
                Samples.of(result.writingStart()), null, null);
        add(id + ".writing.ended", "java -jar, start that writes the archive: runtime ended", "s",
                Samples.of(result.writingStartEnded()), null, null);
        add(id + ".archive.size", "Class-data archive written by the first start", "MB",
                Samples.of(result.archiveBytes() / (1024.0 * 1024.0)), null, null);
    }

    /** When the unlock screen was answered and when the main window's frame appeared, without a baseline. */
    private void addPhases(String id, String store, ColdStartBenchmark.Result start) {
        if (start.unlockShown() != null) {
            add(id + ".unlock", "Cold start, unlock screen answered (" + store + ")", "s", start.unlockShown(), null,
                    null);
        }
        if (start.frameShown() != null) {
            add(id + ".frame", "Cold start, main window frame shown (" + store + ")", "s", start.frameShown(), null,
                    null);
        }
    }

    /** The store of that size, generated unless kept from an earlier run; reports the generation time. */
    private Path prepare(int activities, boolean main) {
        progress("store of " + count(activities) + " activities");
        BenchmarkStores.Built built = stores.store(activities);
        if (built.generationSeconds() != null) {
            add("generator." + activities, "Generate " + count(activities) + " activities (one run)", "s",
                    Samples.of(built.generationSeconds()), null, main && activities >= 100_000
                            ? Target.below(60) : null);
        }
        return built.directory();
    }

    /** Per analysis: its median time on each store of the series, and the growth exponent between them. */
    private void addGrowth(Map<Integer, Map<String, AnalysisBenchmark.Timing>> growth) {
        List<Integer> scales = new ArrayList<>(growth.keySet());
        for (String name : AnalysisBenchmark.NAMES) {
            for (int scale : scales) {
                if (scale != options.scale()) {
                    add("analysis." + name + "." + scale, "Analysis " + name + " (" + count(scale) + ") vs SQL", "s",
                            growth.get(scale).get(name).application(), growth.get(scale).get(name).baseline(), null);
                    add("analysis." + name + ".duckdb." + scale, "Analysis " + name + " (" + count(scale) + ") vs DuckDB",
                            "s", growth.get(scale).get(name).application(), growth.get(scale).get(name).duckdb(), null);
                }
            }
            for (int i = 1; i < scales.size(); i++) {
                int from = scales.get(i - 1);
                int to = scales.get(i);
                AnalysisBenchmark.Timing before = growth.get(from).get(name);
                AnalysisBenchmark.Timing after = growth.get(to).get(name);
                String range = count(from) + " -> " + count(to);
                add("growth." + name + "." + from + "-" + to, "Growth exponent " + name + " " + range, "exp",
                        Samples.of(exponent(before.application(), after.application(), from, to)), null,
                        Target.below(1.1));
                // the hand-written SQL's growth over the same stores, for comparison (not run above the large store)
                if (before.baseline() != null && after.baseline() != null) {
                    add("growth." + name + ".sql." + from + "-" + to, "Growth exponent " + name + " SQL " + range, "exp",
                            Samples.of(exponent(before.baseline(), after.baseline(), from, to)), null, null);
                }
            }
        }
    }

    /** The exponent k of time = c * activities^k between two stores (1 is linear). */
    private static double exponent(Samples before, Samples after, int from, int to) {
        return Math.log(after.median() / before.median()) / Math.log((double) to / from);
    }


    /** Keeps the figure and prints it at once, so a long run shows what it has measured so far. */
    private void add(String name, String label, String unit, Samples samples, Samples baseline, Target target) {
        Figure figure = new Figure(name, label, unit, samples, baseline, target);
        figures.add(figure);
        System.out.print("benchmark: " + new ResultReport(List.of(figure)).rows());
        System.out.flush();
    }

    private static String count(int n) {
        return n >= 1_000_000 && n % 1_000_000 == 0 ? n / 1_000_000 + "M"
                : n >= 1_000 && n % 1_000 == 0 ? n / 1_000 + "k" : Integer.toString(n);
    }

    private static void progress(String step) {
        System.out.println("benchmark: " + step);
        System.out.flush();
    }

    private static String environment() {
        Runtime runtime = Runtime.getRuntime();
        return String.format(Locale.ROOT, "%d cores, max heap %d MB, Java %s, %s %s", runtime.availableProcessors(),
                runtime.maxMemory() / (1024 * 1024), System.getProperty("java.version"),
                System.getProperty("os.name"), System.getProperty("os.arch"));
    }
}
