package org.inclusio.logic.analysis.table;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.inclusio.logic.exchange.CsvDialect;
import org.inclusio.logic.exchange.ExportTarget;
import org.inclusio.logic.exchange.TableFormat;
import org.inclusio.logic.exchange.TableWriter;
import org.inclusio.logic.exchange.TempFiles;

/**
 * Writes a table of the Analysis area to a CSV or Excel file, exactly the values shown (suppressed
 * ones as their marker). The file appears complete or not at all: it is written into a private
 * partial file that replaces the target only when finished, and the spreadsheet library's scratch
 * files stay in the store's temporary folder.
 */
public final class AnalysisTableFiles {

    private final TempFiles temporary;

    public AnalysisTableFiles(TempFiles temporary) {
        this.temporary = temporary;
    }

    /**
     * Writes the table; the format follows the file's extension (CSV when it has none known). CSV is
     * RFC 4180 as {@link CsvWriter} writes it, the same as {@code analyse --format csv}.
     */
    public void write(AnalysisTable table, Function<Column, String> header, Path file) throws IOException {
        write(table, header, file, null, null);
    }

    /**
     * Writes the table for people: a workbook with {@code title} above the table, or CSV in
     * {@code dialect} (separator and decimal mark as the user's spreadsheet expects, with a byte-order
     * mark). A null title or dialect writes as {@link #write(AnalysisTable, Function, Path)} does.
     */
    public void write(AnalysisTable table, Function<Column, String> header, Path file, String title,
                      CsvDialect dialect) throws IOException {
        TableFormat format = TableFormat.ofFile(file).orElse(TableFormat.CSV);
        try (ExportTarget target = temporary.beginExport(file)) {
            if (format == TableFormat.XLSX) {
                temporary.withScratchFiles(() -> {
                    writeWorkbook(table, header, target.stream(), sheetName(file), title);
                    return null;
                });
            } else if (dialect == null) {
                Writer out = new OutputStreamWriter(target.stream(), StandardCharsets.UTF_8);
                CsvWriter.write(table, header, out);
                out.flush();
            } else {
                writeCsv(table, header, target.stream(), dialect);
            }
            target.commit();
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    /** The file's name without its extension, as the sheet's name. */
    private static String sheetName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /**
     * Numbers as number cells holding the figure shown (a decimal with the places shown), suppressed
     * and text cells as the text shown.
     */
    private static void writeWorkbook(AnalysisTable table, Function<Column, String> header, OutputStream out,
                                      String sheetName, String title) throws IOException {
        try (TableWriter writer = TableWriter.open(TableFormat.XLSX, out, sheetName)) {
            if (title != null) {
                writer.title(title);
            }
            writer.header(table.columns().stream().map(header).toList());
            for (List<Cell> row : table.rows()) {
                writer.row(shown(row));
            }
        }
    }

    /** CSV for people: the figures shown, with the dialect's separator and decimal mark. */
    private static void writeCsv(AnalysisTable table, Function<Column, String> header, OutputStream out,
                                 CsvDialect dialect) throws IOException {
        try (TableWriter writer = TableWriter.open(TableFormat.CSV, out, "", dialect)) {
            writer.header(table.columns().stream().map(header).toList());
            for (List<Cell> row : table.rows()) {
                writer.row(shown(row));
            }
        }
    }

    private static List<Object> shown(List<Cell> row) {
        List<Object> cells = new ArrayList<>();
        for (Cell cell : row) {
            if (!cell.suppressed() && cell.value() instanceof Number) {
                cells.add(figure(cell));
            } else {
                cells.add(cell.text());
            }
        }
        return cells;
    }

    /** The number as shown (rounded as on the screen), or the full value when the text is not a plain number. */
    private static Object figure(Cell cell) {
        try {
            return new BigDecimal(cell.text());
        } catch (NumberFormatException e) {
            return cell.value();
        }
    }
}
