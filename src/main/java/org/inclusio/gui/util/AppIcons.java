package org.inclusio.gui.util;

import java.util.List;
import java.util.Objects;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The application's icon in the sizes the window system picks from, and its stylesheet. */
public final class AppIcons {

    private static final List<Integer> SIZES = List.of(16, 32, 64, 128, 256);

    private AppIcons() {
    }

    /** Gives a window the Inclusio icon. */
    public static void apply(Stage stage) {
        for (int size : SIZES) {
            stage.getIcons().add(image(size));
        }
    }

    /** The icon at one of the bundled sizes (16, 32, 64, 128, 256). */
    public static Image image(int size) {
        String name = "/org/inclusio/gui/icons/inclusio-" + size + ".png";
        return new Image(Objects.requireNonNull(AppIcons.class.getResource(name), name).toExternalForm());
    }

    /** The application stylesheet, for every scene. */
    public static String stylesheet() {
        return Objects.requireNonNull(AppIcons.class.getResource("/org/inclusio/gui/inclusio.css")).toExternalForm();
    }
}
