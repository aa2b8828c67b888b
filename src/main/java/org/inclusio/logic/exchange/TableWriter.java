package org.inclusio.logic.exchange;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.poifs.crypt.temp.SXSSFWorkbookWithCustomZipEntrySource;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a table row by row to CSV (quoted texts, CRLF, UTF-8 with byte-order mark so spreadsheets
 * pick the encoding; separator and decimal mark from a {@link CsvDialect}) or XLSX (POI's streaming
 * workbook, its scratch files encrypted). Text is neutralised with {@link CellSafety} and, in CSV,
 * always quoted; numbers stay unquoted numbers.
 *
 * <p>In XLSX a table may start with a title row saying what was exported; the header row is bold
 * and frozen, so it stays in view while scrolling; numbers, dates and times are real number, date
 * and time cells (a decimal keeps the places it was given with); each column is as wide as the
 * longest text among its first {@value #WIDTH_SAMPLE} rows. CSV has neither title nor styles.
 */
public abstract class TableWriter implements Closeable {

    /** How many rows below the header decide a column's width. */
    static final int WIDTH_SAMPLE = 500;
    /** The narrowest and widest a column is made, in characters. */
    static final int MIN_WIDTH = 6;
    static final int MAX_WIDTH = 60;

    /** A writer for the format onto the stream, CSV as RFC 4180; closing it finishes the file but leaves the stream open. */
    public static TableWriter open(TableFormat format, OutputStream out, String sheetName) throws IOException {
        return open(format, out, sheetName, CsvDialect.RFC_4180);
    }

    /** A writer for the format onto the stream, CSV in the given dialect. */
    public static TableWriter open(TableFormat format, OutputStream out, String sheetName, CsvDialect dialect)
            throws IOException {
        return format == TableFormat.CSV ? new Csv(out, dialect) : new Xlsx(out, sheetName);
    }

    /** A line above the table saying what it holds (XLSX only; CSV files stay plain tables). Before the header. */
    public abstract void title(String text) throws IOException;

    /** The row of column names. */
    public abstract void header(List<String> names) throws IOException;

    public abstract void row(List<?> cells) throws IOException;

    static String text(Object value) {
        return CellSafety.neutralise(textOf(value));
    }

    private static String textOf(Object value) {
        return value == null ? "" : value.toString();
    }

    private static final class Csv extends TableWriter {
        private final OutputStreamWriter writer;
        private final CsvDialect dialect;

        Csv(OutputStream out, CsvDialect dialect) throws IOException {
            this.writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            this.dialect = dialect;
            writer.write('\uFEFF');
        }

        @Override
        public void title(String text) {
            // a CSV file is read as a table: a line above the header would become a row of data
        }

        @Override
        public void header(List<String> names) throws IOException {
            row(names);
        }

        @Override
        public void row(List<?> cells) throws IOException {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    writer.write(dialect.separator());
                }
                Object cell = cells.get(i);
                writer.write(cell instanceof Number number ? dialect.number(number) : CellSafety.csvText(textOf(cell)));
            }
            writer.write("\r\n");
        }

        @Override
        public void close() throws IOException {
            writer.flush();
        }
    }

    private static final class Xlsx extends TableWriter {
        private final OutputStream out;
        /** Scratch files of the sheet are AES-encrypted with a key that lives only in memory. */
        private final SXSSFWorkbook workbook = new SXSSFWorkbookWithCustomZipEntrySource();
        private final SXSSFSheet sheet;
        private final CellStyle titleStyle;
        private final CellStyle headerStyle;
        private final CellStyle dateStyle;
        private final CellStyle timeStyle;
        private final CellStyle dateTimeStyle;
        private final Map<Integer, CellStyle> decimalStyles = new HashMap<>();
        private final List<Integer> widths = new ArrayList<>();
        private int next;
        private int sampled;

        Xlsx(OutputStream out, String sheetName) {
            this.out = out;
            this.sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(
                    sheetName == null || sheetName.isBlank() ? "Sheet1" : sheetName));
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font large = workbook.createFont();
            large.setBold(true);
            large.setFontHeightInPoints((short) 13);
            titleStyle = workbook.createCellStyle();
            titleStyle.setFont(large);
            headerStyle = workbook.createCellStyle();
            headerStyle.setFont(bold);
            headerStyle.setWrapText(true);
            dateStyle = format("yyyy-mm-dd");
            timeStyle = format("hh:mm");
            dateTimeStyle = format("yyyy-mm-dd hh:mm");
        }

        private CellStyle format(String pattern) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(pattern));
            return style;
        }

        @Override
        public void title(String text) {
            Cell cell = sheet.createRow(next++).createCell(0);
            cell.setCellValue(text(text));
            cell.setCellStyle(titleStyle);
        }

        @Override
        public void header(List<String> names) {
            Row row = sheet.createRow(next++);
            for (int i = 0; i < names.size(); i++) {
                Cell cell = row.createCell(i);
                cell.setCellValue(text(names.get(i)));
                cell.setCellStyle(headerStyle);
                measure(i, names.get(i));
            }
            sheet.createFreezePane(0, next);
        }

        @Override
        public void row(List<?> cells) {
            Row row = sheet.createRow(next++);
            boolean measuring = sampled++ < WIDTH_SAMPLE;
            for (int i = 0; i < cells.size(); i++) {
                Object value = cells.get(i);
                if (value == null) {
                    continue;
                }
                Cell cell = row.createCell(i);
                String shown;
                if (value instanceof Number number) {
                    cell.setCellValue(number.doubleValue());
                    if (number instanceof BigDecimal decimal && decimal.scale() > 0) {
                        cell.setCellStyle(decimalStyles.computeIfAbsent(Math.min(decimal.scale(), 10),
                                places -> format("0." + "0".repeat(places))));
                    }
                    shown = number instanceof BigDecimal decimal ? decimal.toPlainString() : number.toString();
                } else if (value instanceof LocalDate date) {
                    cell.setCellValue(date);
                    cell.setCellStyle(dateStyle);
                    shown = "2025-03-14";
                } else if (value instanceof LocalDateTime dateTime) {
                    cell.setCellValue(dateTime);
                    cell.setCellStyle(dateTimeStyle);
                    shown = "2025-03-14 13:30";
                } else if (value instanceof LocalTime time) {
                    cell.setCellValue(time.toSecondOfDay() / 86_400.0);
                    cell.setCellStyle(timeStyle);
                    shown = "13:30";
                } else {
                    shown = text(value);
                    cell.setCellValue(shown);
                }
                if (measuring) {
                    measure(i, shown);
                }
            }
        }

        /** Widens the column to the longest line of the text (spreadsheet widths count characters). */
        private void measure(int column, String text) {
            while (widths.size() <= column) {
                widths.add(MIN_WIDTH);
            }
            int longest = 0;
            for (String line : text.split("\n", -1)) {
                longest = Math.max(longest, line.length());
            }
            widths.set(column, Math.max(widths.get(column), Math.min(MAX_WIDTH, longest + 2)));
        }

        @Override
        public void close() throws IOException {
            try {
                for (int i = 0; i < widths.size(); i++) {
                    sheet.setColumnWidth(i, widths.get(i) * 256);
                }
                workbook.write(out);
                out.flush();
            } finally {
                workbook.close();
            }
        }
    }
}
