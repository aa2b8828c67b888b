package org.inclusio.gui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.Chart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.text.Text;

/**
 * What of a window's text does not fit: a label, button or other labelled control whose text is cut short with
 * an ellipsis, a labelled control reaching past the window's edge, a horizontal scroll bar around a form, a
 * control the keyboard reaches or a table or list lying (partly) outside what the window shows, below or beside it,
 * without a scroll pane that brings it into view, a chart's text (title, axis names, numbers, legend) cut by an
 * edge, a group's name a chart's category axis leaves out because the names would overlap, and a chart whose
 * bars are left less than a quarter of its width.
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
            if (node instanceof CategoryAxis axis && showing(axis)) {
                // a category's name the axis leaves out because the names would overlap
                axis.getChildrenUnmodifiable().stream()
                        .filter(part -> part instanceof Text text && !text.isVisible() && !text.getText().isBlank())
                        .forEach(part -> found.add("chart label left out: " + ((Text) part).getText()));
            }
            if (node instanceof XYChart<?, ?> chart && showing(chart) && chart.getWidth() > 0) {
                // the bars keep a fair part of the chart's width beside the groups' names and the legend
                Node plot = chart.lookup(".chart-plot-background");
                if (plot instanceof Region area && area.getWidth() < chart.getWidth() / 4) {
                    found.add("chart's bars squeezed: " + Math.round(area.getWidth()) + " px of "
                            + Math.round(chart.getWidth()) + " px");
                }
            }
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
            if (reachable(node)) {
                String out = outOfReach(node);
                if (out != null) {
                    found.add("out of reach (" + out + "): " + name(node));
                }
            }
            // a chart's titles, axis names, tick labels and legend: whole, not cut by the chart's or the window's edge
            if (node instanceof Text text && !text.getText().isBlank() && within(node, Chart.class)) {
                String out = outOfReach(node);
                if (out != null) {
                    found.add("chart text cut (" + out + "): " + text.getText());
                }
            }
            if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL
                    && !(bar.getParent() instanceof VirtualFlow<?>)) {
                found.add("a horizontal scroll bar in " + describe(bar.getParent()) + widest(bar.getParent()));
            }
        }
        return found;
    }

    /** A control the keyboard reaches, or a table or list: the user must be able to see all of it. */
    private static boolean reachable(Node node) {
        return node instanceof TableView<?> || node instanceof TreeTableView<?> || node instanceof ListView<?>
                || node instanceof Control control && control.isFocusTraversable()
                && !(node instanceof ScrollPane) && !(node instanceof ScrollBar);
    }

    /**
     * How the control lies (partly) outside what the window shows, or null when it is all in view or inside a
     * scroll pane that can scroll to it. What the window shows is the scene, narrowed by every clip on the way up
     * (a split pane's or tab pane's content is clipped to its part); a scroll pane ends the search, since it
     * brings what is inside into view, and is itself checked in turn as a part of the window.
     */
    private static String outOfReach(Node node) {
        Scene scene = node.getScene();
        if (scene == null) {
            return null;
        }
        Bounds bounds = node.localToScene(node.getLayoutBounds());
        Bounds shown = new BoundingBox(0, 0, scene.getWidth(), scene.getHeight());
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane pane) {
                // it scrolls to what it holds, in the directions it scrolls: there the pane itself must be in view
                Bounds own = pane.localToScene(pane.getLayoutBounds());
                boolean vertical = pane.getVbarPolicy() != ScrollPane.ScrollBarPolicy.NEVER;
                boolean horizontal = pane.getHbarPolicy() != ScrollPane.ScrollBarPolicy.NEVER;
                double minX = horizontal ? Math.max(own.getMinX(), Math.min(bounds.getMinX(), own.getMaxX()))
                        : bounds.getMinX();
                double maxX = horizontal ? Math.max(minX, Math.min(own.getMaxX(), bounds.getMaxX()))
                        : bounds.getMaxX();
                double minY = vertical ? Math.max(own.getMinY(), Math.min(bounds.getMinY(), own.getMaxY()))
                        : bounds.getMinY();
                double maxY = vertical ? Math.max(minY, Math.min(own.getMaxY(), bounds.getMaxY()))
                        : bounds.getMaxY();
                bounds = new BoundingBox(minX, minY, maxX - minX, maxY - minY);
                shown = new BoundingBox(0, 0, scene.getWidth(), scene.getHeight());
            } else if (n.getClip() != null) {
                shown = intersect(shown, n.localToScene(n.getClip().getBoundsInParent()));
            }
        }
        double below = bounds.getMaxY() - shown.getMaxY();
        double right = bounds.getMaxX() - shown.getMaxX();
        double above = shown.getMinY() - bounds.getMinY();
        double left = shown.getMinX() - bounds.getMinX();
        if (below <= 2 && right <= 2 && above <= 2 && left <= 2) {
            return null;
        }
        String where = below > 2 ? Math.round(below) + " px below the bottom"
                : right > 2 ? Math.round(right) + " px past the right edge"
                : above > 2 ? Math.round(above) + " px above the top" : Math.round(left) + " px past the left edge";
        return where;
    }

    private static Bounds intersect(Bounds a, Bounds b) {
        double minX = Math.max(a.getMinX(), b.getMinX());
        double minY = Math.max(a.getMinY(), b.getMinY());
        double maxX = Math.min(a.getMaxX(), b.getMaxX());
        double maxY = Math.min(a.getMaxY(), b.getMaxY());
        return new BoundingBox(minX, minY, Math.max(0, maxX - minX), Math.max(0, maxY - minY));
    }

    /** A control named by its text, accessible text or id, so the list says which it is. */
    private static String name(Node node) {
        String kind = node.getClass().getSimpleName();
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
            return kind + " \"" + labeled.getText() + "\"";
        }
        if (node.getAccessibleText() != null) {
            return kind + " \"" + node.getAccessibleText() + "\"";
        }
        return kind + " " + describe(node);
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

    private static boolean within(Node node, Class<?> type) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (type.isInstance(n)) {
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
