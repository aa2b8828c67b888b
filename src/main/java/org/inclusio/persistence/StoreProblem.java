package org.inclusio.persistence;

/** Why a store could not be opened; each has a message the user is shown. */
public enum StoreProblem {
    /** Another running copy of Inclusio has the store open. */
    IN_USE,
    /** The store was written by a newer version of Inclusio than this one. */
    NEWER_VERSION,
    /** The store's files cannot be read or written (permissions, disk, not a store). */
    UNREADABLE
}
