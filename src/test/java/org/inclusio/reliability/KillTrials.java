package org.inclusio.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.inclusio.persistence.SchemaVersions;
import org.inclusio.persistence.StoreProbe;
import org.inclusio.persistence.StoreSettings;

/**
 * Kills the program with {@code kill -9} at a random point of a phase and checks what is left: the
 * store opens again within a time-out (beyond it the trial counts as a hung open), nothing
 * acknowledged is missing, one command's work is there completely or not at all, and no store was
 * started over. Each phase is first run once undisturbed; that run provides the reference figures
 * and the window in which the kills fall, measured from a point the child signals (its store file
 * appearing, its first progress percentage, or a marker line). Random choices come from one seed.
 */
final class KillTrials {

    /** The longest an undisturbed command may take before it counts as hung. */
    static final long COMMAND_TIMEOUT_MILLIS = 120_000;
    private static final String MV_DB = StoreSettings.FILE_BASE_NAME + ".mv.db";
    private static final long POLL_MILLIS = 2;
    private static final String MIGRATION = "migration";
    private static final String MIGRATIONS_DONE = "migrations completed";
    /** The exit status of a process ended by SIGKILL. */
    private static final int KILLED_EXIT = 128 + 9;

    private final Path work;
    private final long seed;
    private final long openTimeoutMillis;
    private final Programs programs;

    private final Map<Phase, Long> windows = new EnumMap<>(Phase.class);
    private Trigger setUpTrigger;
    private long setUpFocus;
    private Path demoTemplate;
    private Path emptyTemplate;
    private Path referenceExport;
    private Map<String, Long> completeCounts;
    private Map<String, Integer> referenceSections;
    private Path upgradeClassPath;
    private String upgradeVersion;
    private Map<String, String> upgradedReference;

    KillTrials(Path work, long seed, long openTimeoutMillis) {
        this.work = work.toAbsolutePath();
        this.seed = seed;
        this.openTimeoutMillis = openTimeoutMillis;
        this.programs = new Programs(this.work);
    }

    long seed() {
        return seed;
    }

    Programs programs() {
        return programs;
    }

    Path work() {
        return work;
    }

    /** The counts of a complete example region, as {@code info} shows them. */
    Map<String, Long> completeCounts() throws IOException, InterruptedException {
        prepareBase();
        return completeCounts;
    }

    /** An interchange file of the complete example region. */
    Path referenceExport() throws IOException, InterruptedException {
        prepare(Phase.EXPORT);
        return referenceExport;
    }

    /** A fresh copy of an example-region store in the given folder. */
    void copyDemoStore(Path into) throws IOException, InterruptedException {
        prepareBase();
        Checks.copyFolder(demoTemplate, into);
    }

    /** A fresh copy of an empty store (tables, no records) in the given folder. */
    void copyEmptyStore(Path into) throws IOException, InterruptedException {
        prepareBase();
        Checks.copyFolder(emptyTemplate, into);
    }

    /** How the phase's kills are timed, for the record. */
    String timing(Phase phase) throws IOException, InterruptedException {
        long window = window(phase);
        return phase == Phase.SETUP
                ? "from " + setUpTrigger + " + 0.." + window + " ms (half of them within " + setUpFocus + " ms)"
                : "from " + (phase == Phase.UPGRADE ? Trigger.MARKER : Trigger.PROGRESS) + " + 0.." + window + " ms";
    }

    /** The window (milliseconds after the phase's signal) kills of this phase fall into. */
    long window(Phase phase) throws IOException, InterruptedException {
        if (phase == Phase.SETUP) {
            prepareBase();
        } else {
            prepare(phase);
        }
        return windows.get(phase);
    }

    // ---------------------------------------------------------------- preparation

