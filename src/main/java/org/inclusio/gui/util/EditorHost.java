package org.inclusio.gui.util;

import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/**
 * The right-hand side of a register: its empty state until a record is opened, then the editor. The
 * editor (many controls on several tabs) is built the first time a record is opened rather than when
 * the window starts, so a window that opens on a register shows its rows sooner.
 */
public final class EditorHost {

    private EditorHost() {
    }

    /** Shows {@code emptyState} while {@code editing} is false and the editor, built once, while it is true. */
    public static void install(StackPane host, Node emptyState, Supplier<Node> editor, ObservableBooleanValue editing) {
        emptyState.visibleProperty().bind(Bindings.not(editing));
        host.getChildren().setAll(emptyState);
        if (editing.get()) {
            attach(host, editor, editing);
            return;
        }
        editing.addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> observable, Boolean was,
                                Boolean now) {
                if (now) {
                    editing.removeListener(this);
                    attach(host, editor, editing);
                }
            }
        });
    }

    private static void attach(StackPane host, Supplier<Node> editor, ObservableBooleanValue editing) {
        Node node = editor.get();
        node.visibleProperty().bind(editing);
        host.getChildren().add(node);
    }
}
