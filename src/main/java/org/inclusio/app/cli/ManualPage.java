package org.inclusio.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.inclusio.logic.AppInfo;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The manual page {@code inclusio(1)} in roff, written from the command line's own model: every command with
 * its synopsis, description, options and parameters, in the words of the usage help. So the page cannot
 * fall behind the commands.
 */
public final class ManualPage {

    private ManualPage() {
    }

    /** The page for the command line (its usage help in the language the line was built in). */
    public static String of(CommandLine commandLine) {
        CommandSpec root = commandLine.getCommandSpec();
        String name = root.name();
        AppInfo info = AppInfo.bundled();
        StringBuilder page = new StringBuilder();
        page.append(".TH ").append(name.toUpperCase(Locale.ROOT)).append(" 1 \"\" \"")
                .append(escape(info.name() + " " + info.version())).append("\" \"User Commands\"\n");
        List<String> description = paragraphs(root.usageMessage().description());
        page.append(".SH NAME\n").append(escape(name)).append(" \\- ")
                .append(description.isEmpty() ? "" : escape(description.get(0))).append('\n');
        page.append(".SH SYNOPSIS\n");
        synopsis(page, commandLine);
        page.append(".SH DESCRIPTION\n");
        for (String paragraph : description) {
            page.append(".PP\n").append(escape(paragraph)).append('\n');
        }
        page.append(".SH OPTIONS\n");
        arguments(page, root);
        page.append(".SH COMMANDS\n");
        for (CommandLine command : commands(commandLine)) {
            if (command == commandLine) {
                continue;
            }
            CommandSpec spec = command.getCommandSpec();
            page.append(".SS \"").append(escape(spec.qualifiedName(" "))).append("\"\n");
            synopsis(page, command);
            for (String paragraph : paragraphs(spec.usageMessage().description())) {
                page.append(".PP\n").append(escape(paragraph)).append('\n');
            }
            arguments(page, spec);
        }
        return page.toString();
    }

    /** The command line and every command under it, depth first, in the order of the help. */
    public static List<CommandLine> commands(CommandLine commandLine) {
        List<CommandLine> all = new ArrayList<>();
        all.add(commandLine);
        for (CommandLine sub : commandLine.getSubcommands().values()) {
            if (!sub.getCommandSpec().usageMessage().hidden() && !all.contains(sub)) {
                all.addAll(commands(sub));
            }
        }
        return all;
    }

    private static void synopsis(StringBuilder page, CommandLine command) {
        CommandLine.Help help = new CommandLine.Help(command.getCommandSpec(),
                new CommandLine.Help.ColorScheme.Builder(CommandLine.Help.Ansi.OFF).build());
        page.append(".nf\n");
        for (String line : help.synopsis(0).strip().split("\\R")) {
            page.append(escape(line)).append('\n');
        }
        page.append(".fi\n");
    }

    private static void arguments(StringBuilder page, CommandSpec spec) {
        for (PositionalParamSpec parameter : spec.positionalParameters()) {
            if (!parameter.hidden()) {
                item(page, "\\fI" + escape(parameter.paramLabel()) + "\\fR", parameter);
            }
        }
        for (OptionSpec option : spec.options()) {
            if (option.hidden() || option.inherited()) {
                // options a command inherits are described once, under OPTIONS
                continue;
            }
            StringBuilder label = new StringBuilder();
            for (String optionName : option.names()) {
                label.append(label.length() == 0 ? "" : ", ").append("\\fB").append(escape(optionName)).append("\\fR");
            }
            if (option.typeInfo().isBoolean() || option.arity().max() == 0) {
                item(page, label.toString(), option);
            } else {
                item(page, label + "=\\fI" + escape(option.paramLabel()) + "\\fR", option);
            }
        }
    }

    private static void item(StringBuilder page, String label, ArgSpec argument) {
        page.append(".TP\n").append(label).append('\n');
        List<String> paragraphs = paragraphs(argument.description());
        for (int i = 0; i < paragraphs.size(); i++) {
            page.append(i == 0 ? "" : ".IP\n").append(escape(paragraphs.get(i))).append('\n');
        }
    }

    /** A description's lines as the usage help prints them: format specifiers resolved, one paragraph a line. */
    private static List<String> paragraphs(String[] lines) {
        List<String> paragraphs = new ArrayList<>();
        for (String line : lines) {
            String text = line.replace("%n", "\n").replace("%%", "%");
            for (String paragraph : text.split("\n")) {
                if (!paragraph.isBlank()) {
                    paragraphs.add(paragraph.strip());
                }
            }
        }
        return paragraphs;
    }

    /**
     * Text safe for roff: backslashes and hyphens escaped, a line never starting a request, characters
     * beyond ASCII as named Unicode escapes (so the page reads the same whatever the reader's encoding).
     */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (c == '\\') {
                escaped.append("\\e");
            } else if (c == '-') {
                escaped.append("\\-");
            } else if (c == '\n') {
                escaped.append(' ');
            } else if (c > 126) {
                escaped.append(String.format(Locale.ROOT, "\\[u%04X]", c));
            } else {
                escaped.appendCodePoint(c);
            }
        });
        if (escaped.length() > 0 && (escaped.charAt(0) == '.' || escaped.charAt(0) == '\'')) {
            escaped.insert(0, "\\&");
        }
        return escaped.toString();
    }
}
