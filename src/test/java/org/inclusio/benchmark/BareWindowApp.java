package org.inclusio.benchmark;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The cold-start baseline: a bare JavaFX window with one label, the same size as the main window. */
public final class BareWindowApp extends Application {

    @Override
    public void start(Stage stage) {
        stage.setTitle("Bare window");
        stage.setScene(new Scene(new StackPane(new Label("Ready")), 1280, 760));
        stage.show();
    }
}
