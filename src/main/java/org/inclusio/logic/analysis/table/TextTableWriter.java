package org.inclusio.logic.analysis.table;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Function;

/**
 * Writes an analysis table as aligned plain text for a terminal: headers, a rule, and the rows,
 * figures right-aligned; long texts are cut to a readable width.
 */
public final class TextTableWriter {

    static final int WIDEST = 60;

    private TextTableWriter() {
    }

    public static void write(AnalysisTable table, Function<Column, String> header, PrintWriter out) {
        List<Column> columns = table.columns();
        int[] widths = new int[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            widths[i] = Math.min(WIDEST, header.apply(columns.get(i)).length());
            for (List<Cell> row : table.rows()) {
                widths[i] = Math.max(widths[i], Math.min(WIDEST, row.get(i).text().length()));
            }
        }
        line(columns.stream().map(header).toList(), columns, widths, out);
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            rule.append(i == 0 ? "" : "  ").append("-".repeat(widths[i]));
        }
        out.println(rule);
        for (List<Cell> row : table.rows()) {
            line(row.stream().map(Cell::text).toList(), columns, widths, out);
        }
        out.flush();
    }

    private static void line(List<String> texts, List<Column> columns, int[] widths, PrintWriter out) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i).replaceAll("\\s+", " ");
            if (text.length() > widths[i]) {
                text = text.substring(0, widths[i] - 3) + "...";
            }
            String padding = " ".repeat(widths[i] - text.length());
            line.append(i == 0 ? "" : "  ").append(columns.get(i).numeric() ? padding + text : text + padding);
        }
        out.println(line.toString().stripTrailing());
    }
}
