package org.inclusio.gui.util;

import java.util.UUID;

/** What a register needs of the editor beside it: which record it shows, and the record actions. */
public interface RecordEditor extends UnsavedChangesGuard.Editor {

    /** The stored record shown, or null when the editor is empty or holds a new record. */
    UUID id();

    /** Reads a stored record into the editor (off the FX thread). */
    void open(UUID id);

    void save();

    /** Moves the record to the trash after asking. */
    void delete();
}
