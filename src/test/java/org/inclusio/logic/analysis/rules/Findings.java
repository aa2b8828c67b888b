package org.inclusio.logic.analysis.rules;

import java.util.Locale;
import org.inclusio.logic.i18n.Localization;

/** Findings as a reader sees them, for tests that check their words. */
public final class Findings {

    private static final Localization ENGLISH = new Localization(Locale.ENGLISH);

    private Findings() {
    }

    /** The finding's explanation in English. */
    public static String english(Finding finding) {
        return finding.explanation().render(ENGLISH);
    }
}
