package org.inclusio.gui.help;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import org.inclusio.logic.i18n.TaskGuide;

/**
 * Which task guide F1 opens: a screen marks its root with the task done there, and F1 opens the guide of the
 * innermost marked node around the focus (the flags pane inside the activity editor opens the flags guide, the
 * rest of the editor the meeting guide).
 */
public final class HelpContext {

    private static final Object KEY = TaskGuide.class;

    private HelpContext() {
    }

    /** Marks a screen (or part of one) as the place where the task is done. */
    public static <N extends Node> N mark(N node, TaskGuide guide) {
        node.getProperties().put(KEY, guide);
        return node;
    }

    /** The guide for the task done where the node is: its own mark or its nearest marked ancestor's. */
    public static Optional<TaskGuide> guideAt(Node node) {
        // on a row of tabs, the tab that is open tells where the user is
        if (node instanceof TabPane tabs && tabs.getSelectionModel().getSelectedItem() != null
                && tabs.getSelectionModel().getSelectedItem().getContent() != null
                && tabs.getSelectionModel().getSelectedItem().getContent().getProperties().get(KEY)
                        instanceof TaskGuide guide) {
            return Optional.of(guide);
        }
        for (Node at = node; at != null; at = at.getParent()) {
            if (at.getProperties().get(KEY) instanceof TaskGuide guide) {
                return Optional.of(guide);
            }
        }
        return Optional.empty();
    }
}
