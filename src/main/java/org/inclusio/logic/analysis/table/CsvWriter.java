package org.inclusio.logic.analysis.table;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.function.Function;

/**
 * Writes an analysis table as CSV after RFC 4180: a header line, comma-separated fields, CRLF line
 * ends, and fields holding a comma, quote or line break quoted with quotes doubled.
 */
public final class CsvWriter {

    private CsvWriter() {
    }

    /** Writes the header (from {@code header}) and every row as shown. */
    public static void write(AnalysisTable table, Function<Column, String> header, Writer out) throws IOException {
        line(table.columns().stream().map(header).toList(), out);
        for (List<Cell> row : table.rows()) {
            line(row.stream().map(Cell::text).toList(), out);
        }
        out.flush();
    }

    private static void line(List<String> fields, Writer out) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(fields.get(i)));
        }
        out.write("\r\n");
    }

    /** One field, quoted when it holds a comma, a quote, CR or LF. */
    static String field(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\r') < 0 && text.indexOf('\n') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
