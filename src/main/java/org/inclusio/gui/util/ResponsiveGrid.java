package org.inclusio.gui.util;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.text.Font;

/**
 * Lets an editor's form reflow when its text is large or its room narrow, so labels stay whole and nothing
 * needs horizontal scrolling: a form of label-field pairs side by side (four columns) becomes one pair per row
 * (two columns), and a form of one pair per row puts each label above its field (one column). The room is
 * measured in em, so a larger text size counts as less room. A label with the message or help of a field
 * stays under that field, as it belongs to the field's row band (the rows up to the next label in the first
 * column).
 */
public final class ResponsiveGrid {

    /** How the form is laid out. */
    enum Layout { AS_DESIGNED, PAIRS, STACKED }

    /** Room, in em, that four columns of pairs need. */
    static final double PAIRS_SIDE_BY_SIDE = 40;
    /** Room, in em, that a label beside its field needs. */
    static final double LABEL_BESIDE_FIELD = 24;

    private final GridPane grid;
    private final int columns;
    private final Map<Node, int[]> designed = new HashMap<>();
    private final List<ColumnConstraints> designedColumns;
    private final Map<Label, Boolean> designedWrap = new HashMap<>();
    private Layout layout = Layout.AS_DESIGNED;
    private ScrollPane scroll;
    /** The least room, in em, the form as designed has been seen to take. */
    private double designedNeeds;

    private ResponsiveGrid(GridPane grid) {
        this.grid = grid;
        this.designedColumns = new ArrayList<>(grid.getColumnConstraints());
        int widest = 0;
        for (Node child : grid.getChildren()) {
            int column = index(GridPane.getColumnIndex(child));
            int row = index(GridPane.getRowIndex(child));
            int span = span(GridPane.getColumnSpan(child));
            designed.put(child, new int[] {row, column, span});
            widest = Math.max(widest, column + span);
            if (child instanceof Label label) {
                designedWrap.put(label, label.isWrapText());
            }
        }
        this.columns = Math.max(widest, designedColumns.size());
    }

    /** Makes every form grid of two or four columns under the root reflow (tabs, split, scroll and titled panes too). */
    public static void applyToForms(Node root) {
        for (GridPane grid : grids(root, new ArrayList<>())) {
            // a form inside another screen's (a pane within an editor) reflows once, not twice
            if (grid.getProperties().putIfAbsent(ResponsiveGrid.class, Boolean.TRUE) != null) {
                continue;
            }
            ResponsiveGrid responsive = new ResponsiveGrid(grid);
            if (responsive.columns == 2 || responsive.columns == 4) {
                responsive.watch();
            }
        }
    }

