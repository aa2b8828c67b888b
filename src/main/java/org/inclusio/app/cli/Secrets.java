package org.inclusio.app.cli;

import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Supplier;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.security.PassphrasePolicy;

/**
 * Where a command gets a passphrase: a file named on the command line, then an environment variable (for
 * automation; anyone who can read the process environment can read it too), then a prompt on the terminal
 * without echo. With none of these, the command stops at once instead of waiting.
 */
final class Secrets {

    /** The environment variable with the store's passphrase. */
    static final String PASSPHRASE_VARIABLE = "INCLUSIO_PASSPHRASE";
    /** The environment variable with the new passphrase for {@code passwd} and a new store. */
    static final String NEW_PASSPHRASE_VARIABLE = "INCLUSIO_NEW_PASSPHRASE";
    private static final long MAX_FILE_BYTES = 4096;

    private final Map<String, String> environment;
    private final Supplier<Console> console;
    private final Localization l10n;

    Secrets(Map<String, String> environment, Supplier<Console> console, Localization l10n) {
        this.environment = environment;
        this.console = console;
        this.l10n = l10n;
    }

    static Secrets ofThisProcess(Localization l10n) {
        return new Secrets(System.getenv(), System::console, l10n);
    }

    /**
     * The passphrase from the file, else the variable, else asked once; null when there is no way to get
     * one.
     */
    char[] existing(Path file, String variable, String prompt) {
        char[] given = fromFileOrEnvironment(file, variable);
        if (given != null) {
            return given;
        }
        Console terminal = console.get();
        return terminal == null ? null : terminal.readPassword("%s", prompt);
    }

    /**
     * A new passphrase: from the file or the variable, or typed twice on the terminal. Checked against the
     * policy; refused with a message that says why.
     */
    char[] chosen(Path file, String variable, String prompt, String repeatPrompt, String noSourceMessage) {
        char[] given = fromFileOrEnvironment(file, variable);
        if (given == null) {
            Console terminal = console.get();
            if (terminal == null) {
                throw new CommandFailure(noSourceMessage);
            }
            given = terminal.readPassword("%s", prompt);
            char[] again = terminal.readPassword("%s", repeatPrompt);
            if (given == null || again == null || !Arrays.equals(given, again)) {
                throw new CommandFailure(l10n.text("cli.passphrase.differ"));
            }
            Arrays.fill(again, '\0');
        }
        String problem = PassphrasePolicy.problem(given, l10n);
        if (problem != null) {
            throw new CommandFailure(problem);
        }
        return given;
    }

    char[] fromFileOrEnvironment(Path file, String variable) {
        if (file != null) {
            return readFile(file);
        }
        String value = environment.get(variable);
        if (value != null && !value.isEmpty()) {
            return value.toCharArray();
        }
        return null;
    }

    private char[] readFile(Path file) {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new CommandFailure(l10n.text("cli.passphraseFile.tooLarge", file.toString(), MAX_FILE_BYTES));
            }
            byte[] bytes = Files.readAllBytes(file);
            String text = new String(bytes, StandardCharsets.UTF_8);
            Arrays.fill(bytes, (byte) 0);
            int end = text.indexOf('\n');
            String line = end >= 0 ? text.substring(0, end) : text;
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            if (line.isEmpty()) {
                throw new CommandFailure(l10n.text("cli.passphraseFile.empty", file.toString()));
            }
            return line.toCharArray();
        } catch (NoSuchFileException e) {
            throw new CommandFailure(l10n.text("cli.passphraseFile.missing", file.toString()));
        } catch (IOException e) {
            throw new CommandFailure(l10n.text("cli.passphraseFile.unreadable", file.toString()));
        }
    }
}
