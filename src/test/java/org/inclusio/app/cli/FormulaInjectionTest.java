package org.inclusio.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.inclusio.app.AppServices;
import org.inclusio.gui.analysis.TableExport;
import org.inclusio.gui.dialog.RecordingDialogService;
import org.inclusio.logic.analysis.AnalysisFilter;
import org.inclusio.logic.analysis.representation.Breakdown;
import org.inclusio.logic.analysis.table.AnalysisTable;
import org.inclusio.logic.analysis.table.AnalysisTables;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.model.ProcessTeam;
import org.junit.jupiter.api.BeforeAll;
import org.inclusio.logic.analysis.table.AnalysisTableFiles;
import org.inclusio.logic.exchange.TempFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Team names a spreadsheet would run as a formula, or split on a semicolon, leave the program
 * neutralised and quoted by every way out: {@code analyse --format csv}, the Analysis area's export
 * and a register export.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FormulaInjectionTest {

    static final String FORMULA = "=HYPERLINK(\"http://x\",\"y\")";
    static final String SEMICOLON = "a;b";
    static final String FORMULA_IN_CSV = "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"";
    static final String SEMICOLON_IN_CSV = "\"a;b\"";

    @TempDir
    static Path dir;

    private Path store;

    @BeforeAll
    void storeWithHostileTeamNames() throws Exception {
        store = dir.resolve("store");
        try (AppServices services = org.inclusio.testing.TestStores.services(store, new Localization(Locale.ENGLISH))) {
            services.exampleRegion().load(null);
            List<ProcessTeam> teams = services.store().database().find(ProcessTeam.class).orderBy("name").findList();
            teams.get(0).setName(FORMULA);
            teams.get(1).setName(SEMICOLON);
            services.store().database().saveAll(teams.subList(0, 2));
        }
    }

    @Test
    void analyseCsvQuotesAndNeutralisesTeamNamesAndKeepsFiguresAsNumbers() {
        StringWriter err = new StringWriter();
        StringWriter out = new StringWriter();
        CommandLine commandLine = InclusioCommand.commandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int status = commandLine.execute(org.inclusio.testing.TestStores.withPassphrase("--store", store.toString(),
                "analyse", "representation", "--format", "csv"));

        assertThat(status).as(err.toString()).isZero();
        assertSafe(out.toString());
        List<List<String>> records = AnalyseCommandTest.Csv.parse(out.toString());
        List<String> teams = records.stream().map(record -> record.get(0)).toList();
        assertThat(teams).contains("'" + FORMULA, SEMICOLON);
        // figures stay bare numbers: a row of the formula team has an unquoted count
        assertThat(out.toString().lines().filter(line -> line.startsWith(FORMULA_IN_CSV + ",")))
                .isNotEmpty()
                .anySatisfy(line -> assertThat(line).matches(".*,[0-9]+,.*"));
    }

    @Test
    void theAnalysisAreasExportQuotesAndNeutralisesTeamNames() throws Exception {
        Localization l10n = new Localization(Locale.ENGLISH);
        AnalysisTable table;
        try (AppServices services = org.inclusio.testing.TestStores.services(store, l10n)) {
            AnalysisTables tables = new AnalysisTables(l10n, services.analysis().suppression());
            table = tables.representation(services.analysis().representation()
                    .representation(AnalysisFilter.all(), Breakdown.NONE));
        }
        RecordingDialogService dialogs = new RecordingDialogService();
        dialogs.fileAnswer = dir.resolve("representation.csv");
        new TableExport(new AnalysisTableFiles(new TempFiles(dir.resolve("scratch"))), dialogs, l10n).export("representation", () -> table);

        String marked = Files.readString(dialogs.fileAnswer, StandardCharsets.UTF_8);
        // a CSV file for people starts with the byte-order mark, so spreadsheets read it as UTF-8
        assertThat(marked).startsWith("\uFEFF");
        String text = marked.substring(1);
        assertSafe(text);
        assertThat(AnalyseCommandTest.Csv.parse(text).stream().map(record -> record.get(0)))
                .contains("'" + FORMULA, SEMICOLON);
    }

    @Test
    void aRegisterExportQuotesAndNeutralisesTeamNames() throws Exception {
        Path file = dir.resolve("teams.csv");
        StringWriter err = new StringWriter();
        CommandLine commandLine = InclusioCommand.commandLine();
        commandLine.setOut(new PrintWriter(new StringWriter()));
        commandLine.setErr(new PrintWriter(err));
        int status = commandLine.execute(org.inclusio.testing.TestStores.withPassphrase("--store", store.toString(),
                "export", "--register", "processTeams", file.toString()));

        assertThat(status).as(err.toString()).isZero();
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF\"id\",");
        assertSafe(text.substring(1));
        List<String> names = new ArrayList<>();
        for (List<String> record : AnalyseCommandTest.Csv.parse(text.substring(1))) {
            names.addAll(record);
        }
        assertThat(names).contains("'" + FORMULA, SEMICOLON);
    }

    /** The hostile names appear only quoted and neutralised, and no field starts a formula. */
    private static void assertSafe(String csv) {
        assertThat(csv).contains(FORMULA_IN_CSV, SEMICOLON_IN_CSV);
        assertThat(csv.replace(FORMULA_IN_CSV, "").replace(SEMICOLON_IN_CSV, "")).doesNotContain("HYPERLINK", "a;b");
        for (List<String> record : AnalyseCommandTest.Csv.parse(csv)) {
            for (String field : record) {
                assertThat(field).doesNotStartWith("=").doesNotStartWith("@").doesNotStartWith("+");
            }
        }
    }
}
