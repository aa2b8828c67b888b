package org.inclusio.gui.exchange;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.inclusio.logic.exchange.sheet.TargetField;

/** One target field of the spreadsheet wizard and the column chosen for it ("" for none). */
public final class ColumnChoice {

    private final TargetField field;
    private final ObjectProperty<String> column = new SimpleObjectProperty<>("");

    public ColumnChoice(TargetField field, String column) {
        this.field = field;
        this.column.set(column == null ? "" : column);
    }

    public TargetField field() {
        return field;
    }

    public ObjectProperty<String> columnProperty() {
        return column;
    }
}
