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

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "sv|Skapade en krypterad databas i|Säkerhetskopierade|Gräns för röjandeskydd: 5 (antal från 1 till 4 döljs)"
                + "|Kontrollerat: inga fynd; flaggor: 0 nya|Provkörning av|Backed up",
        "ja|に暗号化したデータファイルを作りました|件の記録を|秘匿の下限: 5（1 から 4 までの数は伏せられます）"
                + "|確認しました: 検出 0 件。フラグは新規 0 件|の試行です。何も変更していません|Backed up"})
    void whatTheCommandsWriteFollowsTheLanguageOption(String language, String created, String backedUp,
            String threshold, String checked, String dryRun, String english,
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path store = dir.resolve("store");
        java.nio.file.Path exported = dir.resolve("all.json");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String[]> runs = List.of(
                new String[] {"--language", language, "init", "--store", store.toString()},
                new String[] {"--language", language, "backup", "--store", store.toString()},
                new String[] {"--language", language, "settings", "--store", store.toString()},
                new String[] {"--language", language, "analyse", "flags", "--detect", "--store", store.toString()},
                new String[] {"--language", language, "export", exported.toString(), "--store", store.toString()},
                new String[] {"--language", language, "import", "--dry-run", exported.toString(), "--store",
                    store.toString()});
        for (String[] args : runs) {
            // as the launcher does: the language option becomes the run's default locale before anything is built
            Locale.setDefault(org.inclusio.app.StartupLanguage.choose(args, name -> null,
                    org.inclusio.logic.i18n.Language.SYSTEM, Locale.ENGLISH));
            CommandLine commandLine = InclusioCommand.commandLine();
            commandLine.setOut(new PrintWriter(out, true));
            commandLine.setErr(new PrintWriter(err, true));
            assertThat(commandLine.execute(org.inclusio.testing.TestStores.withPassphrase(args))).as(err.toString())
                    .isZero();
        }
        String all = out + "\n" + err;
        assertThat(all).contains(created).contains(backedUp).contains(threshold).contains(checked).contains(dryRun)
                .doesNotContain(english).doesNotContain("Suppression threshold").doesNotContain("Checked:")
                .doesNotContain("Exported to").doesNotContain("Dry run of");
    }

    @Test
    void theOptionsAreDescribedInTheLanguageOfTheRun() {
        Locale.setDefault(Locale.JAPANESE);
        String backup = usage(InclusioCommand.commandLine().getSubcommands().get("backup")).replaceAll("\\s+", " ");
        assertThat(backup).contains("新しい順に一覧にします").doesNotContain("newest first");
        Locale.setDefault(Locale.forLanguageTag("sv-SE"));
        String export = usage(InclusioCommand.commandLine().getSubcommands().get("export")).replaceAll("\\s+", " ");
        assertThat(export).contains("Bara det här processteamets aktiviteter.")
                .contains("en av auto, comma, semicolon, tab.").doesNotContain("Only this activity");
        Locale.setDefault(Locale.ENGLISH);
        String representation = usage(InclusioCommand.commandLine().getSubcommands().get("analyse")
                .getSubcommands().get("representation")).replaceAll("\\s+", " ");
        assertThat(representation).contains("Split each team by none, mode, level, year or quarter. Default: none.");
    }

    /**
     * No command writes an English sentence of its own: a text literal of two or more words given to
     * println, printf, print, a prompt, a CommandFailure or an option's description is a text that missed the
     * bundle. Format strings made only of placeholders and spacing ("  %-22s %,10d%n") are no sentences.
     */
    @Test
    void noCommandSourceHoldsAnEnglishSentence() throws java.io.IOException {
        java.nio.file.Path sources = java.nio.file.Path.of("src/main/java/org/inclusio/app/cli");
        List<String> found = new ArrayList<>();
        try (var files = java.nio.file.Files.list(sources)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                englishSentences(java.nio.file.Files.readString(file))
                        .forEach(sentence -> found.add(file.getFileName() + ": " + sentence));
            }
        }
        assertThat(found).as("English sentences in the command line's sources (move them into messages*.properties)")
                .isEmpty();
    }

    @Test
    void theSentenceCheckSeesTheWaysASentenceWasWritten() {
        assertThat(englishSentences("out.printf(\"Backed up %,d records to %s.%n\", n, file);")).hasSize(1);
        assertThat(englishSentences("out.printf(encrypted ? \"Exported to %s, encrypted:%n\" : \"x\", file);"))
                .hasSize(1);
        assertThat(englishSentences("throw new CommandFailure(\"The file \" + file + \" exists.\");")).hasSize(1);
        assertThat(englishSentences("@Option(names = \"--yes\", description = \"Do not ask.\")")).hasSize(1);
        assertThat(englishSentences("out.printf(\"  %-22s %,10d%n\", l10n.text(\"cli.info.people\"), n);"))
                .isEmpty();
        assertThat(englishSentences("@Option(names = \"--yes\", descriptionKey = \"cli.option.erase.yes\")")).isEmpty();
    }

    private static final java.util.regex.Pattern TEXT_CALL = java.util.regex.Pattern.compile(
            "(?:println|printf|print|readPassword|readLine|CommandFailure|TypeConversionException)\\(\\s*"
                    + "(?:[A-Za-z.()]+\\s*\\?\\s*)?\"((?:[^\"\\\\]|\\\\.)*)\""
                    + "|description\\s*=\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final java.util.regex.Pattern TWO_WORDS = java.util.regex.Pattern.compile(
            "[A-Za-z]{2,}[ ,;:.]+[A-Za-z]{2,}");

    /** The literals in the source that are handed to the user as sentences. */
    static List<String> englishSentences(String source) {
        List<String> sentences = new ArrayList<>();
        java.util.regex.Matcher literal = TEXT_CALL.matcher(source);
        while (literal.find()) {
            String value = literal.group(1) != null ? literal.group(1) : literal.group(2);
            if (TWO_WORDS.matcher(value.replaceAll("%[-,.0-9]*[a-zA-Z]", " ")).find()) {
                sentences.add("\"" + value + "\"");
            }
        }
        return sentences;
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
