package org.inclusio.logic.analysis.table;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
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

    /** Writes the table; the format follows the file's extension (CSV when it has none known). */
    public void write(AnalysisTable table, Function<Column, String> header, Path file) throws IOException {
        TableFormat format = TableFormat.ofFile(file).orElse(TableFormat.CSV);
        try (ExportTarget target = temporary.beginExport(file)) {
            if (format == TableFormat.XLSX) {
                temporary.withScratchFiles(() -> {
                    writeWorkbook(table, header, target.stream(), file.getFileName().toString());
                    return null;
                });
            } else {
                Writer out = new OutputStreamWriter(target.stream(), StandardCharsets.UTF_8);
                CsvWriter.write(table, header, out);
                out.flush();
            }
            target.commit();
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    /** Numbers as numbers, suppressed and text cells as the text shown. */
    private static void writeWorkbook(AnalysisTable table, Function<Column, String> header, OutputStream out,
                                      String sheetName) throws IOException {
        try (TableWriter writer = TableWriter.open(TableFormat.XLSX, out, sheetName)) {
            writer.row(table.columns().stream().map(header).toList());
            for (List<Cell> row : table.rows()) {
                List<Object> cells = new ArrayList<>();
                for (Cell cell : row) {
                    cells.add(!cell.suppressed() && cell.value() instanceof Number ? cell.value() : cell.text());
                }
                writer.row(cells);
            }
        }
    }
}
