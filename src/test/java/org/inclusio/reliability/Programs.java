package org.inclusio.reliability;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.inclusio.Launcher;
import org.inclusio.persistence.FaultyLauncher;
import org.inclusio.persistence.StoreProbe;

/**
 * Builds and runs the program's commands in child JVMs, as a user would run them:
 * {@code java -cp ... org.inclusio.Launcher --store DIR COMMAND ...}, with a passphrase in the
 * environment for stores that are encrypted.
 */
final class Programs {

    /** The passphrase every child finds in {@code INCLUSIO_PASSPHRASE}. */
    static final String PASSPHRASE = "correct horse battery staple 42";

    private final Path work;

    Programs(Path work) {
        this.work = work;
    }

    /** What a finished (or timed-out and killed) command left. */
    record Result(int exitCode, String out, String err, boolean hung, long millis) {

        boolean stackTrace() {
            return Checks.hasStackTrace(err) || Checks.hasStackTrace(out);
        }

        String describe() {
            return (hung ? "hung (killed after " + millis + " ms)" : "exit " + exitCode + " after " + millis + " ms")
                    + "; stderr: " + Checks.lastLines(err, 4) + "; stdout: " + Checks.lastLines(out, 3);
        }
    }

    /** The command line of {@code Launcher --store DIR args...}. */
    List<String> launcher(Path store, String... args) {
        return java(List.of(), null, Launcher.class.getName(), store, args);
    }

    /** The same through {@link FaultyLauncher}, with its fault set by system properties. */
    List<String> faulty(Map<String, String> properties, Path store, String... args) {
        List<String> options = new ArrayList<>();
        properties.forEach((key, value) -> options.add("-D" + key + "=" + value));
        return java(options, null, FaultyLauncher.class.getName(), store, args);
    }

    /** The command line of a test program's main class with its arguments. */
    List<String> program(Class<?> mainClass, String... args) {
        return java(List.of(), null, mainClass.getName(), null, args);
    }

    /** {@link StoreProbe} with extra class path entries in front (e.g. further migrations). */
    List<String> probe(Path classPathPrefix, Path store, String supportedVersion) {
        List<String> command = java(List.of(), classPathPrefix, StoreProbe.class.getName(), null);
        command.add(store.toString());
        command.add(supportedVersion);
        return command;
    }

    private List<String> java(List<String> options, Path classPathPrefix, String mainClass, Path store,
            String... args) {
        List<String> command = new ArrayList<>();
        command.add(javaBinary());
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Xshare:auto");
        command.add("-Djava.awt.headless=true");
        command.add("-Duser.language=en");
        command.add("-Duser.country=GB");
        command.add("-Djava.util.prefs.userRoot=" + work.resolve("prefs"));
        command.addAll(options);
        command.add("-cp");
        command.add(classPathPrefix == null ? classPath() : classPathPrefix + File.pathSeparator + classPath());
        command.add(mainClass);
        if (store != null) {
            command.add("--store");
            command.add(store.toString());
        }
        command.addAll(List.of(args));
        return command;
    }

    /** Starts a command without waiting for it. */
    Child start(List<String> command, String marker) throws IOException {
        return Child.start(command, Map.of("INCLUSIO_PASSPHRASE", PASSPHRASE), marker);
    }

    /** Runs a command to its end; beyond the time-out it is killed and the result says "hung". */
    Result run(List<String> command, long timeoutMillis) throws IOException, InterruptedException {
        Child child = start(command, null);
        if (child.waitFor(timeoutMillis)) {
            return new Result(child.exitCode(), child.out(), child.err(), false, child.elapsedMillis());
        }
        long elapsed = child.elapsedMillis();
        child.kill();
        return new Result(-1, child.out(), child.err(), true, elapsed);
    }

    static String javaBinary() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** The class path this code was loaded from: the class loader's entries inside Maven's exec:java. */
    static String classPath() {
        if (Programs.class.getClassLoader() instanceof URLClassLoader loader) {
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
}
