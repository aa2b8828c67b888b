package org.inclusio.gui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.ebean.Database;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.inclusio.app.AppServices;
import org.inclusio.gui.dialog.RecordingDialogService;
import org.inclusio.logic.common.Choice;
import java.util.prefs.Preferences;
import org.inclusio.gui.prefs.ExportPreferences;
import org.inclusio.logic.exchange.CsvDialect;
import org.inclusio.logic.exchange.EncryptedContainer;
import org.inclusio.logic.exchange.ImportOptions;
import org.inclusio.logic.exchange.ImportSummary;
import org.inclusio.logic.exchange.RecordKind;
import org.inclusio.logic.exchange.TableExporter;
import org.inclusio.logic.exchange.TableFormat;
import org.inclusio.logic.exchange.TempFiles;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.task.BackgroundTask;
import org.inclusio.logic.task.CallingThreadTaskExecutor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export half of the Reports area on the example region: registers and interchange files. */
class ExportViewModelTest {

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    private static final Localization L10N = new Localization(Locale.UK);
    private static AppServices services;

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private ExportViewModel viewModel;
    private Preferences preferences;
    private javafx.beans.property.ObjectProperty<CsvDialect.Separator> separator;

    @BeforeAll
    static void loadExampleRegion() throws Exception {
        services = org.inclusio.testing.TestStores.services(shared.resolve("example"), L10N);
        services.exampleRegion().load(null);
    }

    @org.junit.jupiter.api.AfterEach
    void forgetPreferences() throws Exception {
        preferences.removeNode();
    }

    @AfterAll
    static void close() {
        services.close();
    }

    @BeforeEach
    void newViewModel() {
        preferences = Preferences.userRoot().node("org/inclusio/test-export/" + java.util.UUID.randomUUID());
        separator = new ExportPreferences(preferences).separatorProperty();
        TempFiles temporary = new TempFiles(shared.resolve("example"));
        viewModel = new ExportViewModel(new TableExporter(services.store().database(), temporary, L10N,
                java.time.Clock.systemDefaultZone()), services.interchangeExporter(), temporary, services.choices(),
                new CallingThreadTaskExecutor(dialogs.unexpected::add), dialogs, L10N, separator);
    }

    @Test
    void peopleGoToCsvWithoutIdentifyingDetails() throws Exception {
        Path file = dir.resolve("people.csv");
        dialogs.fileAnswer = file;
        viewModel.registerProperty().set(RecordKind.PERSON);
        viewModel.formatProperty().set(TableFormat.CSV);

        viewModel.exportRegister();

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(1 + 150);
        assertThat(lines.get(0)).isEqualTo(
                "\uFEFF\"id\",\"deleted\",\"code\",\"role\",\"recruitmentRoute\",\"paid\",\"leadPatient\","
                        + "\"association\",\"education\"");
        String someCode = database().sqlQuery("select min(code) as c from person").findOne().getString("c");
        assertThat(lines).anyMatch(line -> line.contains(",\"" + someCode + "\","));
        assertThat(dialogs.notices).containsExactly("Exported to people.csv.");
        assertThat(Files.exists(dir.resolve("people.csv.part"))).isFalse();
        assertThat(viewModel.busyProperty().get()).isFalse();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void activitiesGoToXlsxOneRowEach() throws Exception {
        Path file = dir.resolve("activities.xlsx");
        dialogs.fileAnswer = file;
        viewModel.registerProperty().set(RecordKind.ACTIVITY);
        viewModel.formatProperty().set(TableFormat.XLSX);

        viewModel.exportRegister();

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheet("Activities");
            assertThat(sheet.getLastRowNum()).isEqualTo(1 + 120);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith("Activities: every record");
            Row header = sheet.getRow(1);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Title");
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Date");
            assertThat(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(sheet.getRow(2).getCell(1))).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        }
        assertThat(dialogs.notices).containsExactly("Exported to activities.xlsx.");
    }

    @Test
    void theChosenSeparatorIsUsedAndRemembered() throws Exception {
        Path file = dir.resolve("shares.csv");
        dialogs.fileAnswer = file;
        viewModel.registerProperty().set(RecordKind.REFERENCE_SHARE);
        viewModel.formatProperty().set(TableFormat.CSV);
        viewModel.separatorProperty().set(CsvDialect.Separator.SEMICOLON);

        viewModel.exportRegister();

        assertThat(Files.readAllLines(file, StandardCharsets.UTF_8).get(0))
                .isEqualTo("\uFEFF\"id\";\"team\";\"group\";\"share\";\"source\";\"populationYear\"");
        assertThat(new ExportPreferences(preferences).separatorProperty().get())
                .isEqualTo(CsvDialect.Separator.SEMICOLON);
        assertThat(viewModel.separatorLabel(CsvDialect.Separator.TAB)).isEqualTo("Tab");
        assertThat(viewModel.separatorLabel(CsvDialect.Separator.LOCALE)).startsWith("As usual for this language (");
    }

