package org.inclusio.logic.audit;

import java.util.Optional;

/** What an audit entry records. Stored by name, so new actions need no schema change. */
public enum AuditAction {
    /** A record was added. */
    CREATE,
    /** Fields of a record were changed. */
    UPDATE,
    /** A record was removed. */
    DELETE,
    /** A record was moved to the trash. */
    MOVE_TO_TRASH,
    /** A record was brought back from the trash. */
    RESTORE_FROM_TRASH,
    /** A record was removed from the trash for good. */
    PURGE,
    /** A person's identifying details were shown. */
    REVEAL_IDENTITY,
    /** Records were written to a file. */
    EXPORT,
    /** Records were read from a file into the store. */
    IMPORT,
    /** The example region was loaded. */
    LOAD_EXAMPLE,
    /** A backup of the store was made. */
    BACKUP,
    /** The store was restored from a backup. */
    RESTORE,
    /** A person was erased. */
    ERASE,
    /** Everything held about a person was written out for them. */
    ACCESS_REPORT,
    /** The store was unlocked. */
    UNLOCK,
    /** An attempt to unlock the store failed. */
    UNLOCK_FAILED,
    /** The passphrase was changed. */
    PASSPHRASE_CHANGE;

    /** The action stored under this name, or empty for one this version does not know. */
    public static Optional<AuditAction> ofName(String name) {
        for (AuditAction action : values()) {
            if (action.name().equals(name)) {
                return Optional.of(action);
            }
        }
        return Optional.empty();
    }
}
