package org.inclusio.logic.edit;

import io.ebean.Database;
import io.ebean.Transaction;
import jakarta.persistence.OptimisticLockException;
import java.util.function.Supplier;

/**
 * Runs a save in one transaction and turns Ebean's optimistic-lock failure into an
 * {@link EditConflictException}. Services call {@link #checkVersion} first so a stale form is
 * refused before anything is written.
 */
public final class Saving {

    private Saving() {
    }

    /** Runs the work in one transaction: all of it is written, or nothing. */
    public static <T> T inTransaction(Database db, String recordDescription, Supplier<T> work) {
        try (Transaction transaction = db.beginTransaction()) {
            T result = work.get();
            transaction.commit();
            return result;
        } catch (OptimisticLockException e) {
            throw new EditConflictException(recordDescription, e);
        }
    }

    /** Refuses the save when the stored version is not the one the form was opened with. */
    public static void checkVersion(long storedVersion, long formVersion, String recordDescription) {
        if (storedVersion != formVersion) {
            throw new EditConflictException(recordDescription, null);
        }
    }
}
