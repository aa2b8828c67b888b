package org.inclusio.persistence;

/** Why a store could not be opened or written; each has a message the user is shown. */
public enum StoreProblem {
    /** Another running copy of Inclusio has the store open. */
    IN_USE,
    /** The store was written by a newer version of Inclusio than this one. */
    NEWER_VERSION,
    /** The store's files cannot be read or written (permissions, not a store). */
    UNREADABLE,
    /** There is no store in the folder (and none was asked to be created). */
    MISSING,
    /** A new store was asked for where one already exists. */
    ALREADY_EXISTS,
    /** The passphrase does not open the store. */
    WRONG_PASSPHRASE,
    /** The recovery key does not open the store. */
    WRONG_RECOVERY_KEY,
    /** The store is encrypted and no passphrase was given. */
    PASSPHRASE_NEEDED,
    /** The store is encrypted but its key file is missing. */
    KEY_MISSING,
    /** The key file is damaged. */
    KEY_DAMAGED,
    /** The store's file is damaged (truncated, overwritten, not a store). */
    DAMAGED,
    /** The disk is full. */
    DISK_FULL,
    /** The store's folder or file may not be written. */
    READ_ONLY,
    /** The server cannot be reached (host, port, network, or the server is not running). */
    SERVER_UNREACHABLE,
    /** The server refused the user name or password. */
    LOGIN_FAILED,
    /** The server's user may not do this (missing grants for the role). */
    NOT_PERMITTED,
    /** The server accepted the login, but the login has no account in this store. */
    NO_ACCOUNT
}
