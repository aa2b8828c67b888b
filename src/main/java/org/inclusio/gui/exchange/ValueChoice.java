package org.inclusio.gui.exchange;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.inclusio.logic.exchange.sheet.TargetField;
import org.inclusio.logic.exchange.sheet.ValueOption;

/** One distinct value found in a mapped column, and the vocabulary value (or team) it stands for. */
public final class ValueChoice {

    private final TargetField field;
    private final String source;
    private final List<ValueOption> options;
    private final ObjectProperty<ValueOption> target = new SimpleObjectProperty<>();

    public ValueChoice(TargetField field, String source, List<ValueOption> options, ValueOption target) {
        this.field = field;
        this.source = source;
        this.options = List.copyOf(options);
        this.target.set(target);
    }

    public TargetField field() {
        return field;
    }

    public String source() {
        return source;
    }

    public List<ValueOption> options() {
        return options;
    }

    public ObjectProperty<ValueOption> targetProperty() {
        return target;
    }
}
