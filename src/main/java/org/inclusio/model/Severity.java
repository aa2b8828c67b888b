package org.inclusio.model;

/** How serious an observation of exclusion is. */
public enum Severity implements Term {
    LOW,
    MEDIUM,
    HIGH
}
