package org.inclusio.gui.analysis;

import java.io.IOException;
import java.util.List;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.inclusio.gui.dialog.DialogService;
import org.inclusio.logic.analysis.table.AnalysisTable;
import org.inclusio.logic.analysis.table.AnalysisTableFiles;
import org.inclusio.logic.i18n.Localization;

/**
 * "Export" for a table of the Analysis area: asks where to save (CSV or Excel), then writes
 * exactly the values on screen (suppressed ones as the marker) with the headers on screen; the file
 * appears complete or not at all.
 */
public final class TableExport {

    private final AnalysisTableFiles files;
    private final DialogService dialogs;
    private final Localization l10n;

    public TableExport(AnalysisTableFiles files, DialogService dialogs, Localization l10n) {
        this.files = files;
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
            files.write(table, column -> l10n.text(column.headerKey()), file);
            dialogs.notify(l10n.text("analysis.export.done", table.rows().size(), file.getFileName().toString()));
        } catch (IOException e) {
            dialogs.showError(l10n.text("analysis.export.title"), l10n.text("analysis.export.failed",
                    file.getFileName().toString()));
        }
    }
}
