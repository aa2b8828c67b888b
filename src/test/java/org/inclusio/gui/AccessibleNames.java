package org.inclusio.gui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.TreeView;

/**
 * Finds the controls a keyboard user can reach that a screen reader would announce without a name: a
 * control is named by its accessible text, by its own text (a button, a check box), or by a label
 * that is {@code labelFor} it. The insides of a control (a combo box's editor, a table's cells) are
 * announced through the control and are not looked at.
 */
final class AccessibleNames {

    private AccessibleNames() {
    }

    /** A description (class, id, what is near it) of each unnamed focusable control under the root. */
    static List<String> unnamed(Node root) {
        Set<Node> labelled = new HashSet<>();
        collectLabelTargets(root, labelled);
        List<String> found = new ArrayList<>();
        walk(root, labelled, found);
        return found;
    }

    private static void collectLabelTargets(Node node, Set<Node> labelled) {
        if (node instanceof Label label && label.getLabelFor() != null) {
            labelled.add(label.getLabelFor());
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collectLabelTargets(child, labelled);
            }
        }
        if (node instanceof TabPane tabs) {
            for (Tab tab : tabs.getTabs()) {
                if (tab.getContent() != null && !tab.getContent().isVisible()) {
                    collectLabelTargets(tab.getContent(), labelled);
                }
            }
        }
    }

    private static void walk(Node node, Set<Node> labelled, List<String> found) {
        if (!node.isVisible() || node.isDisabled()) {
            return;
        }
        if (node instanceof Control control && control.isFocusTraversable() && !named(control, labelled)) {
            found.add(describe(control));
        }
        if (announcesItsInside(node)) {
            return;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, labelled, found);
            }
        }
    }

    private static boolean announcesItsInside(Node node) {
        return node instanceof ComboBoxBase<?> || node instanceof Spinner<?> || node instanceof TableView<?>
                || node instanceof TreeTableView<?> || node instanceof ListView<?> || node instanceof TreeView<?>
                || node instanceof TextArea || node instanceof Labeled;
    }

    private static boolean named(Control control, Set<Node> labelled) {
        if (notBlank(control.getAccessibleText()) || labelled.contains(control)) {
            return true;
        }
        if (control instanceof Labeled labeled) {
            return notBlank(labeled.getText());
        }
        if (control instanceof TabPane tabs) {
            return tabs.getTabs().stream().allMatch(tab -> notBlank(tab.getText()));
        }
        return false;
    }

    private static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }

    private static String describe(Control control) {
        StringBuilder text = new StringBuilder(control.getClass().getSimpleName());
        if (control.getId() != null) {
            text.append(" #").append(control.getId());
        }
        if (control instanceof javafx.scene.control.TextInputControl input && notBlank(input.getPromptText())) {
            text.append(" (prompt \"").append(input.getPromptText()).append("\")");
        }
        for (Node up = control.getParent(); up != null; up = up.getParent()) {
            if (up.getId() != null) {
                text.append(" in #").append(up.getId());
                break;
            }
        }
        return text.toString();
    }
}
