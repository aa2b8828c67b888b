package org.inclusio.persistence;

/** What a store folder holds, judged without opening it. */
public enum StoreState {
    /** No store: a new one may be created here. */
    MISSING,
    /** An encrypted store: it opens with its passphrase or recovery key. */
    ENCRYPTED,
    /** A store in clear, from an earlier version of the program: it should be encrypted. */
    CLEAR
}