    private void prepareBase() throws IOException, InterruptedException {
        if (demoTemplate != null) {
            return;
        }
        Path templates = work.resolve("templates");
        Checks.deleteFolder(templates);
        Files.createDirectories(templates);
        Path demo = templates.resolve("demo");
        Watched first = watch(programs.launcher(demo, "demo"), Trigger.MIGRATION_LOG, demo);
        requireSuccess("demo on a new folder", first.result);
        long loadStarts = first.progressMillis >= 0 ? first.progressMillis : first.result.millis();
        if (first.triggerMillis >= 0) {
            // kills from the moment the migrations start: half of them while they run, half until the load starts
            setUpTrigger = Trigger.MIGRATION_LOG;
            windows.put(Phase.SETUP, Math.max(50, loadStarts - first.triggerMillis));
            setUpFocus = first.doneMillis >= 0 ? Math.max(20, first.doneMillis - first.triggerMillis)
                    : windows.get(Phase.SETUP);
        } else {
            // the program no longer says when it migrates: from the store file's appearance to the load
            setUpTrigger = Trigger.STORE_FILE;
            windows.put(Phase.SETUP, Math.max(50, loadStarts));
            setUpFocus = windows.get(Phase.SETUP);
        }
        Programs.Result info = programs.run(programs.launcher(demo, "info"), COMMAND_TIMEOUT_MILLIS);
        requireSuccess("info on the example store", info);
        completeCounts = Checks.infoCounts(info.out());
        if (completeCounts.isEmpty() || Checks.allZero(completeCounts)) {
            throw new IllegalStateException("info on the example store showed no records: " + info.describe());
        }
        Path empty = templates.resolve("empty");
        createEmptyStore(empty);
        emptyTemplate = empty;
        demoTemplate = demo;
    }

    /**
     * Makes an empty store: {@code init} where the program has it, otherwise the first open of
     * {@code info} (which today still creates a missing store).
     */
    private void createEmptyStore(Path store) throws IOException, InterruptedException {
        Programs.Result init = programs.run(programs.launcher(store, "init"), COMMAND_TIMEOUT_MILLIS);
        if (init.exitCode() == 0 && Files.exists(store.resolve(MV_DB))) {
            return;
        }
        Programs.Result info = programs.run(programs.launcher(store, "info"), COMMAND_TIMEOUT_MILLIS);
        if (!Files.exists(store.resolve(MV_DB))) {
            throw new IllegalStateException("could not create an empty store with init (" + init.describe()
                    + ") or info (" + info.describe() + ")");
        }
    }

    private void prepare(Phase phase) throws IOException, InterruptedException {
        prepareBase();
        if (windows.containsKey(phase)) {
            return;
        }
        Path learn = work.resolve("templates").resolve("learn-" + phase.name().toLowerCase());
        Checks.deleteFolder(learn);
        Files.createDirectories(learn);
        Path store = learn.resolve("store");
        switch (phase) {
            case DEMO -> {
                copyEmptyStore(store);
                Watched run = watch(programs.launcher(store, "demo"), Trigger.PROGRESS, store);
                requireSuccess("demo on an empty store", run.result);
                windows.put(phase, span(run));
            }
            case EXPORT -> {
                copyDemoStore(store);
                Path file = work.resolve("templates").resolve("reference.json");
                Watched run = watch(programs.launcher(store, "export", file.toString()), Trigger.PROGRESS, store);
                requireSuccess("export of the example store", run.result);
                referenceSections = Checks.exportSections(file);
                referenceExport = file;
                windows.put(phase, span(run));
            }
            case IMPORT -> {
                Path file = referenceExport();
                copyEmptyStore(store);
                Watched run = watch(programs.launcher(store, "import", file.toString()), Trigger.PROGRESS, store);
                requireSuccess("import of the example export into an empty store", run.result);
                Map<String, Long> counts = counts(store);
                if (!counts.equals(completeCounts)) {
                    throw new IllegalStateException("importing the example export gave " + counts + ", not "
                            + completeCounts);
                }
                windows.put(phase, span(run));
            }
            case UPGRADE -> {
                buildUpgradeClassPath();
                copyDemoStore(store);
                Watched run = watch(programs.probe(upgradeClassPath, store, upgradeVersion), Trigger.MARKER, store);
                requireSuccess("upgrade of the example store to " + upgradeVersion, run.result);
                upgradedReference = Checks.probeValues(run.result.out());
                if (!upgradeVersion.equals(upgradedReference.get("version"))) {
                    throw new IllegalStateException("the undisturbed upgrade left schema version "
                            + upgradedReference.get("version") + ", not " + upgradeVersion);
                }
                windows.put(phase, span(run));
            }
            case SETUP -> throw new IllegalStateException("set-up is learned with the base stores");
        }
        Checks.deleteFolder(learn);
    }

