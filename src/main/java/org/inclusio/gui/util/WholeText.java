package org.inclusio.gui.util;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.Region;

/**
 * Keeps wrapping text whole: a label that wraps its text onto more lines is never given less height than its lines
 * need (a layout pane would otherwise squeeze it to fewer lines and end it with an ellipsis, which happens as soon
 * as the text is large). The room it takes is found by scrolling the screen, not by cutting the text short. A
 * section's title wraps too. A table's column headings are kept whole by their columns' least widths
 * ({@link ColumnHeadings}).
 */
public final class WholeText {

    private WholeText() {
    }

    /**
     * Keeps every word of a wrapping label, button or check box on one line: its least width is its widest word's at
     * the font in use (with its padding), so a narrow layout scrolls instead of breaking a word across lines
     * ("aktivitet-er"). Follows changes of the text, the text size and the padding.
     */
    public static void keepWordsWhole(Labeled labeled) {
        Runnable fit = () -> {
            javafx.scene.text.Text probe = new javafx.scene.text.Text();
            probe.setFont(labeled.getFont());
            double widest = 0;
            String text = labeled.getText();
            if (text != null) {
                for (String word : text.split("\\s+")) {
                    probe.setText(word);
                    widest = Math.max(widest, probe.getLayoutBounds().getWidth());
                }
            }
            javafx.geometry.Insets padding = labeled.getInsets();
            javafx.geometry.Insets labelPadding = labeled.getLabelPadding();
            labeled.setMinWidth(Math.ceil(widest + padding.getLeft() + padding.getRight() + labelPadding.getLeft()
                    + labelPadding.getRight()) + 1);
        };
        labeled.fontProperty().addListener(changed -> fit.run());
        labeled.textProperty().addListener(changed -> fit.run());
        labeled.insetsProperty().addListener(changed -> fit.run());
        labeled.labelPaddingProperty().addListener(changed -> fit.run());
        fit.run();
    }

    /**
     * Applies to every wrapping label, button and check box and every table under the node, in tabs, scroll and
     * titled panes too.
     */
    public static void keepWrappedTextWhole(Node node) {
        if (node instanceof Labeled labeled && labeled.getStyleClass().contains("section-title")) {
            // a section's title wraps as its text does
            labeled.setWrapText(true);
        }
        if (node instanceof Labeled labeled && labeled.isWrapText()
                && labeled.getMinHeight() == Region.USE_COMPUTED_SIZE) {
            labeled.setMinHeight(Region.USE_PREF_SIZE);
        }
        if (node instanceof TableView<?> || node instanceof TreeTableView<?>) {
            ColumnHeadings.keepWhole((Control) node);
        }
        if (node instanceof TabPane tabs) {
            for (Tab tab : tabs.getTabs()) {
                if (tab.getContent() != null) {
                    keepWrappedTextWhole(tab.getContent());
                }
            }
        } else if (node instanceof ScrollPane scroll && scroll.getContent() != null) {
            keepWrappedTextWhole(scroll.getContent());
        } else if (node instanceof TitledPane titled && titled.getContent() != null) {
            keepWrappedTextWhole(titled.getContent());
        } else if (node instanceof SplitPane split) {
            split.getItems().forEach(WholeText::keepWrappedTextWhole);
        } else if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(WholeText::keepWrappedTextWhole);
        }
    }
}
