package org.inclusio.model;

/** Whether a flag was raised by a person or by an automatic rule. */
public enum FlagOrigin implements Term {
    MANUAL,
    AUTOMATIC
}
