package org.inclusio.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.inclusio.testing.TestStores;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The command line's peak resident memory per analysis on a store: each command runs in a new JVM
 * with the JVM options of the installed launcher (read from {@code pom.xml}, so the figure follows
 * the options that ship) and reports the kernel's high-water mark of its resident memory as it ends.
 */
final class CliMemoryBenchmark {

    /** The commands measured, by the name the figures carry. */
    static final Map<String, List<String>> COMMANDS = commands();
    private static final long TIMEOUT_SECONDS = 600;

    private CliMemoryBenchmark() {
    }

    private static Map<String, List<String>> commands() {
        Map<String, List<String>> commands = new LinkedHashMap<>();
        commands.put("matrix", List.of("analyse", "matrix"));
        commands.put("representation", List.of("analyse", "representation"));
        commands.put("funnel", List.of("analyse", "funnel"));
        commands.put("flags.detect", List.of("analyse", "flags", "--detect"));
        return commands;
    }

    /** True where the kernel reports a process's peak resident memory. */
    static boolean supported() {
        return Files.isReadable(Path.of("/proc/self/status"));
    }

    /** Peak resident memory in MB of each command on the store, one run each. */
    static Map<String, Samples> measure(Path store, Path work, List<String> jvmOptions) throws Exception {
        Map<String, Samples> peaks = new LinkedHashMap<>();
        Files.createDirectories(work);
        for (Map.Entry<String, List<String>> command : COMMANDS.entrySet()) {
            Path peakFile = work.resolve("cli-peak-" + command.getKey() + ".txt");
            Path output = work.resolve("cli-output-" + command.getKey() + ".json");
            Files.deleteIfExists(peakFile);
            List<String> line = new ArrayList<>();
            line.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            line.addAll(jvmOptions);
            line.add("-D" + CliPeakMemory.PEAK_FILE + "=" + peakFile);
            line.add("-Djava.util.prefs.userRoot=" + work.resolve("prefs"));
            line.add("-cp");
            line.add(ColdStartBenchmark.classPath());
            line.add(CliPeakMemory.class.getName());
            line.addAll(command.getValue());
            line.addAll(List.of("--store=" + store, "--format=json", "--output=" + output));
            ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true);
            builder.environment().put("INCLUSIO_PASSPHRASE", TestStores.PASSPHRASE);
            Process process = builder.start();
            byte[] said;
            try (InputStream out = process.getInputStream()) {
                said = out.readAllBytes();
            }
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(command.getKey() + " did not finish in " + TIMEOUT_SECONDS + " s");
            }
            if (process.exitValue() != 0 || !Files.exists(peakFile)) {
                throw new IllegalStateException(command.getKey() + " failed (exit " + process.exitValue() + "): "
                        + new String(said, StandardCharsets.UTF_8));
            }
            double megabytes = Long.parseLong(Files.readString(peakFile).trim()) / 1024.0;
            peaks.put(command.getKey(), Samples.of(megabytes));
            Files.deleteIfExists(output);
        }
        return peaks;
    }

    /** The JVM options of the installed launcher: jpackage's {@code javaOptions} in the project's pom. */
    static List<String> launcherOptions(Path pom) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder().parse(pom.toFile());
            NodeList lists = document.getElementsByTagName("javaOptions");
            List<String> options = new ArrayList<>();
            for (int i = 0; i < lists.getLength(); i++) {
                NodeList children = lists.item(i).getChildNodes();
                for (int j = 0; j < children.getLength(); j++) {
                    if ("option".equals(children.item(j).getNodeName())) {
                        options.add(children.item(j).getTextContent().trim());
                    }
                }
            }
            if (options.isEmpty()) {
                throw new IOException("no launcher JVM options (javaOptions) in " + pom);
            }
            return options;
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IOException("could not read " + pom + ": " + e.getMessage(), e);
        }
    }
}
