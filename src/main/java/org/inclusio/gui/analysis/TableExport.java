package org.inclusio.gui.analysis;

import java.io.IOException;
import java.util.List;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;
import org.inclusio.gui.dialog.DialogService;
import org.inclusio.logic.analysis.table.AnalysisTable;
import org.inclusio.logic.analysis.table.AnalysisTableFiles;
import org.inclusio.logic.exchange.CsvDialect;
import org.inclusio.logic.i18n.Localization;

/**
 * "Export" for a table of the Analysis area: asks where to save (CSV or Excel), then writes
 * exactly the values on screen (suppressed ones as the marker) with the headers on screen; the file
 * appears complete or not at all. A workbook starts with a row naming the table, the filter and the
 * time; CSV uses the separator and decimal mark the user's spreadsheet expects.
 */
public final class TableExport {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final AnalysisTableFiles files;
    private final DialogService dialogs;
    private final Localization l10n;
    private final Supplier<CsvDialect> dialect;
    private final Supplier<String> filter;

    /** CSV as usual for the language of {@code l10n}; the title row names no filter. */
    public TableExport(AnalysisTableFiles files, DialogService dialogs, Localization l10n) {
        this(files, dialogs, l10n, () -> CsvDialect.forLocale(l10n.locale()), () -> "");
    }

    /**
     * @param dialect how CSV files are written (the separator chosen on the Export screen)
     * @param filter  the filter the tables are computed with, in words, for the workbook's title row
     */
    public TableExport(AnalysisTableFiles files, DialogService dialogs, Localization l10n,
                       Supplier<CsvDialect> dialect, Supplier<String> filter) {
        this.files = files;
        this.dialogs = dialogs;
        this.l10n = l10n;
        this.dialect = dialect;
        this.filter = filter;
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
                .ifPresent(file -> write(shown, file, title(suggestedName)));
    }

    /** The workbook's title row: the table, the filter and when. */
    private String title(String suggestedName) {
        String name = suggestedName.replace('-', ' ');
        name = name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
        String filtered = filter.get();
        return l10n.text("analysis.export.sheetTitle", name,
                filtered == null || filtered.isBlank() ? l10n.text("analysis.export.filter.none") : filtered,
                LocalDateTime.now().format(WHEN));
    }

    private void write(AnalysisTable table, Path file, String title) {
        try {
            files.write(table, column -> l10n.text(column.headerKey()), file, title, dialect.get());
            dialogs.notify(l10n.text("analysis.export.done", table.rows().size(), file.getFileName().toString()));
        } catch (IOException e) {
            dialogs.showError(l10n.text("analysis.export.title"), l10n.text("analysis.export.failed",
                    file.getFileName().toString()));
        }
    }
}
