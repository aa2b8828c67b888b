package org.inclusio.logic.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.inclusio.app.AppServices;
import org.inclusio.app.cli.InclusioCommand;
import org.inclusio.model.Activity;
import org.inclusio.model.Participation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Registers exported for people on the example region: workbooks with labels, names, real date and
 * number cells, a title row, a frozen header and fitted columns; CSV with the separator and decimal
 * mark the user's spreadsheet expects.
 */
class SpreadsheetExportTest {

    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @TempDir
    static Path shared;

    private static AppServices services;
    private static TableExporter exporter;

    @BeforeAll
    static void loadExampleRegion() throws Exception {
        services = ExchangeStores.open(shared.resolve("example"));
        services.exampleRegion().load(null);
        exporter = new TableExporter(services.store().database(), new TempFiles(shared.resolve("example")),
                ExchangeStores.L10N, ExchangeStores.CLOCK);
    }

    @AfterAll
    static void close() {
        services.close();
    }

    private static XSSFWorkbook workbook(RecordKind kind) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.exportRegister(kind, false, TableFormat.XLSX, CsvDialect.RFC_4180, out, ExchangeStores.NO_TASK);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static int column(Row header, String name) {
        for (Cell cell : header) {
            if (cell.getStringCellValue().equals(name)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + name);
    }

    @Test
    void activitiesWorkbookHasTitleLabelsNamesAndRealDates() throws Exception {
        Activity first = services.store().database().find(Activity.class).orderBy("heldOn, id").setMaxRows(1)
                .findOne();
        try (XSSFWorkbook book = workbook(RecordKind.ACTIVITY)) {
            Sheet sheet = book.getSheet("Activities");
            assertThat(sheet).isNotNull();
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Activities: every record, those in the trash included. Exported 2025-05-01 10:00.");
            Row header = sheet.getRow(1);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Title");
            assertThat(book.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            PaneInformation pane = sheet.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 2);
            assertThat(sheet.getLastRowNum()).isEqualTo(1 + 120);

            int date = column(header, "Date");
            int start = column(header, "Start time");
            int mode = column(header, "Mode");
            int team = column(header, "Process team");
            int organisation = column(header, "Organisation");
            int duration = column(header, "Duration (minutes)");
            int barriers = column(header, "Barriers observed");
            int trash = column(header, "In the trash");
            List<String> modes = new ArrayList<>();
            List<String> teams = new ArrayList<>();
            boolean firstFound = false;
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                Cell day = row.getCell(date);
                assertThat(day.getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(DateUtil.isCellDateFormatted(day)).isTrue();
                assertThat(day.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
                assertThat(row.getCell(duration).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(row.getCell(trash).getStringCellValue()).isIn("Yes", "No");
                modes.add(row.getCell(mode).getStringCellValue());
                if (row.getCell(team) != null) {
                    teams.add(row.getCell(team).getStringCellValue());
                }
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING) {
                        assertThat(UUID_TEXT.matcher(cell.getStringCellValue()).find())
                                .as("row %d column %d", r, cell.getColumnIndex()).isFalse();
                    }
                }
                if (day.getLocalDateTimeCellValue().toLocalDate().equals(first.getHeldOn())
                        && row.getCell(0).getStringCellValue().equals(first.getTitle())) {
                    firstFound = true;
                    if (first.getStartTime() != null) {
                        Cell time = row.getCell(start);
                        assertThat(time.getCellStyle().getDataFormatString()).isEqualTo("hh:mm");
                        assertThat(LocalTime.ofSecondOfDay(Math.round(time.getNumericCellValue() * 86_400)))
                                .isEqualTo(first.getStartTime());
                    }
                    assertThat(row.getCell(duration).getNumericCellValue())
                            .isEqualTo((double) first.getDurationMinutes());
                    if (first.getOrganisation() != null) {
                        assertThat(row.getCell(organisation).getStringCellValue())
                                .isEqualTo(first.getOrganisation().getName());
                    }
                }
            }
            assertThat(firstFound).isTrue();
            // the labels the screens show, never the stored codes
            assertThat(modes).contains("Co-design").doesNotContain("CO_DESIGN", "CO_COMMISSIONING");
            assertThat(teams).isNotEmpty().allMatch(name -> !name.isBlank());
            assertThat(services.store().database().sqlQuery("select name from process_team").findList()
                    .stream().map(row -> row.getString("name")).toList()).containsAll(teams);
            // columns fitted to their texts: the title column wider than the yes/no one, none at the default
            assertThat(sheet.getColumnWidth(0)).isGreaterThan(sheet.getColumnWidth(trash));
            assertThat(sheet.getColumnWidth(trash)).isEqualTo(14 * 256);
            assertThat(sheet.getColumnWidth(barriers)).isBetween(TableWriter.MIN_WIDTH * 256,
                    TableWriter.MAX_WIDTH * 256);
        }
    }

    @Test
    void participationsNameTheActivityAndThePseudonymousCodeNeverAnIdentity() throws Exception {
        Participation some = services.store().database().find(Participation.class).setMaxRows(1).findOne();
        String code = some.getPerson().getCode();
        String activity = some.getActivity().getTitle() + " (" + some.getActivity().getHeldOn() + ")";
        try (XSSFWorkbook book = workbook(RecordKind.PARTICIPATION)) {
            Sheet sheet = book.getSheet("Participations");
            Row header = sheet.getRow(1);
            int person = column(header, "Person (code)");
            int activityColumn = column(header, "Activity");
            int attendance = column(header, "Attendance");
            boolean found = false;
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row.getCell(person).getStringCellValue().equals(code)
                        && row.getCell(activityColumn).getStringCellValue().equals(activity)) {
                    found = true;
                }
                if (row.getCell(attendance) != null) {
                    assertThat(row.getCell(attendance).getStringCellValue()).doesNotMatch("[A-Z_]+");
                }
            }
            assertThat(found).isTrue();
        }
        List<String> names = services.store().database().sqlQuery("select full_name from person_identity")
                .findList().stream().map(row -> row.getString("full_name")).filter(name -> name != null).toList();
        try (XSSFWorkbook book = workbook(RecordKind.GROUP_MEMBERSHIP)) {
            Sheet sheet = book.getSheetAt(0);
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING) {
                        assertThat(names).doesNotContain(cell.getStringCellValue());
                    }
                }
            }
        }
    }

    @Test
    void flagsNameTheirRuleAndSeverityInWords() throws Exception {
        org.inclusio.model.ExclusionFlag flag = new org.inclusio.model.ExclusionFlag();
        flag.setKind(org.inclusio.model.ExclusionKind.EXTERNAL);
        flag.setObservation("One patient stands for the whole group");
        flag.setSeverity(org.inclusio.model.Severity.MEDIUM);
        flag.setStatus(org.inclusio.model.FlagStatus.OPEN);
        flag.setOrigin(org.inclusio.model.FlagOrigin.MANUAL);
        flag.setRuleCode("TOKENISM");
        services.store().database().save(flag);
        try (XSSFWorkbook book = workbook(RecordKind.EXCLUSION_FLAG)) {
            Sheet sheet = book.getSheet("Exclusion flags");
            Row header = sheet.getRow(1);
            int rule = column(header, "Rule");
            int severity = column(header, "Severity");
            int observation = column(header, "Observation");
            assertThat(sheet.getLastRowNum()).isGreaterThan(1);
            boolean found = false;
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                assertThat(row.getCell(severity).getStringCellValue()).doesNotMatch("[A-Z_]+");
                if (row.getCell(rule) != null) {
                    assertThat(row.getCell(rule).getStringCellValue()).doesNotMatch("[A-Z_]+");
                }
                if (row.getCell(observation).getStringCellValue().equals("One patient stands for the whole group")) {
                    found = true;
                    assertThat(row.getCell(rule).getStringCellValue()).isEqualTo("Tokenism");
                    assertThat(row.getCell(severity).getStringCellValue()).isEqualTo("Medium");
                }
            }
            assertThat(found).isTrue();
        }
    }

    @Test
    void swedishCsvHasByteOrderMarkSemicolonsAndDecimalCommas() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvDialect swedish = CsvDialect.forLocale(Locale.forLanguageTag("sv-SE"));
        assertThat(swedish).isEqualTo(new CsvDialect(';', ','));
        exporter.exportRegister(RecordKind.REFERENCE_SHARE, false, TableFormat.CSV, swedish, out,
                ExchangeStores.NO_TASK);
        byte[] bytes = out.toByteArray();
        assertThat(bytes[0] & 0xFF).isEqualTo(0xEF);
        assertThat(bytes[1] & 0xFF).isEqualTo(0xBB);
        assertThat(bytes[2] & 0xFF).isEqualTo(0xBF);
        String[] lines = out.toString(StandardCharsets.UTF_8).substring(1).split("\r\n");
        assertThat(lines[0]).isEqualTo("\"id\";\"team\";\"group\";\"share\";\"source\";\"populationYear\"");
        assertThat(lines).hasSizeGreaterThan(1);
        for (int i = 1; i < lines.length; i++) {
            String share = lines[i].split(";")[3];
            assertThat(share).matches("0(,[0-9]+)?|1");
        }
    }

    @Test
    void englishCsvIsCommaSeparatedWithDecimalPoints() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.exportRegister(RecordKind.REFERENCE_SHARE, false, TableFormat.CSV,
                CsvDialect.forLocale(Locale.UK), out, ExchangeStores.NO_TASK);
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines[0]).isEqualTo("\uFEFF\"id\",\"team\",\"group\",\"share\",\"source\",\"populationYear\"");
        assertThat(lines[1].split(",")[3]).matches("0(\\.[0-9]+)?|1");
    }

    @Test
    void aChosenSeparatorKeepsTheLocalesDecimalMarkUnlessTheyClash() {
        Locale swedish = Locale.forLanguageTag("sv-SE");
        assertThat(CsvDialect.of(CsvDialect.Separator.TAB, swedish)).isEqualTo(new CsvDialect('\t', ','));
        assertThat(CsvDialect.of(CsvDialect.Separator.COMMA, swedish)).isEqualTo(new CsvDialect(',', '.'));
        assertThat(CsvDialect.of(CsvDialect.Separator.LOCALE, Locale.GERMANY)).isEqualTo(new CsvDialect(';', ','));
        assertThat(CsvDialect.of(CsvDialect.Separator.SEMICOLON, Locale.US)).isEqualTo(new CsvDialect(';', '.'));
        assertThat(new CsvDialect(';', ',').number(0.25)).isEqualTo("0,25");
        assertThat(new CsvDialect(';', ',').number(12L)).isEqualTo("12");
    }

    @Test
    void theExportCommandTakesADelimiter() throws Exception {
        // the command line is given the store's folder
        org.junit.jupiter.api.Assumptions.assumeFalse(org.inclusio.testing.TestServer.storesOnServer());
        Path store = shared.resolve("cli");
        try (AppServices cli = ExchangeStores.open(store)) {
            cli.exampleRegion().load(null);
        }
        Path file = shared.resolve("shares.csv");
        StringWriter err = new StringWriter();
        CommandLine commandLine = InclusioCommand.commandLine();
        commandLine.setOut(new PrintWriter(new StringWriter()));
        commandLine.setErr(new PrintWriter(err));
        int status = commandLine.execute(org.inclusio.testing.TestStores.withPassphrase("--store", store.toString(),
                "export", "--register", "referenceShares", "--delimiter", "tab", file.toString()));

        assertThat(status).as(err.toString()).isZero();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("\uFEFF\"id\"\t\"team\"\t\"group\"\t\"share\"\t\"source\"\t\"populationYear\"");

        int wrong = commandLine.execute(org.inclusio.testing.TestStores.withPassphrase("--store", store.toString(),
                "export", "--register", "referenceShares", "--delimiter", "pipe", file.toString()));
        assertThat(wrong).isEqualTo(2);
    }
}
