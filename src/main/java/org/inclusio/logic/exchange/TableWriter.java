package org.inclusio.logic.exchange;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.poifs.crypt.temp.SXSSFWorkbookWithCustomZipEntrySource;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a table row by row to CSV (RFC 4180 with CRLF, UTF-8 with byte-order mark so spreadsheets
 * pick the encoding) or XLSX (POI's streaming workbook, its scratch files encrypted). Text is neutralised
 * with {@link CellSafety} and, in CSV, always quoted; numbers stay unquoted numbers.
 */
public abstract class TableWriter implements Closeable {

    /** A writer for the format onto the stream; closing the writer finishes the file but leaves the stream open. */
    public static TableWriter open(TableFormat format, OutputStream out, String sheetName) throws IOException {
        return format == TableFormat.CSV ? new Csv(out) : new Xlsx(out, sheetName);
    }

    public abstract void row(List<?> cells) throws IOException;

    static String text(Object value) {
        return CellSafety.neutralise(textOf(value));
    }

    private static String textOf(Object value) {
        return value == null ? "" : value.toString();
    }

    private static final class Csv extends TableWriter {
        private final OutputStreamWriter writer;

        Csv(OutputStream out) throws IOException {
            this.writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
        }

        @Override
        public void row(List<?> cells) throws IOException {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    writer.write(',');
                }
                Object cell = cells.get(i);
                writer.write(cell instanceof Number number ? number.toString() : CellSafety.csvText(textOf(cell)));
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
        private int next;

        Xlsx(OutputStream out, String sheetName) {
            this.out = out;
            this.sheet = workbook.createSheet(sheetName);
        }

        @Override
        public void row(List<?> cells) {
            Row row = sheet.createRow(next++);
            for (int i = 0; i < cells.size(); i++) {
                Object value = cells.get(i);
                Cell cell = row.createCell(i);
                if (value instanceof Number number) {
                    cell.setCellValue(number.doubleValue());
                } else {
                    cell.setCellValue(text(value));
                }
            }
        }

        @Override
        public void close() throws IOException {
            try {
                workbook.write(out);
                out.flush();
            } finally {
                workbook.close();
            }
        }
    }
}
