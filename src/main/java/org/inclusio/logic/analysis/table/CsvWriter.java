package org.inclusio.logic.analysis.table;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.function.Function;
import org.inclusio.logic.exchange.CellSafety;

/**
 * Writes an analysis table as CSV after RFC 4180: a header line, comma-separated fields, CRLF line
 * ends. Figures are written as plain unquoted numbers; every text (headers, names, the marker of a
 * withheld count) is quoted and neutralised by {@link CellSafety}, so no cell runs as a formula and
 * no separator inside a text splits it; a value that does not exist is an empty field.
 */
public final class CsvWriter {

    private CsvWriter() {
    }

    /** Writes the header (from {@code header}) and every row as shown. */
    public static void write(AnalysisTable table, Function<Column, String> header, Writer out) throws IOException {
        line(table.columns().stream().map(header).map(CellSafety::csvText).toList(), out);
        for (List<Cell> row : table.rows()) {
            line(row.stream().map(CsvWriter::field).toList(), out);
        }
        out.flush();
    }

    private static void line(List<String> fields, Writer out) throws IOException {
        out.write(String.join(",", fields));
        out.write("\r\n");
    }

    /** One cell: a figure as it is, nothing as an empty field, any text quoted and neutralised. */
    static String field(Cell cell) {
        if (!cell.suppressed() && cell.value() instanceof Number) {
            return cell.text();
        }
        if (!cell.suppressed() && cell.value() == null && cell.text().isEmpty()) {
            return "";
        }
        return CellSafety.csvText(cell.text());
    }
}
