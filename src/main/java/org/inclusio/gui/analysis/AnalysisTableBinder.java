package org.inclusio.gui.analysis;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.inclusio.logic.analysis.table.AnalysisTable;
import org.inclusio.logic.analysis.table.Cell;
import org.inclusio.logic.analysis.table.Column;
import org.inclusio.logic.i18n.Localization;

/** Shows an {@link AnalysisTable} in a TableView: one column per table column, the texts as exported. */
final class AnalysisTableBinder {

    /**
     * Columns that carry the program's codes (a group's or a rule's) for files and scripts; the
     * screen shows the names beside them instead.
     */
    private static final java.util.Set<String> CODE_COLUMNS = java.util.Set.of("groupCode", "rule");

    private AnalysisTableBinder() {
    }

    static void show(TableView<List<Cell>> view, AnalysisTable table, Localization l10n) {
        if (table == null) {
            view.getColumns().clear();
            view.getItems().clear();
            return;
        }
        List<TableColumn<List<Cell>, String>> columns = new ArrayList<>();
        for (int i = 0; i < table.columns().size(); i++) {
            Column column = table.columns().get(i);
            if (CODE_COLUMNS.contains(column.id())) {
                continue;
            }
            int index = i;
            TableColumn<List<Cell>, String> tableColumn = new TableColumn<>(l10n.text(column.headerKey()));
            tableColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().get(index).text()));
            tableColumn.setSortable(false);
            if (column.numeric()) {
                tableColumn.getStyleClass().add("figure-column");
                tableColumn.setPrefWidth(Math.max(70, 8 * tableColumn.getText().length()));
            } else {
                tableColumn.setPrefWidth(column.id().equals("evidence") ? 420 : 150);
            }
            columns.add(tableColumn);
        }
        view.getColumns().setAll(columns);
        view.getItems().setAll(table.rows());
    }
}
