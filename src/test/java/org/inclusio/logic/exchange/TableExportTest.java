package org.inclusio.logic.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.inclusio.app.AppServices;
import org.inclusio.model.Person;
import org.inclusio.model.PersonRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableExportTest {

    static final List<String> RISKY = List.of("=1+1", "+1", "-1+1", "-A1", "@SUM(A1)", "\tx", "\rx", "+44 20 7946 0000",
            "-", "=");

    @TempDir
    Path dir;

    @Test
    void formulaStartsAreNeutralised() {
        for (String text : RISKY) {
            assertThat(CellSafety.neutralise(text)).isEqualTo("'" + text);
        }
        assertThat(CellSafety.neutralise("Co-design")).isEqualTo("Co-design");
        assertThat(CellSafety.neutralise("")).isEmpty();
        // a plain number, negative or not, is read as that number and never as a formula
        assertThat(CellSafety.neutralise("-2")).isEqualTo("-2");
        assertThat(CellSafety.neutralise("-0.25")).isEqualTo("-0.25");
    }

    @Test
    void everyCsvTextIsQuotedWhateverItHolds() {
        assertThat(CellSafety.csvText("a;b")).isEqualTo("\"a;b\"");
        assertThat(CellSafety.csvText("a,b")).isEqualTo("\"a,b\"");
        assertThat(CellSafety.csvText("two\r\nlines")).isEqualTo("\"two\r\nlines\"");
        assertThat(CellSafety.csvText("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CellSafety.csvText("=HYPERLINK(\"http://x\",\"y\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
        assertThat(CellSafety.csvText("")).isEqualTo("\"\"");
        assertThat(CellSafety.csvText(null)).isEqualTo("\"\"");
    }

    @Test
    void csvCellsNeverStartWithAFormulaCharacter() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableExporter exporter = new TableExporter(null);
        exporter.exportTable(List.of("text", "n"), List.of(List.of("=HYPERLINK(\"x\")", 3), List.of("-2", 12)),
                List.of(1), SmallCountRule.DEFAULT, TableFormat.CSV, out, "t");

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(
                "\uFEFF\"text\",\"n\"\r\n\"'=HYPERLINK(\"\"x\"\")\",\"<5\"\r\n\"-2\",12\r\n");
    }

    @Test
    void xlsxHoldsNeutralisedTextAndRealNumbersWithSmallCountsHidden() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TableExporter(null).exportTable(List.of("group", "present", "absent"),
                List.of(List.of("@group", 4, 0), List.of("+other", 5, 1)), List.of(1, 2),
                SmallCountRule.DEFAULT, TableFormat.XLSX, out, "presence");

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = book.getSheet("presence");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("'@group");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("<5");
            assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isZero();
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("'+other");
            assertThat(sheet.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(5.0);
            assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).isEqualTo("<5");
            for (int r = 0; r <= 2; r++) {
                sheet.getRow(r).forEach(cell -> assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA));
            }
        }
    }

    @Test
    void registersExportEveryRecordAndIdentitiesOnlyWhenAsked() throws Exception {
        try (AppServices store = ExchangeStores.open(dir.resolve("s"))) {
            Person person = new Person();
            person.setCode("=cmd|' /C calc'!A0");
            person.setRole(PersonRole.CITIZEN);
            store.store().database().save(person);
            TableExporter exporter = new TableExporter(store.store().database());
            ByteArrayOutputStream out = new ByteArrayOutputStream();

            long rows = exporter.exportRegister(RecordKind.PERSON, false, TableFormat.CSV, out, ExchangeStores.NO_TASK);

            assertThat(rows).isEqualTo(1);
            String[] lines = out.toString(StandardCharsets.UTF_8).split("\r\n");
            assertThat(lines[0]).isEqualTo("\uFEFF\"id\",\"deleted\",\"code\",\"role\",\"recruitmentRoute\",\"paid\","
                    + "\"leadPatient\",\"association\",\"education\"");
            assertThat(Arrays.asList(lines[1].split(",")).subList(1, 4))
                    .containsExactly("\"false\"", "\"'=cmd|' /C calc'!A0\"", "\"CITIZEN\"");
            assertThatThrownBy(() -> exporter.exportRegister(RecordKind.PERSON_IDENTITY, false, TableFormat.CSV,
                    new ByteArrayOutputStream(), ExchangeStores.NO_TASK)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
