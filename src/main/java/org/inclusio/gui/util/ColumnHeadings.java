package org.inclusio.gui.util;

import javafx.beans.InvalidationListener;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.skin.TableColumnHeader;

/**
 * Keeps a table's column headings whole: a column is never made narrower than its heading's text, at every text
 * size. The least width follows the heading's font, so it grows with the text size, and the room the heading's
 * sort arrow and padding take. When the columns together need more room than the table has, the table scrolls
 * sideways within itself (its rows do the same), rather than cutting its headings short.
 */
public final class ColumnHeadings {

    private static final Object WATCHED = new Object();
    /** The column's least width as designed, kept under this key of its properties. */
    private static final Object DESIGNED = new Object();

    private ColumnHeadings() {
    }

    /**
     * Watches the table's headings from now on, including columns added later: after each layout of the window
     * it is in, a heading made since the last is fitted (the headings are made by the table's skin, when the
     * table is first laid out and again when its columns change).
     */
    public static void keepWhole(Control table) {
        if (table.getProperties().putIfAbsent(WATCHED, Boolean.TRUE) != null) {
            return;
        }
        Runnable afterLayout = () -> watchHeadings(table);
        table.sceneProperty().addListener((o, old, scene) -> {
            if (old != null) {
                old.removePostLayoutPulseListener(afterLayout);
            }
            if (scene != null) {
                scene.addPostLayoutPulseListener(afterLayout);
            }
        });
        if (table.getScene() != null) {
            table.getScene().addPostLayoutPulseListener(afterLayout);
        }
    }

    private static void watchHeadings(Control table) {
        // the row of headings comes first in the table, so finding it does not walk the rows
        Node headings = table.lookup(".column-header-background");
        if (headings == null) {
            return;
        }
        for (Node node : headings.lookupAll(".column-header")) {
            if (node instanceof TableColumnHeader header && header.getTableColumn() != null
                    && header.getTableColumn().getColumns().isEmpty()
                    && header.lookup(".label") instanceof Label label
                    && label.getProperties().putIfAbsent(WATCHED, Boolean.TRUE) == null) {
                TableColumnBase<?, ?> column = header.getTableColumn();
                column.getProperties().putIfAbsent(DESIGNED, column.getMinWidth());
                InvalidationListener fit = o -> fit(column, header, label);
                label.fontProperty().addListener(fit);
                label.textProperty().addListener(fit);
                label.widthProperty().addListener(fit);
                fit(column, header, label);
            }
        }
    }

    /** The column's least width: the heading's whole text with the room the rest of the heading takes beside it. */
    private static void fit(TableColumnBase<?, ?> column, TableColumnHeader header, Label label) {
        if (label.getText() == null || label.getText().isEmpty() || label.getWidth() <= 0) {
            return;
        }
        // padding and sort arrow: what the heading's width holds besides its label
        double beside = Math.max(0, header.getWidth() - label.getWidth());
        double needed = Math.ceil(label.prefWidth(-1) + beside);
        double designed = column.getProperties().get(DESIGNED) instanceof Double d ? d : 0;
        double least = Math.max(needed, designed);
        if (column.getMaxWidth() < least) {
            // a column kept narrow by design still shows its whole heading
            column.setMaxWidth(least);
        }
        if (Math.abs(column.getMinWidth() - least) >= 1) {
            column.setMinWidth(least);
        }
    }
}
