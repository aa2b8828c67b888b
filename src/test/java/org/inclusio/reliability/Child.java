package org.inclusio.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A child JVM running one command, its standard output and error collected as they come. Notes
 * when the child first reports progress (a percentage on standard error) or prints a chosen
 * marker line, so a test can kill it at a point it signalled.
 */
final class Child {

    private final Process process;
    private final long startedNanos;
    private final StringBuffer out = new StringBuffer();
    private final StringBuffer err = new StringBuffer();
    private final Thread outReader;
    private final Thread errReader;
    private final String marker;
    private volatile long progressNanos = -1;
    private volatile long markerNanos = -1;
    private volatile boolean killed;

    private Child(Process process, long startedNanos, String marker) {
        this.process = process;
        this.startedNanos = startedNanos;
        this.marker = marker;
        this.outReader = reader(process.getInputStream(), out, false);
        this.errReader = reader(process.getErrorStream(), err, true);
    }

    /**
     * Starts the command with the given environment additions.
     *
     * @param marker a line on standard output whose first appearance is timed, or null
     */
    static Child start(List<String> command, Map<String, String> environment, String marker) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("INCLUSIO_STORE");
        builder.environment().putAll(environment);
        long started = System.nanoTime();
        Process process = builder.start();
        process.getOutputStream().close();
        return new Child(process, started, marker);
    }

    private Thread reader(InputStream stream, StringBuffer into, boolean watchProgress) {
        Thread thread = new Thread(() -> {
            StringBuilder line = new StringBuilder();
            try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
                char[] buffer = new char[4096];
                int read;
                while ((read = reader.read(buffer)) >= 0) {
                    into.append(buffer, 0, read);
                    for (int i = 0; i < read; i++) {
                        char c = buffer[i];
                        if (watchProgress && c == '%' && progressNanos < 0) {
                            progressNanos = System.nanoTime();
                        }
                        if (c == '\n') {
                            if (marker != null && markerNanos < 0 && line.toString().strip().equals(marker)) {
                                markerNanos = System.nanoTime();
                            }
                            line.setLength(0);
                        } else {
                            line.append(c);
                        }
                    }
                }
            } catch (IOException e) {
                into.append("\n[output unreadable: ").append(e.getMessage()).append(']');
            }
        }, "child-output");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** Waits for the child to end; false when it is still running after the time. */
    boolean waitFor(long millis) throws InterruptedException {
        boolean ended = process.waitFor(millis, TimeUnit.MILLISECONDS);
        if (ended) {
            outReader.join(5_000);
            errReader.join(5_000);
        }
        return ended;
    }

    /** Kills the child as {@code kill -9} does and waits until it is gone. */
    void kill() throws InterruptedException {
        killed = true;
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
        outReader.join(5_000);
        errReader.join(5_000);
    }

    boolean alive() {
        return process.isAlive();
    }

    /** True when this child was killed (whether or not it had already ended). */
    boolean killed() {
        return killed;
    }

    int exitCode() {
        return process.exitValue();
    }

    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }

    long elapsedMillis() {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    /** Milliseconds from start to the first progress percentage, or -1. */
    long progressMillis() {
        return progressNanos < 0 ? -1 : (progressNanos - startedNanos) / 1_000_000;
    }

    /** Milliseconds from start to the marker line, or -1. */
    long markerMillis() {
        return markerNanos < 0 ? -1 : (markerNanos - startedNanos) / 1_000_000;
    }
}