    @Test
    void identifyingDetailsGoOutOnlyAfterTheUserConfirmed() throws Exception {
        Path file = dir.resolve("identities.csv");
        dialogs.fileAnswer = file;
        viewModel.registerProperty().set(RecordKind.PERSON_IDENTITY);
        viewModel.formatProperty().set(TableFormat.CSV);

        viewModel.exportRegister();
        assertThat(dialogs.errors).containsExactly(
                "This register holds identifying details: tick \"Include identifying details\" first.");
        assertThat(file).doesNotExist();

        dialogs.confirmAnswer = false;
        viewModel.requestIdentities(true);
        assertThat(viewModel.includeIdentitiesProperty().get()).isFalse();
        viewModel.exportRegister();
        assertThat(dialogs.errors).hasSize(2);
        assertThat(file).doesNotExist();

        dialogs.confirmAnswer = true;
        viewModel.requestIdentities(true);
        assertThat(viewModel.includeIdentitiesProperty().get()).isTrue();
        // names and contact details leave only encrypted, with a passphrase typed for this file
        dialogs.passphraseAnswer = "a passphrase for the names";
        viewModel.exportRegister();

        assertThat(org.inclusio.logic.exchange.EncryptedContainer.isEncrypted(file)).isTrue();
        assertThat(Files.readString(file, StandardCharsets.ISO_8859_1)).doesNotContain("@example.invalid");
        List<String> lines;
        try (java.io.InputStream in = org.inclusio.logic.exchange.EncryptedContainer.decrypt(Files.newInputStream(file),
                "a passphrase for the names".toCharArray())) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        long identities = count("select count(*) as n from person_identity");
        assertThat(identities).isPositive();
        assertThat(lines).hasSize(1 + (int) identities);
        assertThat(lines.get(0)).isEqualTo("\uFEFF\"id\",\"person\",\"fullName\",\"email\",\"phone\",\"postalAddress\"");
        assertThat(lines.get(1)).contains("@example.invalid");

        viewModel.requestIdentities(false);
        assertThat(viewModel.includeIdentitiesProperty().get()).isFalse();
    }

    @Test
    void theWholeStoreReadsBackWithoutIdentitiesUnlessConfirmed() throws Exception {
        Path plain = dir.resolve("all.json");
        dialogs.fileAnswer = plain;
        viewModel.exportInterchange();

        ImportSummary without = readBack(plain, "without");
        assertThat(without.of(RecordKind.PERSON).added()).isEqualTo(150);
        assertThat(without.of(RecordKind.ACTIVITY).added()).isEqualTo(120);
        assertThat(without.of(RecordKind.PERSON_IDENTITY).added()).isZero();
        assertThat(Files.readString(plain)).doesNotContain("@example.invalid");

        viewModel.requestIdentities(true);
        Path full = dir.resolve("all-identities.json.gpg");
        dialogs.fileAnswer = full;
        dialogs.passphraseAnswer = "a long passphrase for the test";
        viewModel.exportInterchange();
        assertThat(EncryptedContainer.isEncrypted(full)).isTrue();
        String someEmail = database().sqlQuery("select min(email) as e from person_identity").findOne().getString("e");
        assertThat(new String(Files.readAllBytes(full), StandardCharsets.ISO_8859_1)).doesNotContain(someEmail)
                .doesNotContain("inclusio-exchange");
        ImportSummary with = readBack(full, "with", "a long passphrase for the test".toCharArray());
        assertThat(with.of(RecordKind.PERSON_IDENTITY).added())
                .isEqualTo((int) count("select count(*) as n from person_identity"));
        assertThat(dialogs.notices).containsExactly("Exported to all.json.",
                "Exported to all-identities.json.gpg, encrypted with the passphrase.");
        assertThat(Files.exists(dir.resolve("all-identities.json.gpg.part"))).isFalse();
    }

