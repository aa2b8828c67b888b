package org.inclusio.gui.exchange;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.inclusio.logic.exchange.Conflict;
import org.inclusio.logic.exchange.Resolution;

/** A record changed both here and in the file, and what the user chose for it (keep ours by default). */
public final class ConflictChoice {

    private final Conflict conflict;
    private final ObjectProperty<Resolution> resolution = new SimpleObjectProperty<>(Resolution.KEEP_LOCAL);

    public ConflictChoice(Conflict conflict) {
        this.conflict = conflict;
    }

    public Conflict conflict() {
        return conflict;
    }

    public ObjectProperty<Resolution> resolutionProperty() {
        return resolution;
    }
}
