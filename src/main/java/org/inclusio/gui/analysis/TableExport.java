package org.inclusio.gui.analysis;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.inclusio.gui.dialog.DialogService;
import org.inclusio.logic.analysis.table.AnalysisTable;
import org.inclusio.logic.analysis.table.Cell;
import org.inclusio.logic.analysis.table.CsvWriter;
import org.inclusio.logic.exchange.TableFormat;
import org.inclusio.logic.exchange.TableWriter;
import org.inclusio.logic.i18n.Localization;

/**
 * "Export" for a table of the Analysis area: asks where to save (CSV or Excel), then writes
 * exactly the values on screen (suppressed ones as the marker) with the headers on screen.
 */
public final class TableExport {

    private final DialogService dialogs;
    private final Localization l10n;

    public TableExport(DialogService dialogs, Localization l10n) {
        this.dialogs = dialogs;
        this.l10n = l10n;
    }

    /**
     * Asks for a file and writes the table to it; nothing when the user cancels or there is no table.
     *
     * @param suggestedName file name offered in the save dialog, without extension
     * @param table         the table shown, or a supplier of null when nothing is shown yet
     */
    public void export(String suggestedName, Supplier<AnalysisTable> table) {
        AnalysisTable shown = table.get();
        if (shown == null) {
            dialogs.showError(l10n.text("analysis.export.title"), l10n.text("analysis.export.nothing"));
            return;
        }
        dialogs.chooseSaveFile(l10n.text("analysis.export.title"), suggestedName + ".csv", List.of("csv", "xlsx"))
                .ifPresent(file -> write(shown, file));
    }

    private void write(AnalysisTable table, Path file) {
        try {
            if (TableFormat.ofFile(file).orElse(TableFormat.CSV) == TableFormat.XLSX) {
                writeWorkbook(table, file);
            } else {
                try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    CsvWriter.write(table, column -> l10n.text(column.headerKey()), out);
                }
            }
            dialogs.notify(l10n.text("analysis.export.done", table.rows().size(), file.getFileName().toString()));
        } catch (IOException e) {
            dialogs.showError(l10n.text("analysis.export.title"), l10n.text("analysis.export.failed",
                    file.getFileName().toString()));
        }
    }

    /** The same values in a workbook: numbers as numbers, suppressed and text cells as the text shown. */
    private void writeWorkbook(AnalysisTable table, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file);
             TableWriter writer = TableWriter.open(TableFormat.XLSX, out, file.getFileName().toString())) {
            writer.row(table.columns().stream().map(column -> l10n.text(column.headerKey())).toList());
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
