package org.inclusio.benchmark;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Cold start: starts a new JVM per run with {@link StartupProbe}, once for a bare JavaFX window and
 * once for the application on a store, and times from process start until the probe reports the
 * window usable (for the application: the activity register shows rows). The application runs also
 * report the heap the open window retains. JavaFX runs on Monocle's headless platform with software
 * rendering, so the benchmark needs no display.
 */
final class ColdStartBenchmark {

    private static final long TIMEOUT_SECONDS = 300;

    /**
     * Start-up seconds of the application and the bare window, and the application's retained heap in MB; for
     * the starts through the unlock screen also the seconds until the passphrase was typed (the unlock screen
     * usable) and until the main window's frame appeared (null where the start has no such phase).
     */
    record Result(Samples application, Samples bareWindow, Samples heapMegabytes, Samples unlockShown,
                  Samples frameShown) {
    }

    private ColdStartBenchmark() {
    }

    /**
     * Alternates bare-window and application starts, {@code runs} of each after one warm-up of each.
     *
     * @param mode what the application start waits for ({@link StartupProbe}): {@code app} the register's rows,
     *             {@code empty} the welcome to an empty store, {@code first} "Create a new store"
     */
    static Result measure(String mode, Path storeDirectory, Path workDirectory, int runs) throws Exception {
        List<String> app = List.of(mode, "--store=" + storeDirectory);
        start(List.of("bare"), workDirectory);
        start(app, workDirectory);
        List<Double> appSeconds = new ArrayList<>();
        List<Double> bareSeconds = new ArrayList<>();
        List<Double> heap = new ArrayList<>();
        List<Double> unlock = new ArrayList<>();
        List<Double> frame = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            bareSeconds.add(start(List.of("bare"), workDirectory).seconds());
            Start started = start(app, workDirectory);
            appSeconds.add(started.seconds());
            heap.add(started.heapBytes() / (1024.0 * 1024.0));
            if (started.unlockSeconds() != null) {
                unlock.add(started.unlockSeconds());
            }
            if (started.frameSeconds() != null) {
                frame.add(started.frameSeconds());
            }
        }
        return new Result(new Samples(appSeconds), new Samples(bareSeconds), new Samples(heap),
                unlock.size() == runs ? new Samples(unlock) : null, frame.size() == runs ? new Samples(frame) : null);
    }

    private record Start(double seconds, long heapBytes, Double unlockSeconds, Double frameSeconds, boolean relaunched,
                         Map<String, Double> resources) {
    }

    /**
     * What the open window costs on the store ({@link WindowResources}): seconds from the register's rows until the
     * process is idle, resident memory then, seconds until the Analysis area shows the matrix and until it is idle
     * again, resident memory after that and the process's peak, in MB.
     */
    record Resources(Samples settle, Samples idle, Samples matrix, Samples analysis, Samples afterAnalysis,
                     Samples peak) {
    }

    /**
     * Starts the application {@code runs} times on the store with the given JVM options (the installed launcher's)
     * and measures what the open window costs.
     */
    static Resources measureResources(Path storeDirectory, Path workDirectory, int runs, List<String> jvmOptions)
            throws Exception {
        Map<String, List<Double>> figures = new java.util.LinkedHashMap<>();
        for (int run = 0; run < runs; run++) {
            List<String> command = new ArrayList<>(childOptions(workDirectory));
            command.addAll(1, jvmOptions);
            command.addAll(List.of("-cp", classPath(), StartupProbe.class.getName(), "resources",
                    "--store=" + storeDirectory));
            Start started = run(command, Map.of(), "resources");
            for (String name : List.of("settle", "idle", "matrix", "analysis", "afterAnalysis", "peak")) {
                Double value = started.resources().get(name);
                if (value == null || value < 0) {
                    throw new IllegalStateException("the window's resources were not measured: " + name);
                }
                boolean kilobytes = !List.of("settle", "matrix", "analysis").contains(name);
                figures.computeIfAbsent(name, k -> new ArrayList<>()).add(kilobytes ? value / 1024.0 : value);
            }
        }
        return new Resources(new Samples(figures.get("settle")), new Samples(figures.get("idle")),
                new Samples(figures.get("matrix")), new Samples(figures.get("analysis")),
                new Samples(figures.get("afterAnalysis")), new Samples(figures.get("peak")));
    }

    /**
     * The class path the benchmark itself was loaded from: the class loader's entries when it runs
     * inside Maven ({@code exec:java}), otherwise the JVM's class path.
     */
    static String classPath() {
        if (ColdStartBenchmark.class.getClassLoader() instanceof URLClassLoader loader) {
            List<String> entries = new ArrayList<>();
            for (URL url : loader.getURLs()) {
                try {
                    entries.add(Path.of(url.toURI()).toString());
                } catch (URISyntaxException e) {
                    throw new IllegalStateException("not a file on the class path: " + url, e);
                }
            }
            return String.join(File.pathSeparator, entries);
        }
        return System.getProperty("java.class.path");
    }

    /** The runtime's options every child gets: Monocle's headless platform, its own caches and preferences. */
    private static List<String> childOptions(Path workDirectory) {
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Djava.awt.headless=true", "-Dheadless.geometry=1366x768-32",
                "-Djavafx.cachedir=" + workDirectory.resolve("javafx-cache"),
                "-Djava.util.prefs.userRoot=" + workDirectory.resolve("prefs"),
                "-Duser.language=en", "-Duser.country=GB");
    }

    private static Start start(List<String> probeArguments, Path workDirectory) throws IOException,
            InterruptedException {
        List<String> command = new ArrayList<>(childOptions(workDirectory));
        command.addAll(List.of("-cp", classPath(), StartupProbe.class.getName()));
        command.addAll(probeArguments);
        return run(command, Map.of(), probeArguments.get(0));
    }

    /**
     * What the jar starts of {@link #measureJar} gave: the application without and with its class-data archive,
     * the bare window alternated with them, the start that wrote the archive (until the window was usable, and
     * until its runtime had ended, which includes writing the archive) and the archive's size.
     */
    record JarResult(Samples withoutArchive, Samples withArchive, Samples bareWindow, double writingStart,
                     double writingStartEnded, long archiveBytes) {
    }

    /**
     * The application started as {@code java -jar} on a copy of the built jar that also carries the probe
     * ({@link ProbeJar}), with the store given by {@code INCLUSIO_STORE} so that the start takes the launcher's path
     * without arguments, as a start from the desktop does. A first start in an empty cache folder writes the archive
     * (the launcher's first start of a jar); then {@code runs} rounds of a bare window, a start with
     * {@code -Dinclusio.cds=off} and a start with the archive.
     */
    static JarResult measureJar(String mode, Path storeDirectory, Path workDirectory, int runs, Path probeJar)
            throws Exception {
        Path cache = workDirectory.resolve("cds-cache-" + mode).toAbsolutePath();
        ProbeJar.deleteTree(cache);
        java.nio.file.Files.createDirectories(cache);
        Map<String, String> environment = Map.of("INCLUSIO_STORE", storeDirectory.toAbsolutePath().toString(),
                "XDG_CACHE_HOME", cache.toString());
        start(List.of("bare"), workDirectory);
        long began = System.nanoTime();
        Start writing = run(jarCommand(mode, workDirectory, probeJar, true), environment, mode);
        double writingEnded = (System.nanoTime() - began) / 1e9;
        long archiveBytes = 0;
        try (var files = java.nio.file.Files.walk(cache)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (file.getFileName().toString().endsWith(".jsa")) {
                    archiveBytes = java.nio.file.Files.size(file);
                }
            }
        }
        if (archiveBytes == 0) {
            throw new IllegalStateException("the first start as java -jar wrote no class-data archive");
        }
        List<Double> without = new ArrayList<>();
        List<Double> with = new ArrayList<>();
        List<Double> bare = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            bare.add(start(List.of("bare"), workDirectory).seconds());
            Start plain = run(jarCommand(mode, workDirectory, probeJar, false), environment, mode);
            if (plain.relaunched()) {
                throw new IllegalStateException("a start with the archive switched off was re-executed");
            }
            without.add(plain.seconds());
            Start archived = run(jarCommand(mode, workDirectory, probeJar, true), environment, mode);
            if (!archived.relaunched()) {
                throw new IllegalStateException("a start with the archive was not re-executed with it");
            }
            with.add(archived.seconds());
        }
        return new JarResult(new Samples(without), new Samples(with), new Samples(bare), writing.seconds(),
                writingEnded, archiveBytes);
    }

    private static List<String> jarCommand(String mode, Path workDirectory, Path probeJar, boolean archive) {
        List<String> command = new ArrayList<>(childOptions(workDirectory));
        command.add("-Djavafx.preloader=" + ProbePreloader.class.getName());
        command.add("-D" + ProbePreloader.MODE_PROPERTY + "=" + mode);
        if (!archive) {
            command.add("-Dinclusio.cds=off");
        }
        command.addAll(List.of("-jar", probeJar.toString()));
        return command;
    }

    private static Start run(List<String> command, Map<String, String> environment, String mode)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        long started = System.nanoTime();
        long startedMillis = System.currentTimeMillis();
        Process process = builder.start();
        Double seconds = null;
        Double unlock = null;
        Double frame = null;
        boolean relaunched = false;
        long heap = -1;
        Map<String, Double> resources = new java.util.HashMap<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (seconds == null && line.equals(StartupProbe.MARKER)) {
                    seconds = (System.nanoTime() - started) / 1e9;
                } else if (line.startsWith(StartupProbe.PHASE_PREFIX)) {
                    String[] phase = line.substring(StartupProbe.PHASE_PREFIX.length()).trim().split(" ");
                    double at = (Long.parseLong(phase[1]) - startedMillis) / 1e3;
                    if (phase[0].equals("unlock")) {
                        unlock = at;
                    } else if (phase[0].equals("frame")) {
                        frame = at;
                    }
                } else if (line.startsWith(StartupProbe.HEAP_PREFIX)) {
                    heap = Long.parseLong(line.substring(StartupProbe.HEAP_PREFIX.length()).trim());
                } else if (line.startsWith(WindowResources.PREFIX)) {
                    String[] figure = line.substring(WindowResources.PREFIX.length()).trim().split(" ");
                    resources.put(figure[0], Double.parseDouble(figure[1]));
                } else if (line.startsWith(StartupProbe.RELAUNCHED_PREFIX)) {
                    relaunched = Boolean.parseBoolean(line.substring(StartupProbe.RELAUNCHED_PREFIX.length()).trim());
                }
            }
        }
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        if (seconds == null) {
            throw new IllegalStateException("the window did not become usable: " + mode);
        }
        return new Start(seconds, heap, unlock, frame, relaunched, resources);
    }
}
