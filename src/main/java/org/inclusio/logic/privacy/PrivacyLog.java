package org.inclusio.logic.privacy;

import java.util.UUID;

/**
 * Where the data subject's rights leave their mark in the audit trail. Each method is called once per
 * action; {@link #erased()} and {@link #identitiesPurged(int)} are called inside the transaction that does
 * the work, so an entry written there commits or rolls back with it. None of them is given a name, a
 * contact value or the erased person's former code: the record keeps only that the action happened.
 */
public interface PrivacyLog {

    /** Records nothing. */
    PrivacyLog NONE = new PrivacyLog() {
    };

    /** A person was erased (art. 17); called inside the erasure's transaction. */
    default void erased() {
    }

    /**
     * Everything held about one person was written to a file (art. 15), after the file was written.
     *
     * @param personId the person's record (their code may change later; the record does not)
     */
    default void accessExported(UUID personId) {
    }

    /** The identities of this many people were purged under the retention period, inside its transaction. */
    default void identitiesPurged(int people) {
    }
}
