package org.inclusio.gui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.Scene;
import org.inclusio.app.InclusioApp;
import org.inclusio.gui.prefs.WindowPreferences;
import org.inclusio.persistence.StoreSecret;
import org.inclusio.testing.TestStores;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.service.query.EmptyNodeQueryException;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real application on a given store for a GUI test, and stops it again. */
public final class AppUnderTest implements AutoCloseable {

    /**
     * How long {@link #waitUntil} waits for a condition: 60 s, or {@code -Dinclusio.test.waitSeconds=N} on a
     * machine so busy that the window's work takes longer.
     */
    private static final long WAIT_SECONDS = Long.getLong("inclusio.test.waitSeconds", 60);

    private final InclusioApp app;

    private AppUnderTest(InclusioApp app) {
        this.app = app;
    }

    /**
     * Starts the application already unlocked on the store in the folder, made first with the tests'
     * passphrase ({@link TestStores}) when the folder holds none.
     */
    public static AppUnderTest start(Path store) throws TimeoutException {
        if (!Files.exists(store.resolve("inclusio.mv.db"))) {
            TestStores.open(store).close();
        }
        return launch(store, TestStores.secret());
    }

    /**
     * Starts the application unlocked with the given preferences, so a test can start it again with what the
     * last run remembered.
     */
    public static AppUnderTest start(Path store, WindowPreferences preferences) throws TimeoutException {
        if (!Files.exists(store.resolve("inclusio.mv.db"))) {
            TestStores.open(store).close();
        }
        return launch(store, TestStores.secret(), null, preferences);
    }

    /** Preferences of their own for one test, apart from the user's and other tests'. */
    public static WindowPreferences freshPreferences() {
        return new WindowPreferences(Preferences.userRoot().node("org/inclusio/test/" + UUID.randomUUID()));
    }

    /**
     * Starts the application unlocked on the store (made first when the folder holds none), answering every
     * "save as" with the chooser instead of the system's file dialog.
     */
    public static AppUnderTest start(Path store, org.inclusio.gui.dialog.SaveFileChooser saveFiles)
            throws TimeoutException {
        if (!Files.exists(store.resolve("inclusio.mv.db"))) {
            TestStores.open(store).close();
        }
        FxToolkit.registerPrimaryStage();
        InclusioApp app = (InclusioApp) FxToolkit.setupApplication(() -> {
            InclusioApp application = new InclusioApp(store, freshPreferences(), TestStores.secret());
            application.chooseSaveFilesWith(saveFiles);
            return application;
        });
        WaitForAsyncUtils.waitForFxEvents();
        return new AppUnderTest(app);
    }

    /** Starts the application as a user does: it shows the unlock screen, or "Create a new store". */
    public static AppUnderTest startAsUser(Path store) throws TimeoutException {
        return launch(store, null);
    }

    /** Starts the application as a user does, with the given preferences (a text size chosen before, say). */
    public static AppUnderTest startAsUser(Path store, WindowPreferences preferences) throws TimeoutException {
        return launch(store, null, null, preferences);
    }

    /** Starts the application unlocked, as for an interchange file opened from the desktop: it offers the import. */
    public static AppUnderTest startOfferingImport(Path store, Path file) throws TimeoutException {
        if (!Files.exists(store.resolve("inclusio.mv.db"))) {
            TestStores.open(store).close();
        }
        return launch(store, TestStores.secret(), file);
    }

    private static AppUnderTest launch(Path store, StoreSecret secret) throws TimeoutException {
        return launch(store, secret, null);
    }

    private static AppUnderTest launch(Path store, StoreSecret secret, Path offeredImport) throws TimeoutException {
        return launch(store, secret, offeredImport, freshPreferences());
    }

    private static AppUnderTest launch(Path store, StoreSecret secret, Path offeredImport,
                                       WindowPreferences preferences) throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        InclusioApp app = (InclusioApp) FxToolkit.setupApplication(() -> {
            InclusioApp application = new InclusioApp(store, preferences, secret);
            if (offeredImport != null) {
                application.offerImportWhenOpen(offeredImport);
            }
            return application;
        });
        WaitForAsyncUtils.waitForFxEvents();
        return new AppUnderTest(app);
    }

    /** Gives the window the size it has on a 1366x768 laptop screen, as the layout checks and screenshots need. */
    public void fitLaptopScreen() {
        javafx.application.Platform.runLater(() -> {
            app.stage().setMaximized(false);
            app.stage().setWidth(1366);
            app.stage().setHeight(768);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    public InclusioApp app() {
        return app;
    }

    public Scene scene() {
        return app.stage().getScene();
    }

    /** The showing window whose title begins with the prefix, if there is one. */
    public static java.util.Optional<javafx.stage.Stage> showingWindowTitled(String prefix) {
        return javafx.stage.Window.getWindows().stream().filter(window -> window instanceof javafx.stage.Stage stage
                && stage.isShowing() && stage.getTitle() != null && stage.getTitle().startsWith(prefix))
                .map(javafx.stage.Stage.class::cast).findFirst();
    }

    /** Waits until a window whose title begins with the prefix shows, and returns it. */
    public static javafx.stage.Stage waitForWindowTitled(String prefix) throws TimeoutException {
        AtomicReference<javafx.stage.Stage> found = new AtomicReference<>();
        waitUntil(() -> {
            found.set(showingWindowTitled(prefix).orElse(null));
            return found.get() != null;
        });
        return found.get();
    }

    /**
     * Waits (up to 30 s, {@link #WAIT_SECONDS}) until the condition holds, letting the FX thread and workers
     * run. A node the condition looks up that is not on screen yet (it appears after work in the background)
     * means "not yet"; if it never appears, the time-out names it.
     */
    public static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        AtomicReference<EmptyNodeQueryException> missing = new AtomicReference<>();
        try {
            WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> {
                try {
                    boolean holds = condition.getAsBoolean();
                    missing.set(null);
                    return holds;
                } catch (EmptyNodeQueryException notShownYet) {
                    missing.set(notShownYet);
                    return false;
                }
            });
        } catch (TimeoutException e) {
            if (missing.get() != null) {
                TimeoutException named = new TimeoutException("still not on screen after " + WAIT_SECONDS + " s: "
                        + missing.get().getMessage());
                named.initCause(missing.get());
                throw named;
            }
            throw e;
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Waits until the register's editor shows the record just chosen: a record is read in the background and
     * the editor (built when the first one opens) is shown with its heading once it has arrived.
     */
    public static void waitForOpenedRecord(Scene scene) throws TimeoutException {
        waitUntil(() -> scene.getRoot().lookupAll("#headingLabel").stream().anyMatch(heading ->
                heading instanceof javafx.scene.control.Label label && label.getText() != null
                        && !label.getText().isBlank() && shownWithItsParents(label)));
    }

    private static boolean shownWithItsParents(Node node) {
        for (Node up = node; up != null; up = up.getParent()) {
            if (!up.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The node the query finds, once it is on screen: for a node that appears after work in the background
     * (a screen that changes, a dialog, an editor that opens), where looking it up at once would race.
     */
    public static <T extends Node> T shown(FxRobot robot, String query) throws TimeoutException {
        waitUntil(() -> robot.lookup(query).tryQuery().isPresent());
        return robot.lookup(query).query();
    }

    @Override
    public void close() throws TimeoutException {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }
}
