package org.inclusio.gui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import org.inclusio.app.InclusioApp;
import org.inclusio.gui.prefs.WindowPreferences;
import org.inclusio.persistence.StoreSecret;
import org.inclusio.testing.TestStores;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real application on a given store for a GUI test, and stops it again. */
public final class AppUnderTest implements AutoCloseable {

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

    /**
     * Waits (up to 30 s) until the condition holds, letting the FX thread and workers run. A condition that looks
     * up a node not shown yet (a screen or editor built in the background) does not hold yet, and is asked again.
     */
    public static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            try {
                return condition.getAsBoolean();
            } catch (org.testfx.service.query.EmptyNodeQueryException notShownYet) {
                return false;
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Override
    public void close() throws TimeoutException {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }
}
