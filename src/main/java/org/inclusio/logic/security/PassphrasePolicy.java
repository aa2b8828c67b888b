package org.inclusio.logic.security;

import org.inclusio.logic.i18n.Localization;

/**
 * What a passphrase that protects special-category data must be: long enough to resist guessing even with a
 * stretched key (length counts far more than symbols), and not one character repeated. One rule for the
 * window and the command line.
 */
public final class PassphrasePolicy {

    /** The fewest characters a new passphrase may have. */
    public static final int MIN_LENGTH = 12;

    private PassphrasePolicy() {
    }

    /** Why the passphrase cannot be used, in plain words, or null when it is fine. */
    public static String problem(char[] passphrase, Localization l10n) {
        if (passphrase == null || passphrase.length == 0) {
            return l10n.text("passphrase.problem.empty");
        }
        int length = Character.codePointCount(passphrase, 0, passphrase.length);
        if (length < MIN_LENGTH) {
            return l10n.text("passphrase.problem.short", MIN_LENGTH, length);
        }
        boolean allSame = true;
        for (char c : passphrase) {
            allSame &= c == passphrase[0];
        }
        if (allSame) {
            return l10n.text("passphrase.problem.repeated");
        }
        return null;
    }
}
