package org.inclusio.gui.team;

import java.math.BigDecimal;
import java.util.UUID;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.inclusio.logic.common.Choice;
import org.inclusio.logic.team.ReferenceShareDraft;

/**
 * One reference share of the team being edited. Share and year are kept as typed, so text that
 * is not a number stays visible and the form's validation names it.
 */
public final class ShareRow {

    private final ObjectProperty<Choice> group = new SimpleObjectProperty<>();
    private final StringProperty percent = new SimpleStringProperty("");
    private final StringProperty source = new SimpleStringProperty("");
    private final StringProperty year = new SimpleStringProperty("");

    public ShareRow(ReferenceShareDraft draft, Choice groupChoice) {
        group.set(groupChoice);
        percent.set(draft.percent() == null ? "" : BigDecimal.valueOf(draft.percent()).stripTrailingZeros()
                .toPlainString());
        source.set(draft.source() == null ? "" : draft.source());
        year.set(draft.populationYear() == null ? "" : String.valueOf(draft.populationYear()));
    }

    public ReferenceShareDraft toDraft() {
        return new ReferenceShareDraft(group.get() == null ? null : group.get().id(), parsePercent(percent.get()),
                ProfessionalRow.emptyToNull(source.get()), parseYear(year.get()));
    }

    /** A typed percentage (a decimal comma is accepted), or null when it is not a number. */
    static Double parsePercent(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(text.trim().replace(',', '.').replace("%", "").trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer parseYear(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Everything whose change alters the row. */
    public Observable[] observables() {
        return new Observable[] {group, percent, source, year};
    }

    public UUID groupId() {
        return group.get() == null ? null : group.get().id();
    }

    public ObjectProperty<Choice> groupProperty() {
        return group;
    }

    public StringProperty percentProperty() {
        return percent;
    }

    public StringProperty sourceProperty() {
        return source;
    }

    public StringProperty yearProperty() {
        return year;
    }
}
