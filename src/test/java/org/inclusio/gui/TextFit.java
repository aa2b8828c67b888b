package org.inclusio.gui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.text.Text;

/**
 * What of a window's text does not fit: a label, button or other labelled control whose text is cut short with
 * an ellipsis, a labelled control reaching past the window's edge, and a horizontal scroll bar around a form.
 * Left out on purpose: the rows of lists and tables (records, cut short as their columns are, whole in the
 * editor), tab headers (those that do not fit are reached through the tab row's menu), the text shown inside a
 * choice box (its open list shows it whole) and a term's short explanation (kept to a few lines, the whole text
 * in its tooltip).
 */
public final class TextFit {

    private static final String COLUMN_HEADING = "column heading cut short: ";

    private TextFit() {
    }

    /** The problems under the root, each named by its text. Call on the FX thread after a layout pass. */
    public static List<String> problems(Node root) {
        List<String> found = new ArrayList<>();
        double width = root.getScene() == null ? Double.MAX_VALUE : root.getScene().getWidth();
        for (Node node : root.lookupAll("*")) {
            if (!showing(node) || node.getStyleClass().contains("field-help") || within(node, "tab-header-area")
                    || inRows(node) || node.getParent() instanceof ComboBoxBase<?>) {
                continue;
            }
            if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
                Node text = labeled.lookup(".text");
                if (text instanceof Text shown && shown.getText().endsWith(labeled.getEllipsisString())
                        && !labeled.getText().endsWith(labeled.getEllipsisString())) {
                    found.add((within(node, "column-header") ? COLUMN_HEADING : "cut short: ")
                            + labeled.getText());
                }
                Bounds bounds = node.localToScene(node.getLayoutBounds());
                // a table's headings scroll sideways with its columns, inside the table's edges
                if (bounds.getMaxX() > width + 1 && !within(node, "column-header")) {
                    found.add("past the window: " + labeled.getText());
                }
            }
            if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL
                    && !(bar.getParent() instanceof VirtualFlow<?>)) {
                found.add("a horizontal scroll bar in " + describe(bar.getParent()) + widest(bar.getParent()));
            }
        }
        return found;
    }

    /** Whether a problem is a table's column heading cut short. */
    public static boolean isColumnHeading(String problem) {
        return problem.startsWith(COLUMN_HEADING);
    }

    /** The innermost part of a scroll pane's content that needs more room than the pane shows, to say what is wide. */
    private static String widest(Node parent) {
        if (!(parent instanceof ScrollPane pane) || pane.getContent() == null) {
            return "";
        }
        double room = pane.getViewportBounds().getWidth();
        Node widest = null;
        for (Node node : pane.getContent().lookupAll("*")) {
            if (node instanceof Region region && region.minWidth(-1) > room + 1 && showing(node)) {
                widest = node;
            }
        }
        if (widest == null) {
            return "";
        }
        String text = widest instanceof Labeled labeled ? " \"" + labeled.getText() + "\"" : "";
        return " (too wide: " + widest.getClass().getSimpleName() + text + ", "
                + Math.round(((Region) widest).minWidth(-1)) + " px at least, " + Math.round(room) + " px shown)";
    }

    private static String describe(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getId() != null) {
                return "#" + n.getId();
            }
        }
        return String.valueOf(node);
    }

    private static boolean inRows(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof VirtualFlow<?>) {
                return true;
            }
        }
        return false;
    }

    private static boolean within(Node node, String styleClass) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getStyleClass().contains(styleClass)) {
                return true;
            }
        }
        return false;
    }

    private static boolean showing(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
