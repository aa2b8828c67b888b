package org.inclusio.app.cli;

import org.inclusio.logic.exchange.Problem;
import org.inclusio.persistence.StoreProblem;

/**
 * The exit statuses of the commands, each with one meaning, so that a script can tell them apart. README's
 * table lists them; a test keeps the two the same.
 */
public enum ExitStatus {
    /** The command did what was asked. */
    DONE(0),
    /** The command could not do what was asked; the message says why. */
    FAILED(1),
    /** The command line itself was wrong: an unknown option, a missing or malformed argument. */
    USAGE(2),
    /** The store cannot be used: missing, damaged, written by a newer version, its key file lost or damaged. */
    STORE_UNUSABLE(3),
    /** {@code audit verify}: an audit entry was removed, reordered or altered. */
    AUDIT_BROKEN(4),
    /** Another running copy of Inclusio has the store open. */
    STORE_IN_USE(5),
    /** The passphrase or recovery key does not open the store or the file, or none was given. */
    NOT_UNLOCKED(6),
    /** The disk is full, or the store may not be written. */
    CANNOT_WRITE(7),
    /** The file to import has problems (each named by place and field); nothing was imported. */
    FILE_PROBLEMS(8),
    /** {@code import}: records changed on both sides remain as conflicts; everything else went in. */
    CONFLICTS_REMAIN(9);

    private final int code;

    ExitStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The status for a store that could not be opened or written. */
    static ExitStatus of(StoreProblem problem) {
        return switch (problem) {
            case IN_USE -> STORE_IN_USE;
            case WRONG_PASSPHRASE, WRONG_RECOVERY_KEY, PASSPHRASE_NEEDED, LOGIN_FAILED, NO_ACCOUNT -> NOT_UNLOCKED;
            case DISK_FULL, READ_ONLY, NOT_PERMITTED -> CANNOT_WRITE;
            case NEWER_VERSION, UNREADABLE, MISSING, ALREADY_EXISTS, KEY_MISSING, KEY_DAMAGED, DAMAGED,
                    SERVER_UNREACHABLE -> STORE_UNUSABLE;
        };
    }

    /** The status for a file that could not be imported. */
    static ExitStatus of(Problem problem) {
        return switch (problem) {
            case PASSPHRASE_NEEDED, WRONG_PASSPHRASE -> NOT_UNLOCKED;
            default -> FILE_PROBLEMS;
        };
    }
}