    private static List<GridPane> grids(Node node, List<GridPane> found) {
        if (node instanceof GridPane grid) {
            found.add(grid);
        }
        if (node instanceof TabPane tabs) {
            for (Tab tab : tabs.getTabs()) {
                if (tab.getContent() != null) {
                    grids(tab.getContent(), found);
                }
            }
        } else if (node instanceof ScrollPane scroll && scroll.getContent() != null) {
            grids(scroll.getContent(), found);
        } else if (node instanceof TitledPane titled && titled.getContent() != null) {
            grids(titled.getContent(), found);
        } else if (node instanceof javafx.scene.control.SplitPane split) {
            split.getItems().forEach(item -> grids(item, found));
        } else if (node instanceof Parent parent && !(node instanceof javafx.scene.control.Control)) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                grids(child, found);
            }
        }
        return found;
    }

    private void watch() {
        grid.widthProperty().addListener((o, old, now) -> update());
        grid.getChildren().stream().filter(Label.class::isInstance).findFirst()
                .ifPresent(label -> ((Label) label).fontProperty().addListener((o, old, now) -> update()));
        update();
    }

    private void update() {
        double width = room();
        if (width <= 0) {
            return;
        }
        Font font = grid.getChildren().stream().filter(Label.class::isInstance).map(n -> ((Label) n).getFont())
                .findFirst().orElse(Font.getDefault());
        double room = width / font.getSize();
        if (layout == Layout.AS_DESIGNED && columns == 4) {
            // the least room the form as designed takes, in em (its fields' and labels' least widths)
            designedNeeds = Math.max(designedNeeds, grid.minWidth(-1) / font.getSize());
        }
        Layout wanted = choose(room, columns);
        if (wanted == Layout.AS_DESIGNED && columns == 4 && room + 0.05 < designedNeeds) {
            wanted = Layout.PAIRS;
        }
        if (wanted != layout) {
            layout = wanted;
            arrange();
        }
    }

    /**
     * The room the form has: its width, but in a scroll pane no more than the pane shows (a form as designed
     * that is wider than that would be scrolled sideways, its width then saying nothing of the room).
     */
    private double room() {
        double width = grid.getWidth();
        ScrollPane scroll = scrollAround();
        if (scroll != null && scroll.getContent() != null && scroll.getViewportBounds().getWidth() > 0) {
            // what the scrolled content holds beside the form (its padding) takes room too
            double beside = Math.max(0, scroll.getContent().getLayoutBounds().getWidth() - width);
            width = Math.min(width, scroll.getViewportBounds().getWidth() - beside);
        }
        return width;
    }

    /** The scroll pane the form is in, once it is shown; watched for its room from then on. */
    private ScrollPane scrollAround() {
        if (scroll == null) {
            for (Node n = grid.getParent(); n != null; n = n.getParent()) {
                if (n instanceof ScrollPane pane) {
                    scroll = pane;
                    pane.viewportBoundsProperty().addListener((o, old, now) -> update());
                    break;
                }
            }
        }
        return scroll;
    }

    /** The layout for the room (in em) a form of so many columns has. */
    static Layout choose(double roomInEm, int columns) {
        if (columns == 4 && roomInEm >= PAIRS_SIDE_BY_SIDE) {
            return Layout.AS_DESIGNED;
        }
        if (roomInEm >= LABEL_BESIDE_FIELD) {
            return columns == 4 ? Layout.PAIRS : Layout.AS_DESIGNED;
        }
        return Layout.STACKED;
    }

    private void arrange() {
        if (layout == Layout.AS_DESIGNED) {
            designed.forEach((node, place) -> place(node, place[0], place[1], place[2]));
            designedWrap.forEach(Label::setWrapText);
            grid.getColumnConstraints().setAll(designedColumns);
            return;
        }
        designedWrap.keySet().forEach(label -> label.setWrapText(true));
        // bands: a row with something in the first column starts one; the rows after it (messages, help) follow
        TreeMap<Integer, List<Node>> byRow = new TreeMap<>();
        designed.forEach((node, place) -> byRow.computeIfAbsent(place[0], r -> new ArrayList<>()).add(node));
        List<List<Integer>> bands = new ArrayList<>();
        for (Map.Entry<Integer, List<Node>> row : byRow.entrySet()) {
            boolean starts = row.getValue().stream().anyMatch(node -> designed.get(node)[1] == 0);
            if (starts || bands.isEmpty()) {
                bands.add(new ArrayList<>());
            }
            bands.get(bands.size() - 1).add(row.getKey());
        }
        int next = 0;
        int halves = columns == 4 ? 2 : 1;
        for (List<Integer> band : bands) {
            for (int half = 0; half < halves; half++) {
                for (int row : band) {
                    List<Node> inHalf = new ArrayList<>();
                    for (Node node : byRow.get(row)) {
                        int column = designed.get(node)[1];
                        if (halves == 1 || column / 2 == half) {
                            inHalf.add(node);
                        }
                    }
                    inHalf.sort(Comparator.comparingInt(node -> designed.get(node)[1]));
                    if (inHalf.isEmpty()) {
                        continue;
                    }
                    if (layout == Layout.STACKED) {
                        for (Node node : inHalf) {
                            place(node, next++, 0, 1);
                        }
                    } else {
                        for (Node node : inHalf) {
                            int column = designed.get(node)[1] % 2;
                            place(node, next, column, Math.min(designed.get(node)[2], 2 - column));
                        }
                        next++;
                    }
                }
            }
        }
        if (layout == Layout.STACKED) {
            grid.getColumnConstraints().setAll(column(100));
        } else {
            grid.getColumnConstraints().setAll(column(34), column(66));
        }
    }

    private static ColumnConstraints column(double percent) {
        ColumnConstraints constraints = new ColumnConstraints();
        constraints.setPercentWidth(percent);
        constraints.setMinWidth(0);
        constraints.setHgrow(Priority.ALWAYS);
        constraints.setFillWidth(true);
        return constraints;
    }

    private static void place(Node node, int row, int column, int span) {
        GridPane.setRowIndex(node, row);
        GridPane.setColumnIndex(node, column);
        GridPane.setColumnSpan(node, span);
    }

    private static int index(Integer value) {
        return value == null ? 0 : value;
    }

    private static int span(Integer value) {
        return value == null || value == GridPane.REMAINING ? 1 : value;
    }
}
