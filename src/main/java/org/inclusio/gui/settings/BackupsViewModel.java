package org.inclusio.gui.settings;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.inclusio.gui.dialog.DialogService;
import org.inclusio.gui.unlock.EnteredSecret;
import org.inclusio.gui.unlock.StoreRefusal;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.task.BackgroundTask;
import org.inclusio.logic.task.TaskExecutor;

/**
 * The Backups tab: the store's backups, newest first; back up now; check a backup; restore one (the store is
 * closed and the window goes back to the unlock screen); how many automatic backups are kept.
 */
public final class BackupsViewModel {

    private final BackupCatalogue backups;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Localization l10n;
    private final Runnable restored;
    private final ObservableList<BackupCatalogue.Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<BackupCatalogue.Row> selected = new SimpleObjectProperty<>();
    private final StringProperty passphrase = new SimpleStringProperty("");
    private final IntegerProperty keep = new SimpleIntegerProperty(10);
    private final StringProperty outcome = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanBinding canUseSelected;

    /** @param restored called after a restore, on the FX thread: the store is closed and must be unlocked again */
    public BackupsViewModel(BackupCatalogue backups, TaskExecutor executor, DialogService dialogs, Localization l10n,
                            Runnable restored) {
        this.backups = backups;
        this.executor = executor;
        this.dialogs = dialogs;
        this.l10n = l10n;
        this.restored = restored;
        canUseSelected = Bindings.createBooleanBinding(() -> !busy.get() && selected.get() != null
                && !passphrase.get().isEmpty(), busy, selected, passphrase);
    }

    public void load() {
        run(l10n.text("settings.backups.task.load"), () -> new Loaded(backups.list(), backups.keep()), loaded -> {
            rows.setAll(loaded.rows());
            keep.set(loaded.keep());
        });
    }

    private record Loaded(List<BackupCatalogue.Row> rows, int keep) {
    }

    public void backUpNow() {
        run(l10n.text("settings.backups.task.backup"), backups::backUpNow, made -> {
            load();
            outcome.set(l10n.text("settings.backups.made", made.file().getFileName(), made.records()));
        });
    }

    public void check() {
        BackupCatalogue.Row row = selected.get();
        if (!canUseSelected.get()) {
            return;
        }
        EnteredSecret secret = secret();
        run(l10n.text("settings.backups.task.check"), () -> {
            try {
                backups.check(row.file(), secret);
            } finally {
                secret.wipe();
            }
            return row;
        }, checked -> outcome.set(l10n.text("settings.backups.checked", checked.file().getFileName(),
                checked.records())));
    }

    public void restore() {
        BackupCatalogue.Row row = selected.get();
        if (!canUseSelected.get() || !dialogs.confirm(l10n.text("settings.backups.restore.title"),
                l10n.text("settings.backups.restore.message", made(row)), l10n.text("settings.backups.restore.confirm"))) {
            return;
        }
        EnteredSecret secret = secret();
        run(l10n.text("settings.backups.task.restore"), () -> {
            try {
                backups.restore(row.file(), secret);
            } finally {
                secret.wipe();
            }
            return row;
        }, done -> restored.run());
    }

    /** Stores how many automatic backups are kept. */
    public void saveKeep(int number) {
        run(l10n.text("settings.backups.task.keep"), () -> {
            backups.setKeep(number);
            return number;
        }, saved -> {
            keep.set(saved);
            outcome.set(l10n.text("settings.backups.keepSaved", saved));
        });
    }

    public String made(BackupCatalogue.Row row) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault())
                .format(row.made());
    }

    private EnteredSecret secret() {
        char[] typed = passphrase.get().toCharArray();
        passphrase.set("");
        return new EnteredSecret(typed, false);
    }

    private interface Work<V> {
        V run() throws StoreRefusal;
    }

    private <V> void run(String title, Work<V> work, java.util.function.Consumer<V> done) {
        busy.set(true);
        outcome.set("");
        executor.execute(BackgroundTask.of(title, task -> work.run())
                .onSuccess(value -> {
                    busy.set(false);
                    done.accept(value);
                })
                .onFailure(failure -> {
                    busy.set(false);
                    dialogs.showError(title, failure instanceof StoreRefusal ? failure.getMessage()
                            : l10n.text("create.problem.unexpected"));
                }));
    }

    public ObservableList<BackupCatalogue.Row> rows() {
        return rows;
    }

    public ObjectProperty<BackupCatalogue.Row> selectedProperty() {
        return selected;
    }

    public StringProperty passphraseProperty() {
        return passphrase;
    }

    public IntegerProperty keepProperty() {
        return keep;
    }

    public ReadOnlyStringProperty outcomeProperty() {
        return outcome;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public BooleanBinding canUseSelectedBinding() {
        return canUseSelected;
    }
}
