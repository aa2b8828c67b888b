package org.inclusio.app.startup;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.CRC32;

/**
 * Starts the window sooner with a class-data-sharing archive (AppCDS) of the classes a start loads, for
 * {@code java -jar inclusio.jar} and for the program installed from a Linux package. The first start of a jar is
 * re-executed with {@code -XX:ArchiveClassesAtExit}, so the Java runtime writes the archive when that window closes;
 * every later start is re-executed with {@code -XX:SharedArchiveFile}, which maps the classes instead of reading,
 * parsing and checking them again. The archive lives in the user's cache folder, named after the jars it was made
 * from (their paths, sizes and times) and the Java runtime, so a rebuilt or updated jar or another runtime never meets
 * an archive of another one, and after its own length, so that one cut short since is never handed to the runtime.
 *
 * <p>An installed image's launcher (jpackage's, which starts the runtime inside its own process and takes no
 * runtime options) is re-executed as the image's own {@code bin/java} with the options, class path and main class
 * of the launcher's configuration file ({@code app/inclusio.cfg}), on Linux only: Java maps an application archive
 * only for the class path it was written with, so the package cannot carry one, and the installed program writes it
 * on the user's first start, in the user's cache folder, never in the installation folder.
 *
 * <p>Only a window re-executes: never a class path of folders (the tests), never a command, never a start that
 * already names an archive, and never twice ({@value #RELAUNCHED_PROPERTY}). {@code -Dinclusio.cds=off} or the
 * environment variable {@code INCLUSIO_CDS=off} switch it off; {@code verbose} instead of {@code off} tells on the
 * error stream what it decided. Anything that fails here only means a start without the archive; the user is never told.
 *
 * <p>This class runs before JavaFX, Ebean or picocli is touched, and uses nothing but the Java base module.
 */
public final class ClassDataArchive {

    /** System property that switches the archive off ({@code off}) or has it tell what it does ({@code verbose}). */
    public static final String SETTING_PROPERTY = "inclusio.cds";
    /** Environment variable with the same meaning as {@link #SETTING_PROPERTY}. */
    public static final String SETTING_VARIABLE = "INCLUSIO_CDS";
    /** Set on the re-executed runtime, which therefore never re-executes again. */
    public static final String RELAUNCHED_PROPERTY = "inclusio.cds.relaunched";
    /** jpackage's launcher sets this in an installed image: the launcher's own path. */
    static final String PACKAGED_IMAGE_PROPERTY = "jpackage.app-path";
    private static final String ARCHIVE_PREFIX = "classes-";
    private static final String ARCHIVE_SUFFIX = ".jsa";
    private static final String PART_SUFFIX = ".part";
    private static final long STALE_PART_MILLIS = 24L * 60 * 60 * 1000;
    private static final long CHECK_SECONDS = 60;
    /** The status of a runtime that aborted on a fatal error (SIGABRT on Linux and macOS). */
    private static final int FATAL_ERROR_STATUS = 134;
    /** Options by which the start already chose its own class-data sharing. */
    private static final List<String> OWN_SHARING_OPTIONS = List.of("-XX:SharedArchiveFile", "-XX:ArchiveClassesAtExit",
            "-Xshare", "-XX:SharedClassListFile", "-XX:DumpLoadedClassList", "-XX:-UseSharedSpaces");

    private ClassDataArchive() {
    }

    /**
     * What this runtime was started with, as far as the decision needs it.
     *
     * @param javaCommand the main class or jar and the program's arguments ({@code sun.java.command})
     * @param classPath   {@code java.class.path}
     * @param setting     {@link #SETTING_PROPERTY}, else {@link #SETTING_VARIABLE}, or null
     * @param relaunched  whether this runtime is already the re-executed one
     * @param packaged    whether this is an installed image's launcher
     * @param arguments   the runtime's command line after the executable: its options, {@code -jar}, the jar and
     *                    the program's arguments
     */
    record Start(String javaCommand, String classPath, String setting, boolean relaunched, boolean packaged,
                 List<String> arguments) {
    }

    /**
     * What an installed image's launcher started this runtime with, as far as the decision needs it.
     *
     * @param javaCommand the main class and the program's arguments ({@code sun.java.command})
     * @param classPath   {@code java.class.path}, the jars the launcher's configuration names, with absolute paths
     * @param setting     {@link #SETTING_PROPERTY}, else {@link #SETTING_VARIABLE}, or null
     * @param relaunched  whether this runtime is already the re-executed one
     * @param appPath     the launcher's path ({@value #PACKAGED_IMAGE_PROPERTY}), null when not an installed image
     * @param osName      {@code os.name}
     */
    record ImageStart(String javaCommand, String classPath, String setting, boolean relaunched, String appPath,
                      String osName) {
    }

