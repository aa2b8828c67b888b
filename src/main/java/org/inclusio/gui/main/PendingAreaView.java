package org.inclusio.gui.main;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.inclusio.logic.i18n.Localization;

/** What an area shows while its screens are still being built: says so plainly. */
public final class PendingAreaView {

    private PendingAreaView() {
    }

    public static Node create(Localization l10n, String titleKey, String explanationKey) {
        Label title = new Label(l10n.text(titleKey));
        title.getStyleClass().add("empty-state-title");
        Label explanation = new Label(l10n.text(explanationKey));
        explanation.getStyleClass().add("empty-state-text");
        explanation.setWrapText(true);
        explanation.setMaxWidth(560);
        VBox box = new VBox(12, title, explanation);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("empty-state");
        return box;
    }
}
