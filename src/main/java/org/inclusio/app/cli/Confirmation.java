package org.inclusio.app.cli;

import java.io.Console;
import java.util.Locale;
import org.inclusio.logic.i18n.Localization;

/**
 * A yes/no question on the terminal before a command changes something for good. Without a terminal the
 * command stops at once (it never waits) unless {@code --yes} was given.
 */
final class Confirmation {

    private Confirmation() {
    }

    /**
     * True when the user typed yes; false when they declined.
     *
     * @throws CommandFailure when there is no terminal to ask on
     */
    static boolean ask(String question) {
        Localization l10n = new Localization(Locale.getDefault());
        Console terminal = System.console();
        if (terminal == null) {
            throw new CommandFailure(l10n.text("cli.confirm.noTerminal"));
        }
        String answer = terminal.readLine("%s %s ", question, l10n.text("cli.confirm.choices"));
        return answer != null && answer.strip().toLowerCase(Locale.ROOT).matches(l10n.text("cli.confirm.yes"));
    }
}
