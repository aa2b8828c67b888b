package org.inclusio.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import org.inclusio.app.InclusioApp;

/**
 * Runs in a child process of the cold-start benchmark: launches either the bare window
 * ({@code bare}) or the real application and prints {@link #MARKER} once the window is usable: with
 * {@code app --store=DIR} when the activity register shows its first rows, with {@code empty --store=DIR}
 * (a store without records) when the welcome is shown, with {@code first --store=DIR} (a folder without a
 * store) when "Create a new store" is shown. Then it prints the heap in use after garbage collection.
 * Along the way it prints {@link #PHASE_PREFIX} lines with the wall-clock time at which the unlock screen
 * was answered and the main window's frame appeared. With {@code resources --store=DIR} it waits for the
 * register's rows as {@code app} does, then measures what the open window costs ({@link WindowResources}).
 * Watching from outside the application keeps the application itself unchanged.
 */
public final class StartupProbe {

    /** The line printed when the window is usable. */
    static final String MARKER = "BENCHMARK-WINDOW-READY";
    /** Followed by the bytes of heap in use after a full collection, with the window open. */
    static final String HEAP_PREFIX = "BENCHMARK-HEAP ";
    /** Followed by a phase's name and the wall-clock milliseconds at which the probe saw it. */
    static final String PHASE_PREFIX = "BENCHMARK-PHASE ";
    /** Followed by whether the application runs in the runtime re-executed with its class-data archive. */
    static final String RELAUNCHED_PREFIX = "BENCHMARK-RELAUNCHED ";
    private static final long POLL_MILLIS = 5;
    private static final long GIVE_UP_SECONDS = 300;

    private StartupProbe() {
    }

    public static void main(String[] args) throws InterruptedException {
        String mode = args.length > 0 ? args[0] : "bare";
        boolean app = !mode.equals("bare");
        String[] appArgs = java.util.Arrays.copyOfRange(args, Math.min(1, args.length), args.length);
        Thread launcher = new Thread(() -> Application.launch(app ? InclusioApp.class : BareWindowApp.class, appArgs),
                "launcher");
        launcher.setDaemon(true);
        launcher.start();
        watch(mode, launcher);
    }

    /**
     * Waits until the window shows what the mode waits for, prints the marker and the heap and exits; the
     * launching thread, if given, is left to end first.
     */
    static void watch(String mode, Thread launcher) throws InterruptedException {
        System.out.println(RELAUNCHED_PREFIX + (System.getProperty("inclusio.cds.relaunched") != null));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(GIVE_UP_SECONDS);
        while (System.nanoTime() < deadline) {
            if (ready(mode)) {
                System.out.println(MARKER);
                if (mode.equals("resources")) {
                    WindowResources.measure();
                }
                System.out.println(HEAP_PREFIX + retainedHeap());
                System.out.flush();
                Platform.exit();
                if (launcher != null) {
                    launcher.join(TimeUnit.SECONDS.toMillis(GIVE_UP_SECONDS));
                }
                System.exit(0);
            }
            Thread.sleep(POLL_MILLIS);
        }
        System.out.println("BENCHMARK-WINDOW-TIMEOUT");
        System.exit(2);
    }

    /** Asks the FX thread whether a window is showing what the mode waits for. */
    private static boolean ready(String mode) throws InterruptedException {
        AtomicBoolean ready = new AtomicBoolean();
        CountDownLatch answered = new CountDownLatch(1);
        try {
            Platform.runLater(() -> {
                for (Window window : Window.getWindows()) {
                    if (!window.isShowing() || window.getScene() == null) {
                        continue;
                    }
                    Parent root = window.getScene().getRoot();
                    if (!mode.equals("bare") && !mode.equals("first")) {
                        unlock(root);
                    }
                    if (!frameSeen && root.lookup("#navigation") != null) {
                        frameSeen = true;
                        phase("frame");
                    }
                    if (usable(mode, root)) {
                        ready.set(true);
                    }
                }
                answered.countDown();
            });
        } catch (IllegalStateException toolkitNotStarted) {
            return false;
        }
        answered.await(1, TimeUnit.SECONDS);
        return ready.get();
    }

    private static boolean usable(String mode, Parent root) {
        return switch (mode) {
            case "app", "resources" -> hasRows(root);
            case "empty" -> root.lookup("#loadExampleButton") != null;
            case "first" -> root.lookup("#createScreen") != null;
            default -> true;
        };
    }

    private static void phase(String name) {
        System.out.println(PHASE_PREFIX + name + " " + System.currentTimeMillis());
    }

    private static volatile boolean frameSeen;

    /** Types the stores' passphrase into the unlock screen once and presses Enter, as a user at once would. */
    private static void unlock(javafx.scene.Parent root) {
        if (root.lookup("#passphraseField") instanceof javafx.scene.control.PasswordField field
                && field.getText().isEmpty() && !field.isDisabled() && !unlockTyped) {
            unlockTyped = true;
            phase("unlock");
            field.setText(org.inclusio.testing.TestStores.PASSPHRASE);
            field.fireEvent(new javafx.event.ActionEvent(field, field));
        }
    }

    private static volatile boolean unlockTyped;

    /** Heap in use once garbage is collected: what the open window keeps alive. */
    private static long retainedHeap() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            memory.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static boolean hasRows(Node node) {
        if (node instanceof TableView<?> table && !table.getItems().isEmpty()) {
            return true;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                if (hasRows(child)) {
                    return true;
                }
            }
        }
        return false;
    }
}
