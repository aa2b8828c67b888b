package org.inclusio.logic.exchange;

import java.util.Arrays;
import java.util.Optional;
import org.inclusio.logic.i18n.Localization;

/**
 * The rule for a passphrase that protects an export with identities, shared by the command line
 * and the window: at least {@link #MINIMUM_LENGTH} characters, and typed the same way twice when
 * it is typed.
 */
public final class ExportPassphrase {

    public static final int MINIMUM_LENGTH = 12;

    /** What is wrong with a passphrase offered for an export. */
    public enum Problem {
        MISSING,
        TOO_SHORT,
        MISMATCH
    }

    private ExportPassphrase() {
    }

    /**
     * What is wrong with the passphrase, if anything. {@code repeated} is the second typing, or
     * null where it was not typed (read from a file or the environment).
     */
    public static Optional<Problem> check(char[] passphrase, char[] repeated) {
        if (passphrase == null || passphrase.length == 0) {
            return Optional.of(Problem.MISSING);
        }
        if (Character.codePointCount(passphrase, 0, passphrase.length) < MINIMUM_LENGTH) {
            return Optional.of(Problem.TOO_SHORT);
        }
        if (repeated != null && !Arrays.equals(passphrase, repeated)) {
            return Optional.of(Problem.MISMATCH);
        }
        return Optional.empty();
    }

    /** The sentence for the problem in the user's language. */
    public static String message(Problem problem, Localization l10n) {
        return l10n.text("exchange.passphrase." + problem.name(), MINIMUM_LENGTH);
    }
}
