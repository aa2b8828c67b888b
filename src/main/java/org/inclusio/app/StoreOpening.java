package org.inclusio.app;

import org.inclusio.logic.i18n.Localization;
import java.util.logging.Logger;
import org.inclusio.logic.audit.AuditAction;
import org.inclusio.logic.audit.AuditTrail;
import org.inclusio.logic.audit.PendingAuditEntries;
import org.inclusio.logic.exchange.TempFiles;
import org.inclusio.persistence.Backups;
import org.inclusio.persistence.StoreException;
import org.inclusio.persistence.StoreProblem;
import org.inclusio.persistence.Store;

/**
 * What happens every time a store has been opened, for the window and every command alike: what an
 * interrupted run left behind is cleared away, then every service is built over the store.
 */
public final class StoreOpening {

    private StoreOpening() {
    }

    private static final Logger LOG = Logger.getLogger(StoreOpening.class.getName());
    private static final long DAILY_HOURS = 24;

    /** Every service over the store just unlocked; the unlock (and failed attempts before it) go into the audit trail. */
    public static AppServices services(Store store, Localization l10n) {
        // what a killed export or sheet left behind (a .part file, encrypted scratch files) goes first
        TempFiles.cleanLeftovers(store.directory());
        AppServices services = AppServices.over(store, l10n);
        try {
            AuditTrail trail = new AuditTrail(store.database());
            PendingAuditEntries.moveInto(trail, store.directory());
            trail.record(AuditAction.UNLOCK, "Store", null, store.encrypted() ? "encrypted store opened"
                    : "store in clear opened");
        } catch (RuntimeException e) {
            services.close();
            throw e;
        }
        return services;
    }

    /** Notes a refused passphrase or recovery key, to be written into the audit trail at the next unlock. */
    public static void failedUnlock(StoreException failure) {
        if ((failure.problem() == StoreProblem.WRONG_PASSPHRASE || failure.problem() == StoreProblem.WRONG_RECOVERY_KEY)
                && failure.location() != null) {
            PendingAuditEntries.note(failure.location(), AuditAction.UNLOCK_FAILED,
                    failure.problem() == StoreProblem.WRONG_PASSPHRASE ? "wrong passphrase" : "wrong recovery key");
        }
    }

    /** Notes, for the audit trail, something done to the store while it was not open. */
    public static void noteWhileClosed(java.nio.file.Path storeDirectory, AuditAction action, String detail) {
        PendingAuditEntries.note(storeDirectory, action, detail);
    }

    /** Records in the store's audit trail something done to the store as a whole (backup, restore, re-key). */
    public static void record(Store store, AuditAction action, String detail) {
        new AuditTrail(store.database()).record(action, "Store", null, detail);
    }

    /** The window's daily backup: made when the newest backup is a day old or there is none. */
    public static void dailyBackupIfDue(Store store) {
        if (store.isServer()) {
            return; // the server's administrator backs up a shared store
        }
        Backups backups = new Backups(store.directory());
        if (backups.olderThanHours(DAILY_HOURS)) {
            Backups.Entry made = backups.automatic(store, Backups.DAILY);
            record(store, AuditAction.BACKUP, "daily backup: " + made.file().getFileName());
        }
    }

    /** The backup made when the window closes; a failure is logged and never keeps the window open. */
    public static void backupOnClose(Store store) {
        if (store.isServer()) {
            return;
        }
        try {
            Backups.Entry made = new Backups(store.directory()).automatic(store, Backups.ON_CLOSE);
            record(store, AuditAction.BACKUP, "automatic backup on closing: " + made.file().getFileName());
        } catch (RuntimeException e) {
            LOG.warning("The backup on closing could not be made: " + e.getClass().getSimpleName());
        }
    }
}
