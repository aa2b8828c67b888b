package org.inclusio.app;

import org.inclusio.logic.i18n.Localization;
import java.util.logging.Logger;
import org.inclusio.persistence.Backups;
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

    public static AppServices services(Store store, Localization l10n) {
        return AppServices.over(store, l10n);
    }

    /** The window's daily backup: made when the newest backup is a day old or there is none. */
    public static void dailyBackupIfDue(Store store) {
        Backups backups = new Backups(store.directory());
        if (backups.olderThanHours(DAILY_HOURS)) {
            backups.automatic(store, Backups.DAILY);
        }
    }

    /** The backup made when the window closes; a failure is logged and never keeps the window open. */
    public static void backupOnClose(Store store) {
        try {
            new Backups(store.directory()).automatic(store, Backups.ON_CLOSE);
        } catch (RuntimeException e) {
            LOG.warning("The backup on closing could not be made: " + e.getClass().getSimpleName());
        }
    }
}
