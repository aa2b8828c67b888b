package org.inclusio.gui.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import org.inclusio.logic.i18n.Localization;

/** Loads an FXML file of this package with a View as its controller and the messages bundle. */
final class Fxml {

    private Fxml() {
    }

    static Parent load(String name, Object controller, Localization l10n) {
        FXMLLoader loader = new FXMLLoader(Fxml.class.getResource(name), l10n.messages());
        loader.setController(controller);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
