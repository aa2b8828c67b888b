package org.inclusio.gui.util;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.CheckListView;
import org.controlsfx.control.IndexedCheckModel;

/** Small helpers that set up pick lists, date fields and multi-selects the same way everywhere. */
public final class Pickers {

    /** Dates are shown and typed as year-month-day: unambiguous in every country. */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private Pickers() {
    }

    /**
     * A combo box whose first entry is "none" (null), shown with the given text, and whose other
     * entries are labelled by the function.
     */
    public static <T> void optional(ComboBox<T> box, List<T> values, Function<T, String> label, String noneLabel) {
        List<T> items = new ArrayList<>();
        items.add(null);
        items.addAll(values);
        box.getItems().setAll(items);
        labelled(box, label, noneLabel);
    }

    /** Like {@link #optional} over a list that changes (e.g. loaded later). */
    public static <T> void optional(ComboBox<T> box, ObservableList<T> values, Function<T, String> label,
                                    String noneLabel) {
        optional(box, List.copyOf(values), label, noneLabel);
        values.addListener((ListChangeListener<T>) change -> {
            T selected = box.getValue();
            optional(box, List.copyOf(values), label, noneLabel);
            box.setValue(selected);
        });
    }

    /** A combo box that must have a value, labelled by the function. */
    public static <T> void required(ComboBox<T> box, List<T> values, Function<T, String> label) {
        box.getItems().setAll(values);
        labelled(box, label, "");
    }

    private static <T> void labelled(ComboBox<T> box, Function<T, String> label, String noneLabel) {
        box.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? noneLabel : label.apply(item));
            }
        });
        box.setButtonCell(box.getCellFactory().call(null));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? noneLabel : label.apply(item);
            }

            @Override
            public T fromString(String text) {
                return box.getItems().stream().filter(i -> toString(i).equals(text)).findFirst().orElse(null);
            }
        });
    }

    /**
     * A date field that reads and writes year-month-day and never throws on text it cannot read:
     * such text leaves the date empty and stays in the field as typed, so the user can correct it.
     *
     * @return the typed text that is no date (empty while there is none), for a message that names it
     */
    public static javafx.beans.property.ReadOnlyStringProperty isoDates(DatePicker picker) {
        javafx.beans.property.ReadOnlyStringWrapper unreadable = new javafx.beans.property.ReadOnlyStringWrapper("");
        picker.setPromptText("yyyy-mm-dd");
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : DATE.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                try {
                    return LocalDate.parse(text.trim(), DATE);
                } catch (DateTimeParseException e) {
                    return null;
                }
            }
        });
        // commit typed text when the field loses focus, so Tab then Save keeps what was typed; text that is no
        // date stays as typed (the value is empty and validation names it), so the user can correct it
        String[] kept = {null};
        String[] typing = {null};
        picker.focusedProperty().addListener((o, was, now) -> {
            if (now) {
                kept[0] = null;
                typing[0] = null;
                return;
            }
            // the picker's own commit may have run first and emptied the field: what was typed counts
            String typed = typing[0] != null ? typing[0] : picker.getEditor().getText();
            typing[0] = null;
            LocalDate date = picker.getConverter().fromString(typed);
            kept[0] = date == null && typed != null && !typed.isBlank() ? typed : null;
            unreadable.set(kept[0] == null ? "" : kept[0].trim());
            picker.setValue(date);
            if (kept[0] != null) {
                picker.getEditor().setText(kept[0]);
            }
        });
        // the picker writes its (empty) value back into the field after a commit; the typed text wins
        picker.getEditor().textProperty().addListener((o, old, text) -> {
            if (picker.isFocused()) {
                typing[0] = text;
                return;
            }
            if (kept[0] != null && (text == null || text.isEmpty()) && picker.getValue() == null) {
                String typed = kept[0];
                javafx.application.Platform.runLater(() -> {
                    if (typed.equals(kept[0]) && picker.getValue() == null) {
                        picker.getEditor().setText(typed);
                    }
                });
            }
        });
        picker.valueProperty().addListener((o, old, date) -> {
            if (date != null) {
                kept[0] = null;
                unreadable.set("");
            }
        });
        // another record's date (or none) put in the field replaces what was typed
        picker.getEditor().textProperty().addListener((o, old, text) -> {
            if (!picker.isFocused() && kept[0] == null) {
                unreadable.set("");
            }
        });
        return unreadable.getReadOnlyProperty();
    }

    /**
     * A date field's message: that the typed text is no date while there is such text, else the form's own.
     */
    public static javafx.beans.value.ObservableStringValue dateMessage(
            javafx.beans.value.ObservableStringValue unreadable, javafx.beans.value.ObservableStringValue error,
            org.inclusio.logic.i18n.Localization l10n) {
        return javafx.beans.binding.Bindings.createStringBinding(() -> unreadable.get() == null
                || unreadable.get().isEmpty() ? error.get() : l10n.text("date.unreadable", unreadable.get()),
                unreadable, error);
    }

    /**
     * Keeps a check combo box's checked items and a set in step, both ways.
     *
     * @return what undoes the binding (for forms that point at another record)
     */
    public static <T, K> Runnable bindChecks(CheckComboBox<T> box, ObservableSet<K> set, Function<T, K> key) {
        return bindChecks(box.getItems(), box.getCheckModel(), set, key);
    }

    /**
     * Tab passes a check list once, as it passes any other field: the check box in each row is left out of
     * the tab order (Space checks the selected row, arrows move between rows; a click still checks).
     */
    public static <T> void tabOverChecks(CheckListView<T> list) {
        javafx.util.Callback<javafx.scene.control.ListView<T>, ListCell<T>> cells = list.getCellFactory();
        list.setCellFactory(view -> {
            ListCell<T> cell = cells.call(view);
            cell.graphicProperty().addListener((o, old, graphic) -> {
                if (graphic != null) {
                    graphic.setFocusTraversable(false);
                }
            });
            return cell;
        });
    }

    /** Keeps a check list's checked items and a set in step, both ways; returns what undoes it. */
    public static <T, K> Runnable bindChecks(CheckListView<T> list, ObservableSet<K> set, Function<T, K> key) {
        return bindChecks(list.getItems(), list.getCheckModel(), set, key);
    }

    private static <T, K> Runnable bindChecks(ObservableList<T> items, IndexedCheckModel<T> model,
                                              ObservableSet<K> set, Function<T, K> key) {
        boolean[] updating = {false};
        Runnable fromSet = () -> {
            updating[0] = true;
            try {
                for (int i = 0; i < items.size(); i++) {
                    if (set.contains(key.apply(items.get(i)))) {
                        model.check(i);
                    } else {
                        model.clearCheck(i);
                    }
                }
            } finally {
                updating[0] = false;
            }
        };
        ListChangeListener<T> fromChecks = change -> {
            if (updating[0]) {
                return;
            }
            Set<K> checked = new HashSet<>();
            model.getCheckedItems().forEach(item -> checked.add(key.apply(item)));
            updating[0] = true;
            try {
                set.retainAll(checked);
                set.addAll(checked);
            } finally {
                updating[0] = false;
            }
        };
        SetChangeListener<K> setChanged = change -> {
            if (!updating[0]) {
                fromSet.run();
            }
        };
        ListChangeListener<T> itemsChanged = change -> fromSet.run();
        model.getCheckedItems().addListener(fromChecks);
        set.addListener(setChanged);
        items.addListener(itemsChanged);
        fromSet.run();
        return () -> {
            model.getCheckedItems().removeListener(fromChecks);
            set.removeListener(setChanged);
            items.removeListener(itemsChanged);
        };
    }
}
