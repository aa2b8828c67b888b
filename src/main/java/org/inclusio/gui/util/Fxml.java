package org.inclusio.gui.util;

import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.fxml.FXMLLoader;
import org.inclusio.logic.i18n.Localization;

/** Loads a screen's FXML, which lies beside its View class, with the View as controller and the interface texts. */
public final class Fxml {

    private Fxml() {
    }

    /**
     * @param view       the View class; the FXML file is found next to it
     * @param file       the FXML file name, e.g. {@code "ActivityEditor.fxml"}
     * @param controller the View instance whose {@code @FXML} fields are filled
     * @return the FXML's root node
     */
    public static <T> T load(Class<?> view, String file, Object controller, Localization l10n) {
        FXMLLoader loader = new FXMLLoader(view.getResource(file), l10n.messages());
        loader.setController(controller);
        try {
            return loader.load();
        } catch (IOException e) {
            // a missing or broken FXML file is a defect of the build, not something the user can act on
            throw new UncheckedIOException("Cannot load " + file, e);
        }
    }
}
