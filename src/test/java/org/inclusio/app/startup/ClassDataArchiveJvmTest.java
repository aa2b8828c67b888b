package org.inclusio.app.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The re-execution with the running Java runtime, on a small jar whose main class goes through it: the first start
 * writes the archive, the runtime maps it with {@code -Xshare:on} (which refuses to start otherwise), the next start
 * runs with it, and a rebuilt jar gets an archive of its own while the old one goes.
 */
class ClassDataArchiveJvmTest {

    @TempDir
    Path dir;

    private record Run(int status, String output) {
    }

    @Test
    void theFirstStartWritesTheArchiveTheNextOnesMapItAndARebuiltJarGetsANewOne() throws Exception {
        Path jar = trialJar();
        Path cache = dir.resolve("cache").toAbsolutePath();

        Run first = run(cache, List.of(), jar, "3");
        assertThat(first.status()).as(first.output()).isEqualTo(3);
        assertThat(first.output()).contains("relaunched=true", "archive=writing");
        Path archive = onlyArchive(cache);
        String runtime = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        assertThat(ClassDataArchive.maps(runtime, archive, jar.toString())).isTrue();
        // a half-written archive makes the runtime abort rather than start without it: it is never kept
        Path half = dir.resolve("half.jsa");
        byte[] whole = Files.readAllBytes(archive);
        Files.write(half, java.util.Arrays.copyOf(whole, whole.length / 2));
        assertThat(ClassDataArchive.maps(runtime, half, jar.toString())).isFalse();

        Run mapped = run(cache, List.of("-Xshare:on", "-XX:SharedArchiveFile=" + archive), jar, "0");
        assertThat(mapped.status()).as(mapped.output()).isZero();
        assertThat(mapped.output()).contains("relaunched=false");

        Run next = run(cache, List.of(), jar, "0");
        assertThat(next.output()).contains("relaunched=true", "archive=" + archive);
        // bytes damaged since the archive was written: its checksums no longer match, so the start runs without it
        byte[] damaged = Files.readAllBytes(archive);
        for (int i = damaged.length / 3; i < damaged.length / 3 + 4096; i++) {
            damaged[i] ^= 0x55;
        }
        Files.write(archive, damaged);
        Run despiteDamage = run(cache, List.of(), jar, "5");
        assertThat(despiteDamage.status()).as(despiteDamage.output()).isEqualTo(5);
        assertThat(despiteDamage.output()).contains("relaunched=true").doesNotContainIgnoringCase("warning")
                .doesNotContain("#");
        Files.write(archive, whole);
        Run off = run(cache, List.of("-Dinclusio.cds=off"), jar, "0");
        assertThat(off.output()).contains("relaunched=false", "archive=none");

        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 2000));
        Run rebuilt = run(cache, List.of(), jar, "0");
        assertThat(rebuilt.output()).contains("archive=writing");
        assertThat(onlyArchive(cache)).isNotEqualTo(archive);
        assertThat(archive).doesNotExist();
    }

    @Test
    void anInstalledImageIsReExecutedAsItsRuntimesJavaWithTheLaunchersOptionsAndGetsItsArchive() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getProperty("os.name").startsWith("Linux"));
        // an image as jpackage lays it out, started as its launcher starts it: main class, class path, options
        Path root = dir.resolve("image").toAbsolutePath();
        Path app = Files.createDirectories(root.resolve("app"));
        Path launcher = Files.createDirectories(root.resolve("bin")).resolve("trial");
        Files.write(launcher, new byte[] {1});
        Path jar = Files.move(trialJar(), app.resolve("trial.jar"));
        Files.write(app.resolve("trial.cfg"), List.of("[Application]", "app.classpath=$APPDIR/trial.jar",
                "app.mainclass=" + ArchiveTrial.class.getName(), "", "[JavaOptions]", "java-options=-Xss2m",
                "java-options=-Dtrial.folder=$APPDIR"));
        Path cache = dir.resolve("cache").toAbsolutePath();
        List<String> asTheLauncher = List.of("-Xss2m", "-Dtrial.folder=" + app, "-Djpackage.app-path=" + launcher,
                "-cp", jar.toString(), ArchiveTrial.class.getName());

        Run first = runCommand(cache, asTheLauncher, "3");
        assertThat(first.status()).as(first.output()).isEqualTo(3);
        assertThat(first.output()).contains("relaunched=true", "archive=writing", "app-path=" + launcher,
                "folder=" + app);
        Path archive = onlyArchive(cache);
        Run next = runCommand(cache, asTheLauncher, "0");
        assertThat(next.output()).contains("relaunched=true", "archive=" + archive, "app-path=" + launcher);
        Run off = runCommand(cache, List.of("-Dinclusio.cds=off", "-Djpackage.app-path=" + launcher, "-cp",
                jar.toString(), ArchiveTrial.class.getName()), "0");
        assertThat(off.output()).contains("relaunched=false", "archive=none");
        try (Stream<Path> files = Files.walk(root)) {
            assertThat(files.filter(file -> file.toString().endsWith(".jsa") || file.toString().endsWith(".part")))
                    .isEmpty();
        }
    }

    private static Path onlyArchive(Path cache) throws IOException {
        try (Stream<Path> files = Files.list(cache.resolve("inclusio"))) {
            List<Path> all = files.toList();
            assertThat(all).hasSize(1);
            assertThat(all.get(0).getFileName().toString()).startsWith("classes-").endsWith(".jsa");
            return all.get(0);
        }
    }

    private Run run(Path cache, List<String> options, Path jar, String status) throws IOException,
            InterruptedException {
        List<String> arguments = new ArrayList<>(options);
        arguments.addAll(List.of("-jar", jar.toString()));
        return runCommand(cache, arguments, status);
    }

    private Run runCommand(Path cache, List<String> arguments, String status) throws IOException,
            InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(arguments);
        command.add(status);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("XDG_CACHE_HOME", cache.toString());
        builder.environment().remove(ClassDataArchive.SETTING_VARIABLE);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), output);
    }

    /** A jar of the launcher's re-execution and {@link ArchiveTrial} as its main class. */
    private Path trialJar() throws IOException, URISyntaxException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, ArchiveTrial.class.getName());
        Path jar = dir.resolve("trial.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            for (Class<?> type : List.of(ClassDataArchive.class, ClassDataArchive.Start.class,
                    ClassDataArchive.ImageStart.class, ClassDataArchive.Image.class, ArchiveTrial.class)) {
                String name = type.getName().replace('.', '/') + ".class";
                Path classes = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
                out.putNextEntry(new JarEntry(name));
                Files.copy(classes.resolve(name), out);
                out.closeEntry();
            }
        }
        return jar;
    }
}