    /** The record counts {@code info} shows for a store (which must open). */
    Map<String, Long> counts(Path store) throws IOException, InterruptedException {
        Programs.Result info = programs.run(programs.launcher(store, "info"), COMMAND_TIMEOUT_MILLIS);
        requireSuccess("info", info);
        return Checks.infoCounts(info.out());
    }

    private static long span(Watched run) {
        long from = Math.max(0, run.triggerMillis);
        return Math.max(20, run.result.millis() - from);
    }

    /**
     * A class path folder holding every migration the program carries plus one test-only migration
     * one step above the program's schema version: a new table filled with enough rows that the
     * upgrade takes a moment, so kills can meet it. The program's own version check refuses such a
     * store afterwards, so the upgrade and the look afterwards run through {@link StoreProbe}.
     */
    private void buildUpgradeClassPath() throws IOException {
        Path root = work.resolve("templates").resolve("upgrade-classpath");
        Path folder = root.resolve("dbmigration").resolve("h2");
        Files.createDirectories(folder);
        URL bundled = KillTrials.class.getClassLoader().getResource("dbmigration/h2");
        if (bundled == null || !"file".equals(bundled.getProtocol())) {
            throw new IllegalStateException("the program's migrations are not a folder on the class path: " + bundled);
        }
        try (Stream<Path> files = Files.list(Path.of(bundled.toURI()))) {
            for (Path file : files.toList()) {
                Files.copy(file, folder.resolve(file.getFileName().toString()),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        upgradeVersion = SchemaVersions.CURRENT + ".1";
        try (InputStream sql = KillTrials.class.getResourceAsStream("reliability_probe.sql")) {
            Files.write(folder.resolve(upgradeVersion + "__reliability_probe.sql"), sql.readAllBytes());
        }
        upgradeClassPath = root;
    }

    private static void requireSuccess(String what, Programs.Result result) {
        if (result.hung() || result.exitCode() != 0) {
            throw new IllegalStateException("the undisturbed " + what + " did not succeed: " + result.describe());
        }
    }

    // ---------------------------------------------------------------- watching and killing

    /**
     * The point a kill is timed from: the store file appears; the program's log (in the store's
     * {@code logs} folder) first mentions a migration; the first progress percentage; the marker line.
     */
    private enum Trigger { STORE_FILE, MIGRATION_LOG, PROGRESS, MARKER }

    /** The times (milliseconds after start) an undisturbed run gave its signals, -1 for never. */
    private record Watched(Programs.Result result, long triggerMillis, long doneMillis, long progressMillis) {
    }

    private Watched watch(List<String> command, Trigger trigger, Path store) throws IOException, InterruptedException {
        Child child = programs.start(command, StoreProbe.OPENING);
        long triggerMillis = awaitTrigger(child, trigger, store);
        long doneMillis = -1;
        if (trigger == Trigger.MIGRATION_LOG) {
            while (child.alive() && child.elapsedMillis() < COMMAND_TIMEOUT_MILLIS && doneMillis < 0) {
                if (log(store).contains(MIGRATIONS_DONE)) {
                    doneMillis = child.elapsedMillis();
                }
                Thread.sleep(POLL_MILLIS);
            }
        }
        if (!child.waitFor(COMMAND_TIMEOUT_MILLIS)) {
            long elapsed = child.elapsedMillis();
            child.kill();
            return new Watched(new Programs.Result(-1, child.out(), child.err(), true, elapsed), triggerMillis,
                    doneMillis, -1);
        }
        Programs.Result result = new Programs.Result(child.exitCode(), child.out(), child.err(), false,
                child.elapsedMillis());
        return new Watched(result, triggerMillis, doneMillis, child.progressMillis());
    }

    /** Waits until the child gives the signal (milliseconds after its start) or ends (-1). */
    private long awaitTrigger(Child child, Trigger trigger, Path store) throws InterruptedException {
        Path file = store.resolve(MV_DB);
        while (child.alive() && child.elapsedMillis() < COMMAND_TIMEOUT_MILLIS) {
            long seen = switch (trigger) {
                case STORE_FILE -> Files.exists(file) ? child.elapsedMillis() : -1;
                case MIGRATION_LOG -> log(store).contains(MIGRATION) ? child.elapsedMillis() : -1;
                case PROGRESS -> child.progressMillis();
                case MARKER -> child.markerMillis();
            };
            if (seen >= 0) {
                return seen;
            }
            Thread.sleep(POLL_MILLIS);
        }
        return -1;
    }

    /** The program's log so far (the migration runner logs there when it starts and ends). */
    private static String log(Path store) {
        try {
            Path log = store.resolve("logs").resolve("inclusio-0.log");
            return Files.exists(log) ? new String(Files.readAllBytes(log), StandardCharsets.ISO_8859_1) : "";
        } catch (IOException e) {
            return "";
        }
    }

    private record Killed(long signalMillis, long atMillis, int exit, boolean acknowledged, String err) {
    }

    private Killed startAndKill(List<String> command, Trigger trigger, Path store, long window, long focus,
            SplittableRandom random) throws IOException, InterruptedException {
        long delay = (long) (random.nextDouble() * (random.nextBoolean() ? focus : window));
        Child child = programs.start(command, StoreProbe.OPENING);
        long signalled = awaitTrigger(child, trigger, store);
        if (signalled >= 0) {
            long target = signalled + delay;
            while (child.alive() && child.elapsedMillis() < target) {
                Thread.sleep(1);
            }
        }
        long at = child.elapsedMillis();
        child.kill();
        int exit = child.exitCode();
        return new Killed(signalled, at, exit, exit == 0, child.err());
    }

    // ---------------------------------------------------------------- trials

    /** Runs one kill trial of the phase; its random choices come from the seed, the phase and the index. */
    TrialResult run(Phase phase, int index) throws IOException, InterruptedException {
        if (phase == Phase.SETUP) {
            prepareBase();
        } else {
            prepare(phase);
        }
        long window = windows.get(phase);
        // SplittableRandom mixes its seed: neighbouring trials get unrelated delays (java.util.Random would not)
        SplittableRandom random = new SplittableRandom(
                seed + (phase.ordinal() * 1_000_003L + index) * 0x9E3779B97F4A7C15L);
        Path trial = work.resolve("trials").resolve(phase.name().toLowerCase() + "-" + index);
        Checks.deleteFolder(trial);
        Files.createDirectories(trial);
        Path store = trial.resolve("store");
        TrialResult result = switch (phase) {
            case SETUP -> setUp(index, store, window, random);
            case DEMO -> {
                copyEmptyStore(store);
                yield allOrNothing(phase, index, store, programs.launcher(store, "demo"), window, random);
            }
            case IMPORT -> {
                copyEmptyStore(store);
                yield allOrNothing(phase, index, store,
                        programs.launcher(store, "import", referenceExport.toString()), window, random);
            }
            case EXPORT -> export(index, store, trial.resolve("out.json"), window, random);
            case UPGRADE -> upgrade(index, store, window, random);
        };
        if (result.passed()) {
            Checks.deleteFolder(trial);
        }
        return result;
    }

    private TrialResult setUp(int index, Path store, long window, SplittableRandom random)
            throws IOException, InterruptedException {
        Killed killed = startAndKill(programs.launcher(store, "demo"), setUpTrigger, store, window, setUpFocus,
                random);
        Path file = store.resolve(MV_DB);
        if (!Files.exists(file)) {
            // killed before the store existed: a later command must say so and create nothing
            Programs.Result info = programs.run(programs.launcher(store, "info"), openTimeoutMillis);
            if (info.hung()) {
                return result(Phase.SETUP, index, killed, Outcome.HUNG_OPEN, info.describe(), false, info);
            }
            if (info.stackTrace()) {
                return result(Phase.SETUP, index, killed, Outcome.STACK_TRACE, info.describe(), false, info);
            }
            if (info.exitCode() == 0 || Files.exists(file)) {
                return result(Phase.SETUP, index, killed, Outcome.SILENTLY_CREATED,
                        "info made a store the killed set-up never created: " + info.describe(), false, info);
            }
            return result(Phase.SETUP, index, killed, Outcome.PASSED, "killed before the store file existed", false,
                    info);
        }
        if (Files.size(file) == 0) {
            // an empty file from a set-up killed at once: named as a problem, or recovered as a new empty store
            Programs.Result info = programs.run(programs.launcher(store, "info"), openTimeoutMillis);
            if (!info.hung() && !info.stackTrace() && info.exitCode() != 0) {
                return result(Phase.SETUP, index, killed, Outcome.PASSED, "empty store file refused: "
                        + info.describe(), false, info);
            }
        }
        return checkAllOrNothing(Phase.SETUP, index, store, killed);
    }

    private TrialResult allOrNothing(Phase phase, int index, Path store, List<String> command, long window,
            SplittableRandom random) throws IOException, InterruptedException {
        Killed killed = startAndKill(command, Trigger.PROGRESS, store, window, window, random);
        return checkAllOrNothing(phase, index, store, killed);
    }

    private TrialResult checkAllOrNothing(Phase phase, int index, Path store, Killed killed)
            throws IOException, InterruptedException {
        if (commandFailed(killed)) {
            return result(phase, index, killed, Outcome.COMMAND_FAILED, Checks.lastLines(killed.err, 4), false,
                    null);
        }
        Programs.Result info = programs.run(programs.launcher(store, "info"), openTimeoutMillis);
        TrialResult failure = openFailure(phase, index, killed, info);
        if (failure != null) {
            return failure;
        }
        Map<String, Long> counts = Checks.infoCounts(info.out());
        if (killed.acknowledged && !counts.equals(completeCounts)) {
            return result(phase, index, killed, Outcome.LOST_RECORDS, "acknowledged, but the store holds " + counts
                    + " instead of " + completeCounts, false, info);
        }
        if (!Checks.allZero(counts) && !counts.equals(completeCounts)) {
            return result(phase, index, killed, Outcome.PARTIAL, "the store holds " + counts + ", neither none nor "
                    + completeCounts, false, info);
        }
        return result(phase, index, killed, Outcome.PASSED, Checks.allZero(counts) ? "none" : "complete", false,
                info);
    }

    private TrialResult export(int index, Path store, Path target, long window, SplittableRandom random)
            throws IOException, InterruptedException {
        copyDemoStore(store);
        Killed killed = startAndKill(programs.launcher(store, "export", target.toString()), Trigger.PROGRESS, store,
                window, window, random);
        if (commandFailed(killed)) {
            return result(Phase.EXPORT, index, killed, Outcome.COMMAND_FAILED, Checks.lastLines(killed.err, 4),
                    false, null);
        }
        Programs.Result info = programs.run(programs.launcher(store, "info"), openTimeoutMillis);
        Path part = target.resolveSibling(target.getFileName() + ".part");
        boolean leftover = Files.exists(part);
        TrialResult failure = openFailure(Phase.EXPORT, index, killed, info);
        if (failure != null) {
            return failure;
        }
        TrialResult storeCheck = unchanged(Phase.EXPORT, index, killed, Checks.infoCounts(info.out()), info,
                leftover);
        if (storeCheck != null) {
            return storeCheck;
        }
        if (!Files.exists(target)) {
            return killed.acknowledged
                    ? result(Phase.EXPORT, index, killed, Outcome.LOST_RECORDS,
                            "acknowledged, but the exported file is missing", leftover, info)
                    : result(Phase.EXPORT, index, killed, Outcome.PASSED, "no file", leftover, info);
        }
        try {
            Map<String, Integer> sections = Checks.exportSections(target);
            if (!sections.equals(referenceSections)) {
                return result(Phase.EXPORT, index, killed, Outcome.BAD_EXPORT, "the file holds " + sections
                        + " instead of " + referenceSections, leftover, info);
            }
        } catch (IOException | RuntimeException e) {
            return result(Phase.EXPORT, index, killed, Outcome.BAD_EXPORT, "the file is not a complete interchange "
                    + "file: " + e.getMessage(), leftover, info);
        }
        return result(Phase.EXPORT, index, killed, Outcome.PASSED, "complete file", leftover, info);
    }

    private TrialResult upgrade(int index, Path store, long window, SplittableRandom random)
            throws IOException, InterruptedException {
        copyDemoStore(store);
        Killed killed = startAndKill(programs.probe(upgradeClassPath, store, upgradeVersion), Trigger.MARKER, store,
                window, window, random);
        if (commandFailed(killed)) {
            return result(Phase.UPGRADE, index, killed, Outcome.COMMAND_FAILED, Checks.lastLines(killed.err, 4),
                    false, null);
        }
        Programs.Result reopen = programs.run(programs.probe(upgradeClassPath, store, upgradeVersion),
                openTimeoutMillis);
        TrialResult failure = openFailure(Phase.UPGRADE, index, killed, reopen);
        if (failure != null) {
            return failure;
        }
        Map<String, String> values = Checks.probeValues(reopen.out());
        for (String table : StoreProbe.TABLES) {
            String key = "count." + table;
            if (!upgradedReference.get(key).equals(values.get(key))) {
                Outcome outcome = "0".equals(values.get(key)) ? Outcome.SILENTLY_CREATED : Outcome.LOST_RECORDS;
                return result(Phase.UPGRADE, index, killed, outcome, table + " holds " + values.get(key)
                        + " records instead of " + upgradedReference.get(key), false, reopen);
            }
        }
        if (!upgradeVersion.equals(values.get("version"))
                || !upgradedReference.get("probe").equals(values.get("probe"))) {
            return result(Phase.UPGRADE, index, killed, Outcome.PARTIAL, "after reopening: schema version "
                    + values.get("version") + ", upgrade table rows " + values.get("probe") + " (expected "
                    + upgradeVersion + " and " + upgradedReference.get("probe") + ")", false, reopen);
        }
        return result(Phase.UPGRADE, index, killed, Outcome.PASSED, "upgraded, records intact", false, reopen);
    }

    /** A command that ended by itself with a failure before the kill came (137 is the kill's status). */
    private static boolean commandFailed(Killed killed) {
        return killed.exit != 0 && killed.exit != KILLED_EXIT;
    }

    private TrialResult openFailure(Phase phase, int index, Killed killed, Programs.Result reopen) {
        if (reopen.hung()) {
            return result(phase, index, killed, Outcome.HUNG_OPEN, reopen.describe(), false, reopen);
        }
        if (reopen.stackTrace()) {
            return result(phase, index, killed, Outcome.STACK_TRACE, reopen.describe(), false, reopen);
        }
        if (reopen.exitCode() != 0) {
            return result(phase, index, killed, Outcome.NOT_OPENED, reopen.describe(), false, reopen);
        }
        return null;
    }

    private TrialResult unchanged(Phase phase, int index, Killed killed, Map<String, Long> counts,
            Programs.Result info, boolean leftover) {
        if (counts.equals(completeCounts)) {
            return null;
        }
        Outcome outcome = Checks.allZero(counts) ? Outcome.SILENTLY_CREATED : Outcome.LOST_RECORDS;
        return result(phase, index, killed, outcome, "the store holds " + counts + " instead of " + completeCounts,
                leftover, info);
    }

    private TrialResult result(Phase phase, int index, Killed killed, Outcome outcome, String detail,
            boolean leftover, Programs.Result reopen) {
        return new TrialResult(phase, index, seed, killed.signalMillis, killed.atMillis, killed.exit,
                killed.acknowledged, outcome, detail, leftover, reopen == null ? 0 : reopen.millis());
    }
}
