package org.inclusio.model;

/** Where an exclusion flag stands. */
public enum FlagStatus implements Term {
    OPEN,
    MITIGATED,
    RESOLVED
}
