package org.inclusio.gui.util;

import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.inclusio.gui.dialog.DialogService;
import org.inclusio.logic.i18n.Localization;

/**
 * What every register with an editor beside it does alike: selecting a row opens its record
 * (after asking before unsaved changes are dropped, else the selection goes back), the row of the
 * edited record stays selected when rows reload, and the register's keys: Ctrl+N new, Ctrl+S save,
 * Ctrl+F search, Alt+Down / Alt+Up next and previous record, Delete (register focused) to the trash.
 *
 * @param <R> the register's row type
 */
public final class RegisterNavigation<R> {

    private final TableView<R> table;
    private final Function<R, UUID> idOf;
    private final RecordEditor editor;
    private final DialogService dialogs;
    private final Localization l10n;
    private boolean quiet;
    private Runnable beforeSave = () -> { };

    public RegisterNavigation(TableView<R> table, Function<R, UUID> idOf, RecordEditor editor,
                              DialogService dialogs, Localization l10n) {
        this.table = table;
        this.idOf = idOf;
        this.editor = editor;
        this.dialogs = dialogs;
        this.l10n = l10n;
        table.getSelectionModel().selectedItemProperty().addListener((o, old, row) -> selected(old, row));
    }

    private void selected(R old, R row) {
        if (quiet || row == null || idOf.apply(row).equals(editor.id())) {
            return;
        }
        if (!confirmDiscard()) {
            quiet = true;
            Platform.runLater(() -> {
                table.getSelectionModel().select(old);
                quiet = false;
            });
            return;
        }
        editor.open(idOf.apply(row));
    }

    /** Selects the row of a record (e.g. the one just saved, after the rows were read again), without reopening it. */
    public void select(UUID wanted) {
        UUID id = wanted != null ? wanted : editor.id();
        if (id == null) {
            return;
        }
        for (R row : table.getItems()) {
            if (idOf.apply(row).equals(id)) {
                quiet = true;
                table.getSelectionModel().select(row);
                table.scrollTo(row);
                quiet = false;
                return;
            }
        }
    }

    /** Something to do before Ctrl+S saves, e.g. commit a cell being edited in a table. */
    public void setBeforeSave(Runnable beforeSave) {
        this.beforeSave = beforeSave;
    }

    /** Clears the selection without touching the editor (before a new record). */
    public void clearSelection() {
        quiet = true;
        table.getSelectionModel().clearSelection();
        quiet = false;
    }

    /** True when the editor has no unsaved changes, or the user agrees to drop them. */
    public boolean confirmDiscard() {
        return !editor.hasUnsavedChanges() || dialogs.confirm(l10n.text("editor.discard.title"),
                l10n.text("editor.discard.message", editor.description()), l10n.text("editor.discard.confirm"));
    }

    /**
     * Handles the register's keys.
     *
     * @return true when the key was one of them (the caller consumes the event)
     */
    public boolean handleKey(KeyEvent event, Runnable newRecord, TextInputControl search) {
        if (match(event, KeyCode.N, KeyCombination.SHORTCUT_DOWN)) {
            newRecord.run();
        } else if (match(event, KeyCode.S, KeyCombination.SHORTCUT_DOWN)) {
            beforeSave.run();
            editor.save();
        } else if (match(event, KeyCode.F, KeyCombination.SHORTCUT_DOWN)) {
            search.requestFocus();
            search.selectAll();
        } else if (match(event, KeyCode.DOWN, KeyCombination.ALT_DOWN)) {
            table.getSelectionModel().selectNext();
        } else if (match(event, KeyCode.UP, KeyCombination.ALT_DOWN)) {
            table.getSelectionModel().selectPrevious();
        } else if (event.getCode() == KeyCode.DELETE && table.isFocused()) {
            editor.delete();
        } else {
            return false;
        }
        return true;
    }

    /**
     * Makes a register's column headers sort in the database: the register may show only the first
     * rows, so sorting those in memory would be wrong. Each column's user data is its sort key.
     */
    public static <R, S> void sortInDatabase(TableView<R> table, Class<S> sortType, BiConsumer<S, Boolean> sortBy) {
        table.setSortPolicy(sorted -> {
            if (!sorted.getSortOrder().isEmpty()) {
                TableColumn<R, ?> column = sorted.getSortOrder().get(0);
                sortBy.accept(sortType.cast(column.getUserData()),
                        column.getSortType() == TableColumn.SortType.ASCENDING);
            }
            return true;
        });
    }

    private static boolean match(KeyEvent event, KeyCode code, KeyCombination.Modifier modifier) {
        return new KeyCodeCombination(code, modifier).match(event);
    }
}
