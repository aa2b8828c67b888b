package org.inclusio.gui.util;

import java.util.ArrayList;
import java.util.List;

/**
 * Knows every open editor that may hold unsaved changes, so closing the window (or leaving an
 * editor) can ask the user first instead of losing work.
 */
public final class UnsavedChangesGuard {

    /** An editor that may have changes not yet saved. */
    public interface Editor {
        boolean hasUnsavedChanges();

        /** What the editor holds, for the question to the user, e.g. "the activity Diabetes day". */
        String description();
    }

    private final List<Editor> editors = new ArrayList<>();

    public void register(Editor editor) {
        editors.add(editor);
    }

    public void unregister(Editor editor) {
        editors.remove(editor);
    }

    /** The editors with unsaved changes right now. */
    public List<Editor> dirtyEditors() {
        return editors.stream().filter(Editor::hasUnsavedChanges).toList();
    }
}
