package org.inclusio.model;

/** Whether the store wrote an interchange file or read one. */
public enum ExchangeDirection {
    /** Written by this store (an export, a workshop packed for the office). */
    SENT,
    /** Imported into this store. */
    RECEIVED
}
