package org.inclusio.gui.settings;

import java.time.Duration;
import java.util.Arrays;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.inclusio.gui.unlock.NewPassphraseForm;
import org.inclusio.gui.unlock.StoreRefusal;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.task.BackgroundTask;
import org.inclusio.logic.task.TaskExecutor;

/**
 * Settings of the store's protection: after how many idle minutes the window locks, and a new passphrase
 * (the current one, then the new one twice, judged as it is typed).
 */
public final class SecuritySettingsViewModel {

    private final PassphraseChanger changer;
    private final TaskExecutor executor;
    private final Localization l10n;
    private final IntegerProperty idleMinutes;
    private final boolean encrypted;
    private final StringProperty current = new SimpleStringProperty("");
    private final NewPassphraseForm form;
    private final StringProperty outcome = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanBinding canChange;

    /**
     * @param idleMinutes the lock preference, changed directly
     * @param encrypted   false for a store in clear, which has no passphrase to change
     */
    public SecuritySettingsViewModel(PassphraseChanger changer, TaskExecutor executor, Localization l10n,
                                     IntegerProperty idleMinutes, boolean encrypted) {
        this.changer = changer;
        this.executor = executor;
        this.l10n = l10n;
        this.idleMinutes = idleMinutes;
        this.encrypted = encrypted;
        this.form = new NewPassphraseForm(l10n);
        this.canChange = Bindings.createBooleanBinding(() -> encrypted && !busy.get() && !current.get().isEmpty(),
                busy, current).and(form.validBinding());
    }

    public void changePassphrase() {
        if (!canChange.get()) {
            return;
        }
        char[] old = current.get().toCharArray();
        char[] next = form.passphrase();
        busy.set(true);
        error.set("");
        outcome.set("");
        executor.execute(BackgroundTask.of(l10n.text("settings.security.task"), task -> {
                    try {
                        return changer.change(old, next);
                    } finally {
                        Arrays.fill(old, '\0');
                        Arrays.fill(next, '\0');
                    }
                })
                .onSuccess(took -> {
                    busy.set(false);
                    current.set("");
                    form.clear();
                    outcome.set(l10n.text("settings.security.changed", seconds(took)));
                })
                .onFailure(failure -> {
                    busy.set(false);
                    current.set("");
                    error.set(failure instanceof StoreRefusal ? failure.getMessage()
                            : l10n.text("create.problem.unexpected"));
                }));
    }

    private static double seconds(Duration took) {
        return took.toMillis() / 1000.0;
    }

    public IntegerProperty idleMinutesProperty() {
        return idleMinutes;
    }

    public boolean encrypted() {
        return encrypted;
    }

    public StringProperty currentProperty() {
        return current;
    }

    public NewPassphraseForm form() {
        return form;
    }

    public ReadOnlyStringProperty outcomeProperty() {
        return outcome;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public BooleanBinding canChangeBinding() {
        return canChange;
    }
}
