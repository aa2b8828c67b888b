package org.inclusio.gui.util;

import java.util.Objects;

/**
 * An editor's unsaved work, to be carried into a new copy of the editor (the window built again in another
 * language): the record as it is stored, and what the form holds now.
 *
 * @param stored  the record as stored (or blank, for a new record)
 * @param current what the form holds, not yet saved
 * @param <D>     the editor's draft type
 */
public record UnsavedWork<D>(D stored, D current) {

    public UnsavedWork {
        Objects.requireNonNull(stored);
        Objects.requireNonNull(current);
    }
}