    /**
     * An installed image as its re-execution needs it.
     *
     * @param launcher      the launcher's path
     * @param configuration the launcher's configuration file
     * @param jars          the class path
     * @param mainClass     the main class
     * @param javaOptions   the runtime options of the configuration, with the image's folders filled in, then the
     *                      launcher's path as the launcher itself passes it
     */
    record Image(Path launcher, Path configuration, List<Path> jars, String mainClass, List<String> javaOptions) {
    }

    /**
     * Re-executes this start with the archive, or with the option that writes it, when that applies, and then exits
     * with the re-executed runtime's status; returns when this runtime should go on with the start itself.
     *
     * @param programArguments the program's arguments, as the main method received them
     * @param opensWindow      whether the program's arguments open the window (commands are never re-executed)
     */
    public static void relaunchIfUseful(String[] programArguments, boolean opensWindow) {
        if (!opensWindow) {
            return;
        }
        String setting = setting(System.getProperty(SETTING_PROPERTY), System.getenv(SETTING_VARIABLE));
        boolean verbose = "verbose".equalsIgnoreCase(setting);
        Process child;
        Path part;
        Path archive;
        Path cache;
        String archiveKey;
        String executable;
        String classPath;
        try {
            boolean relaunched = System.getProperty(RELAUNCHED_PROPERTY) != null;
            String appPath = System.getProperty(PACKAGED_IMAGE_PROPERTY);
            String javaHome = System.getProperty("java.home");
            List<String> arguments;
            List<Path> identity;
            Path installation;
            if (appPath != null) {
                ImageStart start = new ImageStart(System.getProperty("sun.java.command"),
                        System.getProperty("java.class.path"), setting, relaunched, appPath,
                        System.getProperty("os.name", ""));
                Optional<Path> configuration = imageConfiguration(start);
                Optional<Image> image = configuration.isEmpty() ? Optional.empty()
                        : image(start, configuration.get(), Files.readAllLines(configuration.get()));
                Path java = Path.of(javaHome, "bin", "java");
                if (image.isEmpty() || !Files.isExecutable(java)) {
                    tell(verbose, "not a window of an installed image that can be re-executed, or switched off; "
                            + "no archive");
                    return;
                }
                executable = java.toString();
                classPath = start.classPath();
                arguments = imageArguments(image.get(), classPath, List.of(programArguments));
                identity = new ArrayList<>(image.get().jars());
                identity.add(image.get().configuration());
                installation = image.get().configuration().getParent().getParent();
            } else {
                ProcessHandle.Info info = ProcessHandle.current().info();
                Optional<String> command = info.command();
                Optional<String[]> commandLine = info.arguments();
                if (command.isEmpty() || commandLine.isEmpty()) {
                    tell(verbose, "the command line of this runtime is unknown; no archive");
                    return;
                }
                Start start = new Start(System.getProperty("sun.java.command"), System.getProperty("java.class.path"),
                        setting, relaunched, false, List.of(commandLine.get()));
                Optional<Path> jar = relaunchableJar(start);
                if (jar.isEmpty()) {
                    tell(verbose, "not a window started as java -jar, or switched off; no archive");
                    return;
                }
                executable = command.get();
                classPath = jar.get().toString();
                arguments = start.arguments();
                identity = classPathJars(jar.get());
                installation = Path.of(javaHome);
            }
            String key = key(identity, javaHome, System.getProperty("java.vm.version"));
            Path directory = cacheDirectory(System.getenv(), System.getProperty("os.name", ""),
                    Path.of(System.getProperty("user.home", ".")));
            if (inside(directory, installation) || inside(directory, Path.of(javaHome))) {
                tell(verbose, "the cache folder lies in the installation; no archive");
                return;
            }
            archiveKey = key;
            cache = directory;
            archive = wholeArchive(directory, key).orElse(null);
            boolean exists = archive != null;
            part = exists ? null : directory.resolve(ARCHIVE_PREFIX + key + "." + ProcessHandle.current().pid()
                    + PART_SUFFIX);
            if (part != null) {
                Files.createDirectories(directory);
            }
            List<String> relaunch = relaunchCommand(executable, arguments, archive, part);
            tell(verbose, exists ? "starting with " + archive : "starting and writing " + part);
            child = new ProcessBuilder(relaunch).inheritIO().start();
        } catch (IOException | RuntimeException e) {
            tell(verbose, "no archive: " + e);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(child::destroy, "archive-relaunch-stop"));
        int status = waitFor(child);
        if (part != null) {
            String java = executable;
            String started = classPath;
            keep(part, cache, archiveKey, verbose, written -> maps(java, written, started));
        } else if (status == FATAL_ERROR_STATUS) {
            // the runtime aborted, as it does on an archive damaged since it was written: the next start makes a new one
            forget(archive, verbose);
        }
        System.exit(status);
    }

