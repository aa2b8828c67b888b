package org.inclusio.logic.exchange;

/** The user's choice for a record changed on both sides. */
public enum Resolution {
    /** Keep the store's record as it is. */
    KEEP_LOCAL,
    /** Replace the store's record with the one in the file. */
    TAKE_INCOMING
}
