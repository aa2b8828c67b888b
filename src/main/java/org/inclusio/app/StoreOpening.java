package org.inclusio.app;

import org.inclusio.logic.i18n.Localization;
import org.inclusio.persistence.Store;

/**
 * What happens every time a store has been opened, for the window and every command alike: what an
 * interrupted run left behind is cleared away, then every service is built over the store.
 */
public final class StoreOpening {

    private StoreOpening() {
    }

    public static AppServices services(Store store, Localization l10n) {
        return AppServices.over(store, l10n);
    }
}
