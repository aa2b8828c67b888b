package org.inclusio.model;

/** External exclusion (no place in the room) or internal exclusion (present but no say). */
public enum ExclusionKind implements Term {
    EXTERNAL,
    INTERNAL
}
