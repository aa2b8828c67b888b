package org.inclusio.gui.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.inclusio.gui.dialog.RecordingDialogService;
import org.inclusio.logic.analysis.Suppression;
import org.inclusio.logic.analysis.table.AnalysisTable;
import org.inclusio.logic.analysis.table.AnalysisTableFiles;
import org.inclusio.logic.analysis.table.Cell;
import org.inclusio.logic.analysis.table.Column;
import org.inclusio.logic.exchange.TempFiles;
import org.inclusio.logic.i18n.Localization;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An analysis table goes to CSV or to Excel with the values shown, suppressed ones as the marker. */
class TableExportTest {

    @TempDir
    Path folder;

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final Localization l10n = new Localization(Locale.ENGLISH);
    private final AnalysisTable table = new AnalysisTable(
            List.of(Column.text("group", "analysis.column.group"),
                    Column.figure("participants", "analysis.column.participants")),
            List.of(List.of(Cell.text("=Older people"), Cell.number(12)),
                    List.of(Cell.text("Young people"), Cell.suppressed(Suppression.standard()))));

    @Test
    void writesAWorkbookWithNumbersAsNumbersAndSuppressedCountsAsTheMarker() throws Exception {
        dialogs.fileAnswer = folder.resolve("groups.xlsx");
        new TableExport(new AnalysisTableFiles(new TempFiles(folder.resolve("store"))), dialogs, l10n).export("groups", () -> table);

        try (InputStream in = Files.newInputStream(dialogs.fileAnswer); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .startsWith("Groups: all activities, no filter. Exported ");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue())
                    .isEqualTo(l10n.text("analysis.column.participants"));
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
            Row first = sheet.getRow(2);
            assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("'=Older people");
            assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(12.0);
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("<5");
        }
        assertThat(dialogs.notices).singleElement().asString().contains("2 rows");
    }

    @Test
    void writesCsvWhenTheChosenFileIsCsv() throws Exception {
        dialogs.fileAnswer = folder.resolve("groups.csv");
        new TableExport(new AnalysisTableFiles(new TempFiles(folder.resolve("store"))), dialogs, l10n).export("groups", () -> table);
        assertThat(Files.readString(dialogs.fileAnswer)).isEqualTo("\uFEFF\"Group\",\"Participants\"\r\n"
                + "\"'=Older people\",12\r\n\"Young people\",\"<5\"\r\n");
    }

    @Test
    void swedishCsvAndAWorkbookWithTheFilterAndDecimalsAsShown() throws Exception {
        AnalysisTable ratios = new AnalysisTable(
                List.of(Column.text("group", "analysis.column.group"),
                        Column.figure("participants", "analysis.column.participants")),
                List.of(List.of(Cell.text("Older people"), Cell.decimal(0.4567, 2))));
        TableExport swedish = new TableExport(new AnalysisTableFiles(new TempFiles(folder.resolve("store"))), dialogs,
                l10n, () -> org.inclusio.logic.exchange.CsvDialect.forLocale(Locale.forLanguageTag("sv-SE")),
                () -> "process team North");
        dialogs.fileAnswer = folder.resolve("ratios.csv");
        swedish.export("ratios", () -> ratios);
        assertThat(Files.readString(dialogs.fileAnswer)).isEqualTo("\uFEFF\"Group\";\"Participants\"\r\n"
                + "\"Older people\";0,46\r\n");

        dialogs.fileAnswer = folder.resolve("ratios.xlsx");
        swedish.export("ratios", () -> ratios);
        try (InputStream in = Files.newInputStream(dialogs.fileAnswer); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith("Ratios: process team North.");
            org.apache.poi.ss.usermodel.Cell figure = sheet.getRow(2).getCell(1);
            assertThat(figure.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(figure.getNumericCellValue()).isEqualTo(0.46);
            assertThat(figure.getCellStyle().getDataFormatString()).isEqualTo("0.00");
        }
    }

    @Test
    void aFailedExportLeavesTheFileThatWasThereAndNoPartialFile() throws Exception {
        Path file = folder.resolve("groups.xlsx");
        Files.writeString(file, "last week's export");
        new AnalysisTableFiles(new TempFiles(folder.resolve("store"))).write(table, c -> c.id(), file);
        assertThat(Files.size(file)).isGreaterThan(100);
        Files.writeString(file, "last week's export");
        try {
            new AnalysisTableFiles(new TempFiles(folder.resolve("store")))
                    .write(table, column -> { throw new IllegalStateException("header"); }, file);
        } catch (IllegalStateException expected) {
            // the writing failed part-way
        }

        assertThat(Files.readString(file)).isEqualTo("last week's export");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("groups.xlsx", "store");
        }
    }
}
