package org.inclusio.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The manual page and the bash completion the packages install: written from the command line's model, the
 * page describes every command and option, and the completion offers every command to bash.
 */
class CommandLineDocsTest {

    @TempDir
    Path folder;

    @Test
    void theManualPageDescribesEveryCommandAndOption() throws IOException {
        CommandLineDocs.write(folder);
        String page;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(folder.resolve(CommandLineDocs.MANUAL_PAGE)))) {
            page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(page).startsWith(".TH INCLUSIO 1 ").contains(".SH NAME\ninclusio \\- Records and measures")
                .contains(".SH SYNOPSIS").contains(".SH OPTIONS").contains(".SH COMMANDS");
        CommandLine commandLine = InclusioCommand.commandLine(Locale.ROOT);
        List<CommandLine> commands = ManualPage.commands(commandLine);
        assertThat(commands).hasSizeGreaterThan(20);
        for (CommandLine command : commands.subList(1, commands.size())) {
            String section = section(page, command.getCommandSpec().qualifiedName(" "));
            assertThat(section).as(command.getCommandSpec().qualifiedName(" "))
                    .contains(ManualPage.escape(command.getCommandSpec().usageMessage().description()[0]
                            .replace("%n", " ").replace("%%", "%").strip().split("\n")[0]));
            for (OptionSpec option : command.getCommandSpec().options()) {
                if (!option.hidden() && !option.inherited()) {
                    assertThat(section).as(command.getCommandSpec().qualifiedName(" ") + " " + option.longestName())
                            .contains("\\fB" + ManualPage.escape(option.longestName()) + "\\fR");
                }
            }
        }
        // no line starts a roff request by accident: every line is a request we wrote or plain text
        for (String line : page.split("\n")) {
            if (line.startsWith(".") || line.startsWith("'")) {
                assertThat(line).matches("\\.(TH|SH|SS|PP|TP|IP|nf|fi)( .*)?");
            }
        }
        assertThat(page).doesNotContain("%n").contains("\\[u65E5]\\[u672C]\\[u8A9E]");
    }

    @Test
    void bashCompletesEveryCommandAndSubcommand() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "bash is needed to run the completion");
        CommandLineDocs.write(folder);
        CommandLine commandLine = InclusioCommand.commandLine(Locale.ROOT);
        assertThat(complete("inclusio ")).containsExactlyInAnyOrderElementsOf(
                visibleNames(commandLine));
        assertThat(complete("inclusio ana")).containsExactly("analyse");
        assertThat(complete("inclusio analyse ")).containsExactlyInAnyOrderElementsOf(
                visibleNames(commandLine.getSubcommands().get("analyse")));
        assertThat(complete("inclusio info --st")).containsExactly("--store");
    }

    private static List<String> visibleNames(CommandLine command) {
        List<String> names = new ArrayList<>();
        command.getSubcommands().forEach((name, sub) -> {
            if (!sub.getCommandSpec().usageMessage().hidden()) {
                names.add(name);
            }
        });
        return names;
    }

    /** What bash offers for the typed line, as the completion function leaves it in COMPREPLY. */
    private List<String> complete(String line) throws Exception {
        String[] words = line.split(" ", -1);
        StringBuilder array = new StringBuilder();
        for (String word : words) {
            array.append('\'').append(word).append("' ");
        }
        String script = "source '" + folder.resolve(CommandLineDocs.BASH_COMPLETION) + "' 2>/dev/null\n"
                + "compopt() { :; }\n"
                + "COMP_WORDS=(" + array + "); COMP_CWORD=" + (words.length - 1) + "; COMP_LINE='" + line + "'\n"
                + "COMP_POINT=${#COMP_LINE}\n"
                + "_complete_inclusio inclusio\n"
                + "printf '%s\\n' \"${COMPREPLY[@]}\"\n";
        Process bash = new ProcessBuilder("/bin/bash", "--norc", "-c", script).redirectErrorStream(true).start();
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bash.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return Arrays.stream(out.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The page's text from the heading of one command to the next heading. */
    private static String section(String page, String qualifiedName) {
        String heading = ".SS \"" + ManualPage.escape(qualifiedName) + "\"\n";
        int start = page.indexOf(heading);
        assertThat(start).as("heading of " + qualifiedName).isNotNegative();
        int end = page.indexOf("\n.SS ", start + heading.length());
        return page.substring(start, end < 0 ? page.length() : end);
    }
}
