package org.inclusio.gui.util;

import javafx.beans.value.ObservableStringValue;
import javafx.css.PseudoClass;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import org.controlsfx.control.decoration.Decorator;
import org.controlsfx.control.decoration.GraphicDecoration;
import javafx.geometry.Pos;

/**
 * Shows a ViewModel's validation message next to its field: a text under the field in plain
 * words, a red outline and mark on the field (ControlsFX decoration), and the same text as the
 * field's accessible help so a screen reader reads it (a help text the field had before is read again
 * once the message is gone). The line under the field is there with or without a message, so the form
 * never jumps while the user types or points.
 */
public final class FieldErrors {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private FieldErrors() {
    }

    /**
     * @param field   the input control
     * @param message the label under it that shows the message (hidden while there is none)
     * @param error   the ViewModel's message for that field; empty or null when valid
     */
    public static void bind(Control field, Label message, ObservableStringValue error) {
        // a binding made for this message lives as long as the label (bindings hold their sources only weakly)
        message.getProperties().put(FieldErrors.class, error);
        message.getStyleClass().add("field-error");
        message.setWrapText(true);
        String help = field.getAccessibleHelp();
        update(field, message, error.get(), help);
        error.addListener((observable, old, now) -> update(field, message, now, help));
    }

    private static void update(Control field, Label message, String error, String help) {
        boolean invalid = error != null && !error.isBlank();
        // the message's line is kept while there is no message, so a message coming or going never moves the
        // fields under the pointer
        message.setText(invalid ? error : "");
        message.setVisible(invalid);
        message.setManaged(true);
        field.pseudoClassStateChanged(INVALID, invalid);
        field.setAccessibleHelp(invalid ? error : help);
        if (field.getScene() != null) {
            Decorator.removeAllDecorations(field);
            if (invalid) {
                Label mark = new Label("!");
                mark.getStyleClass().add("field-error-mark");
                Decorator.addDecoration(field, new GraphicDecoration(mark, Pos.TOP_RIGHT));
            }
        }
    }
}
