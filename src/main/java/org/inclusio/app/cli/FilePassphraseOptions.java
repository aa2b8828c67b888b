package org.inclusio.app.cli;

import java.io.Console;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.inclusio.logic.exchange.ExportPassphrase;
import org.inclusio.logic.i18n.Localization;
import picocli.CommandLine.Option;

/**
 * Where a command gets the passphrase of an encrypted interchange file: {@code --file-passphrase-file},
 * else the environment variable {@value #ENVIRONMENT_VARIABLE}, else a prompt without echo on the
 * terminal. With none of them and no terminal the command stops at once, never waits.
 */
final class FilePassphraseOptions {

    static final String ENVIRONMENT_VARIABLE = "INCLUSIO_FILE_PASSPHRASE";

    @Option(names = "--file-passphrase-file", paramLabel = "FILE",
            descriptionKey = "cli.option.filePassphrase.filePassphraseFile")
    private Path passphraseFile;

    /** The passphrase to open an encrypted file. */
    char[] toOpen(Path file) {
        Optional<char[]> given = given();
        if (given.isPresent()) {
            return given.get();
        }
        Console console = console(file);
        Localization l10n = new Localization(Locale.getDefault());
        char[] typed = console.readPassword("%s", l10n.text("cli.filePassphrase.prompt", file.getFileName().toString()));
        if (typed == null || typed.length == 0) {
            throw new CommandFailure(l10n.text("cli.filePassphrase.none", file.toString()), ExitStatus.NOT_UNLOCKED);
        }
        return typed;
    }

    /** A new passphrase for an encrypted export, checked by the same rule as in the window; typed twice on a terminal. */
    char[] toProtect(Path file) {
        Localization l10n = new Localization(Locale.getDefault());
        Optional<char[]> given = given();
        if (given.isPresent()) {
            ExportPassphrase.check(given.get(), null).ifPresent(problem -> {
                Arrays.fill(given.get(), '\0');
                throw new CommandFailure(ExportPassphrase.message(problem, l10n));
            });
            return given.get();
        }
        Console console = console(file);
        char[] first = console.readPassword("%s", l10n.text("cli.filePassphrase.newPrompt",
                file.getFileName().toString(), ExportPassphrase.MINIMUM_LENGTH));
        ExportPassphrase.check(first, null).ifPresent(problem -> {
            throw new CommandFailure(ExportPassphrase.message(problem, l10n));
        });
        char[] second = console.readPassword("%s", l10n.text("cli.filePassphrase.again"));
        Optional<ExportPassphrase.Problem> problem = ExportPassphrase.check(first, second == null ? new char[0] : second);
        if (second != null) {
            Arrays.fill(second, '\0');
        }
        if (problem.isPresent()) {
            Arrays.fill(first, '\0');
            throw new CommandFailure(ExportPassphrase.message(problem.get(), l10n));
        }
        return first;
    }

    private Optional<char[]> given() {
        if (passphraseFile != null) {
            return Optional.of(readFile(passphraseFile));
        }
        String fromEnvironment = System.getenv(ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null) {
            if (fromEnvironment.isEmpty()) {
                throw new CommandFailure(text("cli.environment.empty", ENVIRONMENT_VARIABLE));
            }
            return Optional.of(fromEnvironment.toCharArray());
        }
        return Optional.empty();
    }

    private static Console console(Path file) {
        Console console = System.console();
        if (console == null) {
            throw new CommandFailure(text("cli.filePassphrase.noTerminal", file.toString(), ENVIRONMENT_VARIABLE),
                    ExitStatus.NOT_UNLOCKED);
        }
        return console;
    }

    private static String text(String key, Object... arguments) {
        return new Localization(Locale.getDefault()).text(key, arguments);
    }

    /** The first line of the file, without its line end. */
    private static char[] readFile(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CommandFailure(text("cli.passphraseFile.unreadable", file.toString()));
        }
        CharBuffer text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            throw new CommandFailure(text("cli.passphraseFile.notUtf8", file.toString()));
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
        int end = 0;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        char[] passphrase = new char[end];
        text.get(passphrase, 0, end);
        Arrays.fill(text.array(), '\0');
        if (passphrase.length == 0) {
            throw new CommandFailure(text("cli.passphraseFile.empty", file.toString()));
        }
        return passphrase;
    }
}
