package org.inclusio.app;

import org.inclusio.logic.i18n.Localization;
import org.inclusio.persistence.StoreException;

/** Plain-language explanations of why a store could not be opened, for the window and the CLI. */
public final class StoreProblemMessages {

    private StoreProblemMessages() {
    }

    public static String describe(StoreException failure, Localization l10n) {
        String location = String.valueOf(failure.location());
        return switch (failure.problem()) {
            case IN_USE -> l10n.text("store.problem.inUse", location);
            case NEWER_VERSION -> l10n.text("store.problem.newerVersion", location);
            case UNREADABLE -> l10n.text("store.problem.unreadable", location);
        };
    }
}
