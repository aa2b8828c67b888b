package org.inclusio.app.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import picocli.AutoComplete;
import picocli.CommandLine;

/**
 * Writes the manual page ({@code inclusio.1.gz}) and the bash completion script ({@code inclusio.bash}) into a
 * folder; the installer build runs it, and the Linux packages link the two where {@code man} and bash look.
 * Both are in English, the language of the usage help's base bundle.
 */
public final class CommandLineDocs {

    /** The manual page's file name. */
    public static final String MANUAL_PAGE = "inclusio.1.gz";
    /** The bash completion script's file name. */
    public static final String BASH_COMPLETION = "inclusio.bash";

    private CommandLineDocs() {
    }

    /** {@code CommandLineDocs FOLDER}: writes both files into FOLDER (made when missing). */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: CommandLineDocs FOLDER");
        }
        write(Path.of(args[0]));
    }

    /** Writes the manual page and the completion script into {@code folder}. */
    public static void write(Path folder) throws IOException {
        Files.createDirectories(folder);
        CommandLine commandLine = InclusioCommand.commandLine(Locale.ROOT);
        // gzip without a file name or time stamp (Java writes neither), so equal pages give equal files
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(folder.resolve(MANUAL_PAGE)))) {
            out.write(ManualPage.of(commandLine).getBytes(StandardCharsets.UTF_8));
        }
        try (Writer out = Files.newBufferedWriter(folder.resolve(BASH_COMPLETION), StandardCharsets.UTF_8)) {
            out.write(AutoComplete.bash(commandLine.getCommandName(), commandLine));
        }
    }
}
