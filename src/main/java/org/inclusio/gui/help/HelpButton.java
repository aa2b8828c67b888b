package org.inclusio.gui.help;

import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import org.inclusio.logic.i18n.Localization;

/** Makes the small "?" buttons that open the help at the term they stand beside. */
public final class HelpButton {

    private final HelpView help;
    private final Localization l10n;

    public HelpButton(HelpView help, Localization l10n) {
        this.help = help;
        this.l10n = l10n;
    }

    /**
     * @param topicKey the help topic, e.g. {@code concept.tokenism} or {@code Mode.CO_DESIGN}
     * @param subject  what the button explains, read out by screen readers
     */
    public Button create(String topicKey, String subject) {
        Button button = new Button("?");
        button.getStyleClass().add("help-button");
        button.setFocusTraversable(true);
        String description = l10n.text("help.button.accessible", subject);
        button.setAccessibleText(description);
        button.setTooltip(new Tooltip(description));
        button.setOnAction(event -> help.show(button.getScene().getWindow(), topicKey));
        return button;
    }
}
