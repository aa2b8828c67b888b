package org.inclusio.gui.prefs;

import java.util.prefs.Preferences;
import org.inclusio.logic.i18n.Language;

/**
 * The language this user chose for Inclusio on this machine ("the system's" until they choose one). It is
 * read once at start: a change applies from the next start.
 */
public final class LanguagePreferences {

    private static final String KEY = "language";

    private final Preferences node;

    public LanguagePreferences(Preferences node) {
        this.node = node;
    }

    /** The preferences of this user on this machine. */
    public static LanguagePreferences forCurrentUser() {
        return WindowPreferences.forCurrentUser().languagePreferences();
    }

    /** The saved choice; {@link Language#SYSTEM} when none was saved or the saved one is not known. */
    public Language language() {
        return Language.ofTag(node.get(KEY, null)).orElse(Language.SYSTEM);
    }

    public void setLanguage(Language language) {
        node.put(KEY, language.tag());
    }
}
