package org.inclusio.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.inclusio.Launcher;

/**
 * Runs the program's command line as the installed launcher does and, as the process ends, writes its
 * peak resident memory (the kernel's {@code VmHWM}, in kB) to the file named by the system property
 * {@value #PEAK_FILE}. Linux only: elsewhere the file is not written.
 */
public final class CliPeakMemory {

    static final String PEAK_FILE = "inclusio.benchmark.peakFile";

    private CliPeakMemory() {
    }

    public static void main(String[] args) {
        Path target = Path.of(System.getProperty(PEAK_FILE));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                    if (line.startsWith("VmHWM:")) {
                        Files.writeString(target, line.substring("VmHWM:".length()).replace("kB", "").trim());
                    }
                }
            } catch (IOException e) {
                // no figure: the benchmark reports the run as failed
            }
        }));
        Launcher.main(args);
    }
}
