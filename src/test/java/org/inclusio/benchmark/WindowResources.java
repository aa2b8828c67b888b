package org.inclusio.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.inclusio.gui.main.Area;

/**
 * Runs inside {@link StartupProbe} once the register shows its rows: how long until the process is idle, its
 * resident memory then, how long the Analysis area takes to show the matrix and settle again, and the process's
 * peak resident memory at the end. Prints one {@link #PREFIX} line per figure. Linux only (reads
 * {@code /proc/self/status}).
 */
final class WindowResources {

    /** Followed by a figure's name and value: {@code settle} and {@code analysis} in seconds, the rest in kB. */
    static final String PREFIX = "BENCHMARK-RESOURCE ";
    /** The process counts as idle once it used less than this share of one core over {@link #IDLE_WINDOW_MILLIS}. */
    private static final double IDLE_SHARE = 0.10;
    private static final long IDLE_WINDOW_MILLIS = 500;
    private static final long SAMPLE_MILLIS = 50;
    /** The daily backup starts two minutes after the window opens; settling is judged well before that. */
    private static final long GIVE_UP_MILLIS = 100_000;

    private WindowResources() {
    }

    static void measure() throws InterruptedException {
        print("settle", settleSeconds());
        print("idle", residentKb("VmRSS:"));
        long clicked = System.nanoTime();
        onFx(WindowResources::openAnalysis);
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(GIVE_UP_MILLIS);
        while (!onFx(WindowResources::matrixShown)) {
            if (System.nanoTime() > deadline) {
                System.out.println("BENCHMARK-WINDOW-TIMEOUT");
                System.exit(2);
            }
            Thread.sleep(SAMPLE_MILLIS);
        }
        double shown = (System.nanoTime() - clicked) / 1e9;
        print("matrix", shown);
        print("analysis", shown + settleSeconds());
        print("afterAnalysis", residentKb("VmRSS:"));
        print("peak", residentKb("VmHWM:"));
        System.out.flush();
    }

    /** Seconds until the process used less than {@link #IDLE_SHARE} of a core over the last half second. */
    private static double settleSeconds() throws InterruptedException {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long began = System.nanoTime();
        int window = (int) (IDLE_WINDOW_MILLIS / SAMPLE_MILLIS);
        long[] cpu = new long[window + 1];
        long[] wall = new long[window + 1];
        for (int sample = 0; ; sample++) {
            int slot = sample % cpu.length;
            cpu[slot] = os.getProcessCpuTime();
            wall[slot] = System.nanoTime();
            if (sample >= window) {
                int oldest = (sample - window) % cpu.length;
                double share = (double) (cpu[slot] - cpu[oldest]) / (wall[slot] - wall[oldest]);
                if (share < IDLE_SHARE) {
                    return (wall[oldest] - began) / 1e9;
                }
            }
            if (System.nanoTime() - began > TimeUnit.MILLISECONDS.toNanos(GIVE_UP_MILLIS)) {
                return (System.nanoTime() - began) / 1e9;
            }
            Thread.sleep(SAMPLE_MILLIS);
        }
    }

    private static long residentKb(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.substring(field.length()).replace("kB", "").trim());
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    /** Presses the navigation's button of the Analysis area, as a click does. */
    private static boolean openAnalysis() {
        for (javafx.scene.Parent root : roots()) {
            if (root.lookup("#navigation") instanceof javafx.scene.Parent navigation) {
                List<ToggleButton> areas = navigation.getChildrenUnmodifiable().stream()
                        .filter(ToggleButton.class::isInstance).map(ToggleButton.class::cast).toList();
                areas.get(Area.ANALYSIS.ordinal()).fire();
                return true;
            }
        }
        throw new IllegalStateException("no navigation in the window");
    }

    /** Whether the matrix shows its cells (buttons in its grid). */
    private static boolean matrixShown() {
        for (javafx.scene.Parent root : roots()) {
            for (Node grid : root.lookupAll(".matrix-grid")) {
                if (grid instanceof GridPane pane && pane.isVisible() && pane.getScene() != null
                        && pane.getChildren().stream().anyMatch(Button.class::isInstance)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<javafx.scene.Parent> roots() {
        return Window.getWindows().stream().filter(Window::isShowing).filter(w -> w.getScene() != null)
                .map(w -> w.getScene().getRoot()).toList();
    }

    private static boolean onFx(java.util.function.BooleanSupplier work) throws InterruptedException {
        AtomicBoolean answer = new AtomicBoolean();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                answer.set(work.getAsBoolean());
            } finally {
                done.countDown();
            }
        });
        if (!done.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the window's thread did not answer within 30 s");
        }
        return answer.get();
    }

    private static void print(String name, double value) {
        System.out.println(PREFIX + name + " " + value);
    }
}
