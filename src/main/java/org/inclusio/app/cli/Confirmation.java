package org.inclusio.app.cli;

import java.io.Console;
import java.util.Locale;

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
        Console terminal = System.console();
        if (terminal == null) {
            throw new CommandFailure("Nothing was changed: confirm with --yes, or run the command in a terminal to "
                    + "be asked.");
        }
        String answer = terminal.readLine("%s [yes/no] ", question);
        return answer != null && answer.strip().toLowerCase(Locale.ROOT).matches("y|yes");
    }
}
