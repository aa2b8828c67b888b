package org.inclusio.benchmark;

import javafx.application.Preloader;
import javafx.stage.Stage;

/**
 * Brings {@link StartupProbe} into the application when it is started as {@code java -jar}, where no other main
 * class can be named: JavaFX creates this preloader (system property {@code javafx.preloader}) before the
 * application, and it starts the probe's watch on a thread of its own. The mode comes from the system property
 * {@value #MODE_PROPERTY}. It shows nothing.
 */
public final class ProbePreloader extends Preloader {

    static final String MODE_PROPERTY = "inclusio.probe.mode";

    public ProbePreloader() {
        Thread watch = new Thread(() -> {
            try {
                StartupProbe.watch(System.getProperty(MODE_PROPERTY, "app"), null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "startup-probe");
        watch.setDaemon(true);
        watch.start();
    }

    @Override
    public void start(Stage stage) {
        // the application's own window is what is measured
    }
}
