package org.inclusio.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.inclusio.logic.i18n.Localization;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The command line's usage help comes from the messages bundle: every command has its description there,
 * no description is left for a command that does not exist, and the help speaks the language of the run.
 */
class CommandLineTextsTest {

    private static final String DESCRIPTION = ".usage.description";
    private final Locale before = Locale.getDefault();

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(before);
    }

    @Test
    void everyCommandHasItsDescriptionAndNoDescriptionIsLeftOver() {
        ResourceBundle english = Localization.bundle(Localization.MESSAGES, Locale.ROOT);
        Set<String> expected = new TreeSet<>();
        for (CommandLine command : allCommands(InclusioCommand.commandLine())) {
            expected.add(command.getCommandSpec().qualifiedName(".") + DESCRIPTION);
        }
        Set<String> present = new TreeSet<>();
        for (String key : english.keySet()) {
            if (key.startsWith("inclusio") && key.endsWith(DESCRIPTION)) {
                present.add(key);
            }
        }
        assertThat(present).as("command descriptions in messages.properties").isEqualTo(expected);
        assertThat(expected).hasSizeGreaterThan(15);
    }

    @Test
    void theHelpIsInSwedishWhenTheRunIsSwedish() {
        Locale.setDefault(Locale.forLanguageTag("sv-SE"));
        String help = usage(InclusioCommand.commandLine());
        assertThat(help).contains("Användning: inclusio").contains("Kommandon:")
                .contains("Visar var databasen finns").contains("--language=LANG")
                .doesNotContain("Shows where the store is");
        String analyse = usage(InclusioCommand.commandLine().getSubcommands().get("analyse")
                .getSubcommands().get("representation"));
        assertThat(analyse).contains("95-procentiga intervall").contains("Visa den här hjälptexten");
    }

    @Test
    void theHelpIsInEnglishWhenTheRunIsEnglish() {
        Locale.setDefault(Locale.ENGLISH);
        String help = usage(InclusioCommand.commandLine());
        assertThat(help).contains("Usage: inclusio").contains("Commands:")
                .contains("Shows where the store is, its schema version").contains("Show this help message");
        String representation = usage(InclusioCommand.commandLine().getSubcommands().get("analyse")
                .getSubcommands().get("representation"));
        assertThat(representation).contains("95% interval").doesNotContain("95%%");
    }

    @Test
    void anUnknownLanguageIsRefusedNamingThoseThereAre() {
        Locale.setDefault(Locale.ENGLISH);
        CommandLine commandLine = InclusioCommand.commandLine();
        StringWriter err = new StringWriter();
        commandLine.setErr(new PrintWriter(err, true));
        commandLine.setOut(new PrintWriter(new StringWriter(), true));
        int status = commandLine.execute("--language", "fr", "info");
        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("--language takes en (English), sv (Svenska)").contains("\"fr\"");
    }

    @Test
    void whatACommandWritesIsInSwedishWhenTheRunIsSwedish(@org.junit.jupiter.api.io.TempDir java.nio.file.Path store) {
        Locale.setDefault(Locale.forLanguageTag("sv-SE"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        for (String[] args : List.of(new String[] {"init", "--store", store.toString()},
                new String[] {"info", "--store", store.toString()})) {
            CommandLine commandLine = InclusioCommand.commandLine();
            commandLine.setOut(new PrintWriter(out, true));
            commandLine.setErr(new PrintWriter(err, true));
            assertThat(commandLine.execute(org.inclusio.testing.TestStores.withPassphrase(args))).as(err.toString())
                    .isZero();
        }
        assertThat(out.toString()).contains("Databas:        " + store.toAbsolutePath())
                .containsPattern("Aktiviteter\\s+0").containsPattern("Flaggor för exkludering\\s+0");
    }

    @Test
    void aPassphraseFileProblemIsToldInTheLanguageOfTheRun(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        Secrets swedish = new Secrets(java.util.Map.of(), () -> null, new Localization(Locale.forLanguageTag("sv-SE")));
        java.nio.file.Path missing = dir.resolve("saknas.txt");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> swedish.existing(missing, "UNSET", "?"))
                .isInstanceOf(CommandFailure.class).hasMessage("Lösenfrasfilen " + missing + " finns inte.");
        java.nio.file.Path empty = java.nio.file.Files.writeString(dir.resolve("tom.txt"), "\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> swedish.existing(empty, "UNSET", "?"))
                .isInstanceOf(CommandFailure.class).hasMessage("Lösenfrasfilen " + empty + " är tom.");
        Secrets english = new Secrets(java.util.Map.of(), () -> null, new Localization(Locale.ENGLISH));
        java.nio.file.Path large = java.nio.file.Files.writeString(dir.resolve("large.txt"), "x".repeat(5000));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> english.existing(large, "UNSET", "?"))
                .isInstanceOf(CommandFailure.class)
                .hasMessage("The passphrase file " + large + " is larger than a passphrase can be (4096 bytes).");
    }

    private static String usage(CommandLine commandLine) {
        StringWriter text = new StringWriter();
        commandLine.usage(new PrintWriter(text, true));
        return text.toString();
    }

    private static List<CommandLine> allCommands(CommandLine root) {
        List<CommandLine> all = new ArrayList<>();
        all.add(root);
        for (CommandLine sub : root.getSubcommands().values()) {
            all.addAll(allCommands(sub));
        }
        return all;
    }
}