    @Test
    void interchangeExportsSuggestTheirOwnEndingPlainOrEncryptedAndReadBack() throws Exception {
        Path plain = dir.resolve("office.inclusio");
        dialogs.fileAnswer = plain;
        viewModel.exportInterchange();
        viewModel.requestIdentities(true);
        Path sealed = dir.resolve("office-identities.inclusio");
        dialogs.fileAnswer = sealed;
        dialogs.passphraseAnswer = "a long passphrase for the test";
        viewModel.exportInterchange();

        // both endings are the one the installed program is registered to open
        assertThat(dialogs.saveSuggestions).containsExactly("inclusio-export.inclusio|inclusio",
                "inclusio-export.inclusio|inclusio");
        assertThat(EncryptedContainer.isEncrypted(plain)).isFalse();
        assertThat(EncryptedContainer.isEncrypted(sealed)).isTrue();
        assertThat(readBack(plain, "plain").of(RecordKind.ACTIVITY).added()).isEqualTo(120);
        assertThat(readBack(sealed, "sealed", "a long passphrase for the test".toCharArray())
                .of(RecordKind.PERSON_IDENTITY).added()).isPositive();
    }

    @Test
    void anExportWithIdentitiesNeedsAPassphraseOfTwelveCharacters() throws Exception {
        viewModel.requestIdentities(true);
        Path file = dir.resolve("short.json.gpg");
        dialogs.fileAnswer = file;
        dialogs.passphraseAnswer = "only eleven";

        viewModel.exportInterchange();

        assertThat(dialogs.passphraseProblems).containsExactly("The passphrase must have at least 12 characters.");
        assertThat(file).doesNotExist();
        assertThat(Files.exists(dir.resolve("short.json.gpg.part"))).isFalse();

        dialogs.passphraseAnswer = null;
        viewModel.exportInterchange();
        assertThat(file).doesNotExist();
        assertThat(dialogs.notices).isEmpty();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void oneTeamHoldsThatTeamsActivitiesAndReadsBack() throws Exception {
        viewModel.load();
        assertThat(viewModel.teams()).hasSize(6);
        Choice team = viewModel.teams().get(0);
        viewModel.scopeProperty().set(ExportViewModel.Scope.TEAM);
        viewModel.teamProperty().set(team);
        Path file = dir.resolve("team.json");
        dialogs.fileAnswer = file;

        viewModel.exportInterchange();

        ImportSummary summary = readBack(file, "team");
        long activities = count("select count(*) as n from activity where team_id = '" + team.id() + "'");
        assertThat(activities).isPositive().isLessThan(120);
        assertThat(summary.of(RecordKind.ACTIVITY).added()).isEqualTo((int) activities);
        assertThat(summary.of(RecordKind.PROCESS_TEAM).added()).isEqualTo(1);
    }

    @Test
    void aTeamScopeWithoutATeamSaysWhatIsMissingAndWritesNothing() {
        viewModel.scopeProperty().set(ExportViewModel.Scope.TEAM);
        Path file = dir.resolve("nothing.json");
        dialogs.fileAnswer = file;

        viewModel.exportInterchange();

        assertThat(dialogs.errors).containsExactly(
                "Choose the team, or a period whose end is not before its start.");
        assertThat(file).doesNotExist();
    }

    @Test
    void onePeriodHoldsItsActivitiesAndReadsBack() throws Exception {
        LocalDate first = database().sqlQuery("select min(held_on) as d from activity").findOne().getDate("d").toLocalDate();
        LocalDate to = first.plusDays(90);
        viewModel.scopeProperty().set(ExportViewModel.Scope.PERIOD);
        viewModel.fromProperty().set(to);
        viewModel.toProperty().set(first);
        Path file = dir.resolve("period.json");
        dialogs.fileAnswer = file;
        viewModel.exportInterchange();
        assertThat(dialogs.errors).hasSize(1);
        assertThat(file).doesNotExist();

        viewModel.fromProperty().set(first);
        viewModel.toProperty().set(to);
        viewModel.exportInterchange();

        ImportSummary summary = readBack(file, "period");
        long activities = count("select count(*) as n from activity where held_on between date '" + first
                + "' and date '" + to + "'");
        assertThat(activities).isPositive().isLessThan(120);
        assertThat(summary.of(RecordKind.ACTIVITY).added()).isEqualTo((int) activities);
    }

    /** Imports the file into a new empty store and says what went in. */
    private ImportSummary readBack(Path file, String name) throws Exception {
        return readBack(file, name, null);
    }

    private ImportSummary readBack(Path file, String name, char[] passphrase) throws Exception {
        try (AppServices other = org.inclusio.testing.TestStores.services(dir.resolve("read-" + name), L10N)) {
            ImportSummary summary = other.interchangeImporter().importFile(file, passphrase, ImportOptions.apply(),
                    BackgroundTask.progressChannel("test"));
            assertThat(summary.total().conflicts()).isZero();
            assertThat(other.storeInfo().counts().activities())
                    .isEqualTo(summary.of(RecordKind.ACTIVITY).added());
            return summary;
        }
    }

    private static Database database() {
        return services.store().database();
    }

    private static long count(String sql) {
        return database().sqlQuery(sql).findOne().getLong("n");
    }
}
