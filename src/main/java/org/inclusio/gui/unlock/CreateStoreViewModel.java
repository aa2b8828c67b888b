package org.inclusio.gui.unlock;

import java.util.Arrays;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.task.BackgroundTask;
import org.inclusio.logic.task.TaskExecutor;

/**
 * Choosing the passphrase of a new store, or of a store in clear from an earlier version that is to be
 * encrypted. Only here is a store made; the recovery key that comes back is handed on to be shown once.
 */
public final class CreateStoreViewModel {

    /** What the screen does with the passphrase. */
    public enum Purpose {
        /** No store in the folder: make one. */
        CREATE,
        /** A store in clear: encrypt it (or open it as it is, for now). */
        ENCRYPT
    }

    private final Purpose purpose;
    private final StoreGate gate;
    private final TaskExecutor executor;
    private final Localization l10n;
    private final Consumer<String> created;
    private final NewPassphraseForm form;
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanBinding canCreate;

    /** @param created called with the recovery key once the store is made (or encrypted) and open */
    public CreateStoreViewModel(Purpose purpose, StoreGate gate, TaskExecutor executor, Localization l10n,
                                Consumer<String> created) {
        this.purpose = purpose;
        this.gate = gate;
        this.executor = executor;
        this.l10n = l10n;
        this.created = created;
        this.form = new NewPassphraseForm(l10n);
        this.canCreate = form.validBinding().and(busy.not());
    }

    public void create() {
        if (!canCreate.get()) {
            return;
        }
        char[] passphrase = form.passphrase();
        busy.set(true);
        error.set("");
        String title = l10n.text(purpose == Purpose.CREATE ? "create.task" : "encrypt.task");
        executor.execute(BackgroundTask.of(title, task -> {
                    task.updateProgress(-1, -1);
                    try {
                        return purpose == Purpose.CREATE ? gate.create(passphrase) : gate.encrypt(passphrase);
                    } finally {
                        Arrays.fill(passphrase, '\0');
                    }
                })
                .onSuccess(recoveryKey -> {
                    busy.set(false);
                    form.clear();
                    created.accept(recoveryKey);
                })
                .onFailure(failure -> {
                    busy.set(false);
                    error.set(failure instanceof StoreRefusal ? failure.getMessage()
                            : l10n.text("create.problem.unexpected"));
                }));
    }

    /** Opens a store in clear as it is, without encrypting it now (only offered for {@link Purpose#ENCRYPT}). */
    public void openInClear(Runnable opened) {
        if (purpose != Purpose.ENCRYPT || busy.get()) {
            return;
        }
        busy.set(true);
        error.set("");
        executor.execute(BackgroundTask.<Void>of(l10n.text("unlock.task"), task -> {
                    gate.openInClear();
                    return null;
                })
                .onSuccess(done -> {
                    busy.set(false);
                    form.clear();
                    opened.run();
                })
                .onFailure(failure -> {
                    busy.set(false);
                    error.set(failure instanceof StoreRefusal ? failure.getMessage()
                            : l10n.text("create.problem.unexpected"));
                }));
    }

    public Purpose purpose() {
        return purpose;
    }

    public String location() {
        return gate.location();
    }

    public NewPassphraseForm form() {
        return form;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public BooleanBinding canCreateBinding() {
        return canCreate;
    }
}