    /** Whether a folder is the given one or lies in it (after making both absolute). */
    static boolean inside(Path folder, Path container) {
        return folder.toAbsolutePath().normalize().startsWith(container.toAbsolutePath().normalize());
    }

    /**
     * The configuration file of an installed image's launcher whose window may be re-executed with an archive: on
     * Linux, not switched off, not re-executed already, with a class path of existing jars; the file is named after
     * the launcher and lies next to the first jar (jpackage's {@code $APPDIR}).
     */
    static Optional<Path> imageConfiguration(ImageStart start) {
        if (switchedOff(start.setting()) || start.relaunched() || start.appPath() == null
                || start.appPath().isBlank() || !start.osName().toLowerCase(Locale.ROOT).startsWith("linux")) {
            return Optional.empty();
        }
        List<Path> jars = imageJars(start.classPath());
        if (jars.isEmpty()) {
            return Optional.empty();
        }
        Path launcher = Path.of(start.appPath());
        Path configuration = jars.get(0).getParent().resolve(launcher.getFileName() + ".cfg");
        return Files.isRegularFile(configuration) ? Optional.of(configuration) : Optional.empty();
    }

    /** The jars of an image's class path, or nothing when an entry is not an existing jar with an absolute path. */
    private static List<Path> imageJars(String classPath) {
        if (classPath == null || classPath.isEmpty()) {
            return List.of();
        }
        List<Path> jars = new ArrayList<>();
        for (String entry : classPath.split(java.util.regex.Pattern.quote(File.pathSeparator))) {
            Path jar = Path.of(entry);
            if (!jar.isAbsolute() || !entry.toLowerCase(Locale.ROOT).endsWith(".jar") || !Files.isRegularFile(jar)) {
                return List.of();
            }
            jars.add(jar);
        }
        return jars;
    }

    /**
     * The image an installed launcher started, from its configuration file's lines ({@code [Application]} with
     * {@code app.mainclass}, {@code [JavaOptions]} with {@code java-options}, jpackage's {@code $APPDIR},
     * {@code $BINDIR} filled in); nothing when the main class is not the one running, when an option chooses its
     * own class-data sharing, or when an option holds anything else this cannot fill in (such as {@code $ROOTDIR},
     * whose place differs between an image and an installation in {@code /usr}).
     */
    static Optional<Image> image(ImageStart start, Path configuration, List<String> lines) {
        Path launcher = Path.of(start.appPath());
        Path binFolder = launcher.toAbsolutePath().getParent();
        if (binFolder == null) {
            return Optional.empty();
        }
        String appFolder = configuration.toAbsolutePath().getParent().toString();
        String mainClass = null;
        List<String> options = new ArrayList<>();
        String section = "";
        for (String raw : lines) {
            String line = raw.strip();
            if (line.startsWith("[") && line.endsWith("]")) {
                section = line;
            } else if (section.equals("[Application]") && line.startsWith("app.mainclass=")) {
                mainClass = line.substring("app.mainclass=".length()).strip();
            } else if (section.equals("[JavaOptions]") && line.startsWith("java-options=")) {
                String option = line.substring("java-options=".length()).replace("$APPDIR", appFolder)
                        .replace("$BINDIR", binFolder.toString());
                if (option.contains("$") || ownSharing(option)) {
                    return Optional.empty();
                }
                options.add(option);
            }
        }
        String command = start.javaCommand();
        if (mainClass == null || mainClass.isEmpty() || command == null
                || !(command.equals(mainClass) || command.startsWith(mainClass + " "))) {
            return Optional.empty();
        }
        options.add("-D" + PACKAGED_IMAGE_PROPERTY + "=" + launcher);
        return Optional.of(new Image(launcher, configuration, imageJars(start.classPath()), mainClass,
                List.copyOf(options)));
    }

