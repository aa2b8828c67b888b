package org.inclusio.model;

/** Where an exclusion flag stands. */
public enum FlagStatus implements Term {
    OPEN,
    MITIGATED,
    RESOLVED,
    /** An automatic flag a person has seen and accepts as a real problem. */
    ACKNOWLEDGED,
    /** An automatic flag a person judged not to be a problem, with the reason kept. */
    DISMISSED
}
