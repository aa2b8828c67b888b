package org.inclusio.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * A copy of the built {@code inclusio.jar} that also reaches the probe, for starting the application as
 * {@code java -jar}: the same entries, and a manifest whose {@code Class-Path} names copies of the original's libraries
 * under the same relative names, Monocle (the headless platform of the benchmark's
 * windows) and, last, a small jar with the probe's classes ({@link StartupProbe}, {@link ProbePreloader}).
 * {@code java -jar} ignores {@code -cp}, so this is the only way in without changing the application.
 */
final class ProbeJar {

    private ProbeJar() {
    }

    /** Writes the copy and the probe's jar into {@code directory} and gives the copy. */
    static Path write(Path builtJar, Path directory) throws IOException {
        if (!Files.isRegularFile(builtJar)) {
            throw new IllegalArgumentException("no built jar at " + builtJar + "; build it with ./mvnw package first");
        }
        Files.createDirectories(directory);
        Path probe = directory.resolve("startup-probe.jar");
        writeProbe(probe);
        Path copy = directory.resolve("inclusio.jar");
        try (JarFile original = new JarFile(builtJar.toFile())) {
            Manifest manifest = new Manifest(original.getManifest());
            Attributes main = manifest.getMainAttributes();
            // the libraries beside the copy under the same relative names: the runtime's class-data sharing reads a
            // manifest's Class-Path as paths relative to the jar, and leaves out of the archive what it cannot find so
            URI base = builtJar.toAbsolutePath().toUri();
            List<String> classPath = new ArrayList<>();
            String entries = main.getValue(Attributes.Name.CLASS_PATH);
            if (entries != null) {
                for (String entry : entries.trim().split("\\s+")) {
                    Path library = directory.resolve(entry);
                    Files.createDirectories(library.getParent());
                    Files.copy(Path.of(base.resolve(entry)), library, StandardCopyOption.REPLACE_EXISTING,
                            StandardCopyOption.COPY_ATTRIBUTES);
                    classPath.add(entry);
                }
            }
            for (String entry : ColdStartBenchmark.classPath().split(java.io.File.pathSeparator)) {
                Path file = Path.of(entry).getFileName();
                if (file.toString().startsWith("openjfx-monocle")) {
                    // Monocle's headless platform, on which the benchmark's windows run
                    Files.copy(Path.of(entry), directory.resolve(file), StandardCopyOption.REPLACE_EXISTING,
                            StandardCopyOption.COPY_ATTRIBUTES);
                    classPath.add(file.toString());
                }
            }
            classPath.add(probe.getFileName().toString());
            main.put(Attributes.Name.CLASS_PATH, String.join(" ", classPath));
            try (OutputStream file = Files.newOutputStream(copy);
                 JarOutputStream out = new JarOutputStream(file, manifest)) {
                Enumeration<JarEntry> all = original.entries();
                while (all.hasMoreElements()) {
                    JarEntry entry = all.nextElement();
                    if (entry.getName().equalsIgnoreCase(JarFile.MANIFEST_NAME)) {
                        continue;
                    }
                    out.putNextEntry(new JarEntry(entry.getName()));
                    try (InputStream in = original.getInputStream(entry)) {
                        in.transferTo(out);
                    }
                    out.closeEntry();
                }
            }
        }
        return copy;
    }

    private static void writeProbe(Path probe) throws IOException {
        Path classes;
        try {
            classes = Path.of(StartupProbe.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        Path folder = classes.resolve("org/inclusio/benchmark");
        try (OutputStream file = Files.newOutputStream(probe);
             JarOutputStream out = new JarOutputStream(file, new Manifest());
             Stream<Path> listed = Files.list(folder)) {
            for (Path member : listed.sorted().toList()) {
                String name = member.getFileName().toString();
                if (name.startsWith("StartupProbe") || name.startsWith("ProbePreloader")
                        || name.startsWith("BareWindowApp")) {
                    out.putNextEntry(new JarEntry("org/inclusio/benchmark/" + name));
                    Files.copy(member, out);
                    out.closeEntry();
                }
            }
        }
    }

    /** Removes a folder and everything in it, if it exists. */
    static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