    /** The runtime's command line after the executable for an image: its options, class path, main class, arguments. */
    static List<String> imageArguments(Image image, String classPath, List<String> programArguments) {
        List<String> arguments = new ArrayList<>(image.javaOptions());
        arguments.add("-cp");
        arguments.add(classPath);
        arguments.add(image.mainClass());
        arguments.addAll(programArguments);
        return arguments;
    }

    private static boolean ownSharing(String option) {
        for (String own : OWN_SHARING_OPTIONS) {
            if (option.startsWith(own)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the runtime starts with this archive and the class path, with sharing required. */
    static boolean maps(String executable, Path written, String classPath) {
        try {
            Process check = new ProcessBuilder(executable, "-Xshare:on", "-XX:SharedArchiveFile=" + written,
                    "-XX:+VerifySharedSpaces", "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-cp", classPath, "-version")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!check.waitFor(CHECK_SECONDS, java.util.concurrent.TimeUnit.SECONDS)) {
                check.destroyForcibly();
                return false;
            }
            return check.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void forget(Path archive, boolean verbose) {
        try {
            Files.deleteIfExists(archive);
            tell(verbose, "the runtime aborted with the archive; it is removed");
        } catch (IOException e) {
            tell(verbose, "archive not removed: " + e);
        }
    }

    /** The setting from the system property, else the environment variable; null when neither is given. */
    static String setting(String property, String variable) {
        if (property != null && !property.isBlank()) {
            return property.trim();
        }
        return variable != null && !variable.isBlank() ? variable.trim() : null;
    }

    /** Whether a setting switches the archive off. */
    static boolean switchedOff(String setting) {
        if (setting == null) {
            return false;
        }
        String value = setting.toLowerCase(Locale.ROOT);
        return value.equals("off") || value.equals("false") || value.equals("no") || value.equals("0");
    }

    /**
     * The jar of a start that may be re-executed with an archive: a start by {@code java -jar} on one jar, not
     * switched off, not re-executed already, not an installed image, without class-data options of its own.
     */
    static Optional<Path> relaunchableJar(Start start) {
        if (switchedOff(start.setting()) || start.relaunched() || start.packaged()) {
            return Optional.empty();
        }
        String classPath = start.classPath();
        String command = start.javaCommand();
        if (classPath == null || classPath.isEmpty() || classPath.contains(File.pathSeparator)
                || !classPath.toLowerCase(Locale.ROOT).endsWith(".jar") || command == null
                || !(command.equals(classPath) || command.startsWith(classPath + " "))) {
            return Optional.empty();
        }
        int jarOption = start.arguments().indexOf("-jar");
        if (jarOption < 0) {
            return Optional.empty();
        }
        for (String option : start.arguments().subList(0, jarOption)) {
            if (ownSharing(option)) {
                return Optional.empty();
            }
        }
        Path jar = Path.of(classPath);
        return Files.isRegularFile(jar) ? Optional.of(jar) : Optional.empty();
    }

    /** The jar and the jars its manifest's {@code Class-Path} names, in that order. */
    static List<Path> classPathJars(Path jar) throws IOException {
        List<Path> jars = new ArrayList<>();
        jars.add(jar.toAbsolutePath());
        String classPath;
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            classPath = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
        }
        if (classPath != null) {
            URI base = jar.toAbsolutePath().toUri();
            for (String entry : classPath.trim().split("\\s+")) {
                if (!entry.isEmpty()) {
                    URI resolved = base.resolve(entry);
                    if ("file".equals(resolved.getScheme())) {
                        jars.add(Path.of(resolved));
                    }
                }
            }
        }
        return jars;
    }

    /**
     * The name of an archive for these jars and this runtime: it changes when any jar is rebuilt, moved or replaced
     * (path, size, time of modification) or when the runtime does.
     */
    static String key(List<Path> jars, String javaHome, String vmVersion) throws IOException {
        StringBuilder identity = new StringBuilder(javaHome).append('\n').append(vmVersion);
        for (Path jar : jars) {
            identity.append('\n').append(jar.toAbsolutePath());
            if (Files.isRegularFile(jar)) {
                identity.append('|').append(Files.size(jar)).append('|')
                        .append(Files.getLastModifiedTime(jar).toMillis());
            }
        }
        byte[] bytes = identity.toString().getBytes(StandardCharsets.UTF_8);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return String.format(Locale.ROOT, "%08x%08x", crc.getValue(), identity.toString().hashCode());
    }

    /** The user's cache folder for Inclusio: XDG cache on Linux, local application data on Windows, Caches on macOS. */
    static Path cacheDirectory(Map<String, String> environment, String osName, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = environment.get("LOCALAPPDATA");
            Path base = local != null && !local.isBlank() ? Path.of(local) : home.resolve("AppData").resolve("Local");
            return base.resolve("Inclusio").resolve("cache");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Caches").resolve("Inclusio");
        }
        String xdg = environment.get("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".cache");
        return base.resolve("inclusio");
    }

    /**
     * The re-executed command: the same runtime, its options, then the archive to use (or, with {@code archive}
     * null, where to write one), quiet about class-data sharing, marked as re-executed, then the same {@code -jar},
     * jar and arguments.
     */
    static List<String> relaunchCommand(String executable, List<String> arguments, Path archive, Path part) {
        List<String> command = new ArrayList<>();
        command.add(executable);
        if (archive != null) {
            command.add("-XX:SharedArchiveFile=" + archive);
            command.add("-Xshare:auto");
        } else {
            command.add("-XX:ArchiveClassesAtExit=" + part);
        }
        // checksums written with the archive and checked when it is mapped: an archive damaged since it was
        // written is then passed over (a start without it) instead of making the runtime abort
        command.add("-XX:+VerifySharedSpaces");
        command.add("-Xlog:cds=off");
        command.add("-Xlog:cds+dynamic=off");
        command.add("-D" + RELAUNCHED_PROPERTY + "=true");
        command.addAll(arguments);
        return command;
    }

    private static int waitFor(Process child) {
        while (true) {
            try {
                return child.waitFor();
            } catch (InterruptedException e) {
                // the window is still open in the re-executed runtime: wait for it all the same
                Thread.interrupted();
            }
        }
    }

    /**
     * Puts the archive the re-executed runtime wrote under its name in one step, once the runtime has shown that it
     * maps it (a damaged archive makes the runtime abort, not start without it), and removes archives of earlier
     * jars and parts left by starts that were killed. A part that does not map is removed.
     */
    static void keep(Path part, Path directory, String key, boolean verbose,
                     java.util.function.Predicate<Path> maps) {
        try {
            if (!Files.isRegularFile(part) || Files.size(part) == 0 || !maps.test(part)) {
                Files.deleteIfExists(part);
                tell(verbose, "no usable archive was written");
                return;
            }
            Path archive = archiveName(directory, key, Files.size(part));
            try {
                Files.move(part, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.deleteIfExists(part);
                return;
            }
            tell(verbose, "archive written: " + archive);
            removeOthers(archive);
        } catch (IOException | RuntimeException e) {
            tell(verbose, "archive not kept: " + e);
        }
    }

    /**
     * The archive's name: the key, then its length in bytes, which {@link #wholeArchive} compares with the file's
     * before the runtime gets it (Java 17 aborts on an archive cut short, even when sharing is only asked for).
     */
    static Path archiveName(Path directory, String key, long bytes) {
        return directory.resolve(ARCHIVE_PREFIX + key + "-" + bytes + ARCHIVE_SUFFIX);
    }

    /**
     * The archive of this key whose length is still the one in its name; archives of the key whose length is not
     * (cut short since they were written) are removed, so that the start writes a new one.
     */
    static Optional<Path> wholeArchive(Path directory, String key) {
        if (!Files.isDirectory(directory)) {
            return Optional.empty();
        }
        Path whole = null;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, ARCHIVE_PREFIX + key + "-*"
                + ARCHIVE_SUFFIX)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                String length = name.substring(ARCHIVE_PREFIX.length() + key.length() + 1,
                        name.length() - ARCHIVE_SUFFIX.length());
                boolean matches = length.chars().allMatch(Character::isDigit) && !length.isEmpty()
                        && length.length() < 19 && Files.isRegularFile(file) && Files.size(file) > 0
                        && Files.size(file) == Long.parseLong(length);
                if (matches && whole == null) {
                    whole = file;
                } else {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.ofNullable(whole);
    }

    private static void removeOthers(Path archive) throws IOException {
        long now = System.currentTimeMillis();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(archive.getParent(), ARCHIVE_PREFIX + "*")) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                boolean otherArchive = name.endsWith(ARCHIVE_SUFFIX) && !file.equals(archive);
                boolean stalePart = name.endsWith(PART_SUFFIX)
                        && now - Files.getLastModifiedTime(file).toMillis() > STALE_PART_MILLIS;
                if (otherArchive || stalePart) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private static void tell(boolean verbose, String message) {
        if (verbose) {
            System.err.println("inclusio: class-data archive: " + message);
        }
    }
}
