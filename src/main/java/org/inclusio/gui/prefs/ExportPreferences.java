package org.inclusio.gui.prefs;

import java.util.prefs.Preferences;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.inclusio.logic.exchange.CsvDialect;

/** How CSV files for people are written (the separator chosen on the Export screen), remembered between runs. */
public final class ExportPreferences {

    static final String SEPARATOR = "csvSeparator";

    private final ObjectProperty<CsvDialect.Separator> separator;

    public ExportPreferences(Preferences node) {
        CsvDialect.Separator stored;
        try {
            stored = CsvDialect.Separator.valueOf(node.get(SEPARATOR, CsvDialect.Separator.LOCALE.name()));
        } catch (IllegalArgumentException e) {
            stored = CsvDialect.Separator.LOCALE;
        }
        separator = new SimpleObjectProperty<>(stored);
        separator.addListener((o, old, now) -> node.put(SEPARATOR,
                (now == null ? CsvDialect.Separator.LOCALE : now).name()));
    }

    /** The preferences of this user on this machine. */
    public static ExportPreferences forCurrentUser() {
        return new ExportPreferences(Preferences.userRoot().node("org/inclusio/export"));
    }

    /** The separator of CSV exports; changes are stored at once. */
    public ObjectProperty<CsvDialect.Separator> separatorProperty() {
        return separator;
    }
}
