package org.inclusio.app.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When a start is re-executed with a class-data archive, which archive it takes, and how a written one is kept. */
class ClassDataArchiveTest {

    @TempDir
    Path dir;

    private Path jar(String name, String classPath) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (classPath != null) {
            manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath);
        }
        Path jar = dir.resolve(name);
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            out.flush();
        }
        return jar;
    }

    private static ClassDataArchive.Start javaJar(Path jar, String setting, boolean relaunched, boolean packaged,
                                                  String... options) {
        List<String> arguments = new java.util.ArrayList<>(List.of(options));
        arguments.addAll(List.of("-jar", jar.toString(), "--store", "somewhere"));
        return new ClassDataArchive.Start(jar + " --store somewhere", jar.toString(), setting, relaunched, packaged,
                arguments);
    }

    @Test
    void aWindowStartedAsJavaJarIsReExecuted() throws IOException {
        Path jar = jar("inclusio.jar", null);

        assertThat(ClassDataArchive.relaunchableJar(javaJar(jar, null, false, false))).contains(jar);
        assertThat(ClassDataArchive.relaunchableJar(javaJar(jar, "verbose", false, false, "-Xmx512m"))).contains(jar);
    }

    @Test
    void aClassPathOfFoldersAsInTheTestsIsNeverReExecuted() throws IOException {
        Path classes = Files.createDirectory(dir.resolve("classes"));
        Path jar = jar("inclusio.jar", null);
        String twoEntries = classes + File.pathSeparator + jar;

        assertThat(ClassDataArchive.relaunchableJar(new ClassDataArchive.Start("org.inclusio.Launcher",
                classes.toString(), null, false, false, List.of("-cp", classes.toString(), "org.inclusio.Launcher"))))
                .isEmpty();
        assertThat(ClassDataArchive.relaunchableJar(new ClassDataArchive.Start("org.inclusio.Launcher", twoEntries,
                null, false, false, List.of("-cp", twoEntries, "org.inclusio.Launcher")))).isEmpty();
        // a jar named as the class path but started by its main class, as an installed image's launcher does
        assertThat(ClassDataArchive.relaunchableJar(new ClassDataArchive.Start("org.inclusio.Launcher",
                jar.toString(), null, false, false, List.of("-cp", jar.toString(), "org.inclusio.Launcher")))).isEmpty();
        assertThat(ClassDataArchive.relaunchableJar(javaJar(dir.resolve("gone.jar"), null, false, false))).isEmpty();
    }

    @Test
    void theReExecutedRuntimeAnInstalledImageAndAStartWithItsOwnSharingAreLeftAlone() throws IOException {
        Path jar = jar("inclusio.jar", null);

        assertThat(ClassDataArchive.relaunchableJar(javaJar(jar, null, true, false))).isEmpty();
        assertThat(ClassDataArchive.relaunchableJar(javaJar(jar, null, false, true))).isEmpty();
        assertThat(ClassDataArchive.relaunchableJar(javaJar(jar, null, false, false,
                "-XX:SharedArchiveFile=/elsewhere.jsa"))).isEmpty();
        assertThat(ClassDataArchive.relaunchableJar(javaJar(jar, null, false, false, "-Xshare:off"))).isEmpty();
        assertThat(ClassDataArchive.relaunchableJar(javaJar(jar, null, false, false,
                "-XX:ArchiveClassesAtExit=x.jsa"))).isEmpty();
    }

    @Test
    void theSettingSwitchesItOffAndThePropertyWinsOverTheVariable() throws IOException {
        Path jar = jar("inclusio.jar", null);

        for (String off : List.of("off", "OFF", "false", "no", "0")) {
            assertThat(ClassDataArchive.relaunchableJar(javaJar(jar, off, false, false))).as(off).isEmpty();
        }
        assertThat(ClassDataArchive.setting(null, "off")).isEqualTo("off");
        assertThat(ClassDataArchive.setting("verbose", "off")).isEqualTo("verbose");
        assertThat(ClassDataArchive.setting(" ", null)).isNull();
        assertThat(ClassDataArchive.switchedOff(ClassDataArchive.setting("on", "off"))).isFalse();
    }

    @Test
    void theJarsOfTheManifestsClassPathBelongToTheArchivesName() throws IOException {
        Files.createDirectory(dir.resolve("lib"));
        Path library = jar("lib/a.jar", null);
        Path jar = jar("inclusio.jar", "lib/a.jar lib/b%20c.jar");

        assertThat(ClassDataArchive.classPathJars(jar)).containsExactly(jar.toAbsolutePath(),
                library.toAbsolutePath(), dir.resolve("lib").resolve("b c.jar").toAbsolutePath());
    }

    @Test
    void anUpdatedJarOrAnotherRuntimeNeverMeetsTheOldArchive() throws IOException {
        Files.createDirectory(dir.resolve("lib"));
        Path library = jar("lib/a.jar", null);
        Path jar = jar("inclusio.jar", "lib/a.jar");
        List<Path> jars = ClassDataArchive.classPathJars(jar);
        String key = ClassDataArchive.key(jars, "/jdk", "17.0.15+6");

        assertThat(ClassDataArchive.key(jars, "/jdk", "17.0.15+6")).isEqualTo(key).hasSize(16);
        assertThat(ClassDataArchive.key(jars, "/jdk", "17.0.16+8")).isNotEqualTo(key);
        assertThat(ClassDataArchive.key(jars, "/other-jdk", "17.0.15+6")).isNotEqualTo(key);
        Files.setLastModifiedTime(library, FileTime.fromMillis(Files.getLastModifiedTime(library).toMillis() + 2000));
        String libraryChanged = ClassDataArchive.key(jars, "/jdk", "17.0.15+6");
        assertThat(libraryChanged).isNotEqualTo(key);
        Files.write(jar, new byte[] {1}, java.nio.file.StandardOpenOption.APPEND);
        assertThat(ClassDataArchive.key(jars, "/jdk", "17.0.15+6")).isNotIn(key, libraryChanged);
    }

    @Test
    void theArchiveLivesInTheUsersCacheFolder() {
        Path home = Path.of("/home/someone");

        assertThat(ClassDataArchive.cacheDirectory(Map.of(), "Linux", home))
                .isEqualTo(home.resolve(".cache/inclusio"));
        assertThat(ClassDataArchive.cacheDirectory(Map.of("XDG_CACHE_HOME", "/var/cache/someone"), "Linux", home))
                .isEqualTo(Path.of("/var/cache/someone/inclusio"));
        assertThat(ClassDataArchive.cacheDirectory(Map.of("XDG_CACHE_HOME", "relative"), "Linux", home))
                .isEqualTo(home.resolve(".cache/inclusio"));
        assertThat(ClassDataArchive.cacheDirectory(Map.of("LOCALAPPDATA", "/c/Local"), "Windows 11", home))
                .isEqualTo(Path.of("/c/Local/Inclusio/cache"));
        assertThat(ClassDataArchive.cacheDirectory(Map.of(), "Mac OS X", home))
                .isEqualTo(home.resolve("Library/Caches/Inclusio"));
    }

    @Test
    void theReExecutedCommandKeepsTheOptionsJarAndArgumentsAndMarksItself() {
        List<String> arguments = List.of("-Xmx1g", "-jar", "inclusio.jar", "--store", "x");
        Path archive = dir.resolve("classes-1.jsa");
        Path part = dir.resolve("classes-1.jsa.5.part");

        List<String> withArchive = ClassDataArchive.relaunchCommand("/jdk/bin/java", arguments, archive, null);
        List<String> writing = ClassDataArchive.relaunchCommand("/jdk/bin/java", arguments, null, part);

        assertThat(withArchive.get(0)).isEqualTo("/jdk/bin/java");
        assertThat(withArchive).contains("-XX:SharedArchiveFile=" + archive, "-Xshare:auto", "-XX:+VerifySharedSpaces",
                "-D" + ClassDataArchive.RELAUNCHED_PROPERTY + "=true").endsWith(arguments.toArray(String[]::new));
        assertThat(withArchive).noneMatch(option -> option.startsWith("-XX:ArchiveClassesAtExit"));
        assertThat(writing).contains("-XX:ArchiveClassesAtExit=" + part, "-XX:+VerifySharedSpaces",
                "-D" + ClassDataArchive.RELAUNCHED_PROPERTY + "=true").endsWith(arguments.toArray(String[]::new));
        assertThat(writing).noneMatch(option -> option.startsWith("-XX:SharedArchiveFile"));
    }

    @Test
    void aWrittenArchiveTakesItsNameInOneStepAndEarlierOnesGo() throws IOException {
        Path old = Files.write(dir.resolve("classes-0000000000000000.jsa"), new byte[] {1});
        Path other = Files.write(dir.resolve("unrelated.jsa"), new byte[] {1});
        Path part = Files.write(dir.resolve("classes-1111111111111111.42.part"), new byte[] {1, 2, 3});
        Path archive = dir.resolve("classes-1111111111111111-3.jsa");

        ClassDataArchive.keep(part, dir, "1111111111111111", false, written -> written.equals(part));

        assertThat(archive).hasBinaryContent(new byte[] {1, 2, 3});
        assertThat(part).doesNotExist();
        assertThat(old).doesNotExist();
        assertThat(other).exists();
    }

    @Test
    void anEmptyMissingOrUnmappablePartLeavesNoArchive() throws IOException {
        Path empty = Files.write(dir.resolve("classes-2.7.part"), new byte[0]);
        Path unmappable = Files.write(dir.resolve("classes-2.9.part"), new byte[] {1, 2});

        ClassDataArchive.keep(empty, dir, "2", false, written -> true);
        ClassDataArchive.keep(dir.resolve("classes-2.8.part"), dir, "2", false, written -> true);
        ClassDataArchive.keep(unmappable, dir, "2", false, written -> false);

        assertThat(ClassDataArchive.wholeArchive(dir, "2")).isEmpty();
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            assertThat(files).noneMatch(file -> file.toString().endsWith(".jsa"));
        }
        assertThat(empty).doesNotExist();
        assertThat(unmappable).doesNotExist();
    }

    /** An installed image as jpackage lays it out on Linux: the launcher in bin, jars and configuration in app. */
    private ClassDataArchive.ImageStart installed(String setting, boolean relaunched, String osName, String... options)
            throws IOException {
        Path bin = Files.createDirectories(dir.resolve("usr/bin"));
        Path app = Files.createDirectories(dir.resolve("usr/lib/inclusio/app"));
        Files.write(bin.resolve("inclusio"), new byte[] {1});
        Path main = jar("usr/lib/inclusio/app/inclusio.jar", null);
        Path library = jar("usr/lib/inclusio/app/a.jar", null);
        List<String> lines = new java.util.ArrayList<>(List.of("[Application]", "app.classpath=$APPDIR/inclusio.jar",
                "app.mainclass=org.inclusio.Launcher", "app.classpath=$APPDIR/a.jar", "", "[JavaOptions]",
                "java-options=-Djpackage.app-version=0.1.0", "java-options=-Dfile.encoding=UTF-8",
                "java-options=-Xss2m"));
        for (String option : options) {
            lines.add("java-options=" + option);
        }
        Files.write(app.resolve("inclusio.cfg"), lines);
        return new ClassDataArchive.ImageStart("org.inclusio.Launcher office.inclusio",
                main + File.pathSeparator + library, setting, relaunched, bin.resolve("inclusio").toString(), osName);
    }

    private static java.util.Optional<ClassDataArchive.Image> image(ClassDataArchive.ImageStart start)
            throws IOException {
        java.util.Optional<Path> configuration = ClassDataArchive.imageConfiguration(start);
        return configuration.isEmpty() ? java.util.Optional.empty()
                : ClassDataArchive.image(start, configuration.get(), Files.readAllLines(configuration.get()));
    }

    @Test
    void anInstalledImagesWindowIsReExecutedWithTheLaunchersOptionsClassPathAndMainClass() throws IOException {
        ClassDataArchive.ImageStart start = installed(null, false, "Linux", "-Dplugins=$APPDIR/plugins",
                "-Dlauncher.folder=$BINDIR");
        Path root = dir.resolve("usr/lib/inclusio");
        Path launcher = dir.resolve("usr/bin/inclusio");

        ClassDataArchive.Image image = image(start).orElseThrow();

        assertThat(image.configuration()).isEqualTo(root.resolve("app/inclusio.cfg"));
        assertThat(image.mainClass()).isEqualTo("org.inclusio.Launcher");
        assertThat(image.jars()).containsExactly(root.resolve("app/inclusio.jar"), root.resolve("app/a.jar"));
        assertThat(image.javaOptions()).containsExactly("-Djpackage.app-version=0.1.0", "-Dfile.encoding=UTF-8",
                "-Xss2m", "-Dplugins=" + root.resolve("app") + "/plugins", "-Dlauncher.folder=" + launcher.getParent(),
                "-D" + ClassDataArchive.PACKAGED_IMAGE_PROPERTY + "=" + launcher);
        List<String> arguments = ClassDataArchive.imageArguments(image, start.classPath(),
                List.of("office file.inclusio"));
        assertThat(arguments).endsWith("-Xss2m", "-Dplugins=" + root.resolve("app") + "/plugins",
                "-Dlauncher.folder=" + launcher.getParent(),
                "-D" + ClassDataArchive.PACKAGED_IMAGE_PROPERTY + "=" + launcher, "-cp",
                start.classPath(), "org.inclusio.Launcher", "office file.inclusio");
        List<String> command = ClassDataArchive.relaunchCommand(root.resolve("runtime/bin/java").toString(),
                arguments, null, dir.resolve("cache/classes-1.jsa.5.part"));
        assertThat(command.get(0)).isEqualTo(root.resolve("runtime/bin/java").toString());
        assertThat(command.indexOf("-D" + ClassDataArchive.RELAUNCHED_PROPERTY + "=true"))
                .isLessThan(command.indexOf("-cp"));
    }

    @Test
    void anInstalledImageIsLeftAloneWhenOffReExecutedNotOnLinuxOrNotUnderstood() throws IOException {
        assertThat(image(installed("off", false, "Linux"))).isEmpty();
        assertThat(image(installed(null, true, "Linux"))).isEmpty();
        assertThat(image(installed(null, false, "Windows 11"))).isEmpty();
        assertThat(image(installed(null, false, "Mac OS X"))).isEmpty();
        assertThat(image(installed(null, false, "Linux", "-Xshare:off"))).isEmpty();
        assertThat(image(installed(null, false, "Linux", "-XX:SharedArchiveFile=/elsewhere.jsa"))).isEmpty();
        assertThat(image(installed(null, false, "Linux", "-Dhome=$HOME/x"))).isEmpty();
        assertThat(image(installed(null, false, "Linux", "-Dinstallation=$ROOTDIR"))).isEmpty();
        ClassDataArchive.ImageStart start = installed(null, false, "Linux");
        assertThat(image(start)).isPresent();
        // another main class than the one running, a class path with a folder, no launcher, no configuration
        assertThat(image(new ClassDataArchive.ImageStart("org.other.Main", start.classPath(), null, false,
                start.appPath(), "Linux"))).isEmpty();
        assertThat(image(new ClassDataArchive.ImageStart(start.javaCommand(),
                start.classPath() + File.pathSeparator + dir, null, false, start.appPath(), "Linux"))).isEmpty();
        assertThat(image(new ClassDataArchive.ImageStart(start.javaCommand(), start.classPath(), null, false, null,
                "Linux"))).isEmpty();
        assertThat(image(new ClassDataArchive.ImageStart(start.javaCommand(), start.classPath(), null, false,
                dir.resolve("usr/bin/other").toString(), "Linux"))).isEmpty();
    }

    @Test
    void aNewVersionOfTheInstalledImageNeverMeetsTheOldArchive() throws IOException {
        ClassDataArchive.Image image = image(installed(null, false, "Linux")).orElseThrow();
        List<Path> identity = new java.util.ArrayList<>(image.jars());
        identity.add(image.configuration());
        String key = ClassDataArchive.key(identity, "/usr/lib/inclusio/runtime", "17.0.15+6");

        Files.write(image.configuration(), List.of("[JavaOptions]", "java-options=-Xss4m"),
                java.nio.file.StandardOpenOption.APPEND);

        assertThat(ClassDataArchive.key(identity, "/usr/lib/inclusio/runtime", "17.0.15+6")).isNotEqualTo(key);
    }

    @Test
    void theArchiveIsNeverWrittenIntoTheInstallation() {
        Path installation = Path.of("/usr/lib/inclusio");

        assertThat(ClassDataArchive.inside(Path.of("/usr/lib/inclusio/cache/inclusio"), installation)).isTrue();
        assertThat(ClassDataArchive.inside(Path.of("/usr/lib/inclusio/runtime/../app"), installation)).isTrue();
        assertThat(ClassDataArchive.inside(Path.of("/home/someone/.cache/inclusio"), installation)).isFalse();
        assertThat(ClassDataArchive.inside(Path.of("/usr/lib/inclusio-cache"), installation)).isFalse();
    }

    @Test
    void anArchiveCutShortSinceItWasWrittenIsRemovedAndNeverHandedToTheRuntime() throws IOException {
        String key = "3333333333333333";
        Path whole = Files.write(ClassDataArchive.archiveName(dir, key, 4), new byte[] {1, 2, 3, 4});
        Path other = Files.write(ClassDataArchive.archiveName(dir, "4444444444444444", 9), new byte[] {1});

        assertThat(ClassDataArchive.wholeArchive(dir, key)).contains(whole);
        assertThat(ClassDataArchive.wholeArchive(dir.resolve("none"), key)).isEmpty();

        Files.write(whole, new byte[] {1, 2});
        Path misnamed = Files.write(dir.resolve("classes-" + key + "-x.jsa"), new byte[] {1});

        assertThat(ClassDataArchive.wholeArchive(dir, key)).isEmpty();
        assertThat(whole).doesNotExist();
        assertThat(misnamed).doesNotExist();
        assertThat(other).exists();
    }
}
