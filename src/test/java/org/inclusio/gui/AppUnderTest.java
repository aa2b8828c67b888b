package org.inclusio.gui;

import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import org.inclusio.app.InclusioApp;
import org.inclusio.gui.prefs.WindowPreferences;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real application on a given store for a GUI test, and stops it again. */
public final class AppUnderTest implements AutoCloseable {

    private final InclusioApp app;

    private AppUnderTest(InclusioApp app) {
        this.app = app;
    }

    public static AppUnderTest start(Path store) throws TimeoutException {
        // the window's tests start on an existing store; its first-start creation is tested on its own
        org.inclusio.testing.TestStores.open(store).close();
        FxToolkit.registerPrimaryStage();
        WindowPreferences preferences = new WindowPreferences(
                Preferences.userRoot().node("org/inclusio/test/" + UUID.randomUUID()));
        InclusioApp app = (InclusioApp) FxToolkit.setupApplication(() -> new InclusioApp(store, preferences,
                org.inclusio.testing.TestStores.secret()));
        WaitForAsyncUtils.waitForFxEvents();
        return new AppUnderTest(app);
    }

    public InclusioApp app() {
        return app;
    }

    public Scene scene() {
        return app.stage().getScene();
    }

    /** Waits (up to 30 s) until the condition holds, letting the FX thread and workers run. */
    public static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Override
    public void close() throws TimeoutException {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }
}
