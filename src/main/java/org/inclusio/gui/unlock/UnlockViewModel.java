package org.inclusio.gui.unlock;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
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
 * The unlock screen: the passphrase (or the recovery key), the name the user gives for the audit trail, and
 * a plain sentence when the store refuses. The check runs off the FX thread; nothing else can be done
 * meanwhile.
 */
public final class UnlockViewModel {

    private final StoreGate gate;
    private final TaskExecutor executor;
    private final Localization l10n;
    private final Consumer<String> unlocked;

    private final StringProperty passphrase = new SimpleStringProperty("");
    private final StringProperty recoveryKey = new SimpleStringProperty("");
    private final BooleanProperty useRecoveryKey = new SimpleBooleanProperty(false);
    private final StringProperty actorName = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanProperty restoreOffered = new SimpleBooleanProperty(false);
    private final BooleanBinding canUnlock;
    private Runnable opening = () -> { };

    /**
     * @param actorName the name to offer (the one given last time, or the login name)
     * @param unlocked  called on success with the name the user gave
     */
    public UnlockViewModel(StoreGate gate, TaskExecutor executor, Localization l10n, String actorName,
                           Consumer<String> unlocked) {
        this.gate = gate;
        this.executor = executor;
        this.l10n = l10n;
        this.unlocked = unlocked;
        this.actorName.set(actorName == null ? "" : actorName);
        // on a server an empty password leaves it to the PostgreSQL password file
        canUnlock = Bindings.createBooleanBinding(() -> !busy.get() && !this.actorName.get().isBlank()
                        && (gate.onServer() || !(useRecoveryKey.get() ? recoveryKey.get() : passphrase.get()).isEmpty()),
                busy, this.actorName, useRecoveryKey, recoveryKey, passphrase);
        useRecoveryKey.addListener((o, old, now) -> error.set(""));
    }

    /**
     * What to do once the secret is accepted and the store itself is being opened (the window shows its frame
     * meanwhile). Called on the worker thread that opens the store; a refusal after it still reaches the error
     * line, and a cancelled opening closes the store again.
     */
    public void setOnOpening(Runnable opening) {
        this.opening = opening;
    }

    /** Tries the passphrase or recovery key; on a refusal the error line says why. */
    public void unlock() {
        attempt(false);
    }

    /** Restores the newest backup in place of the damaged store, then opens it with what was typed. */
    public void restoreLastBackup() {
        if (restoreOffered.get()) {
            attempt(true);
        }
    }

    private void attempt(boolean restoreFirst) {
        if (!canUnlock.get()) {
            if (actorName.get().isBlank()) {
                error.set(l10n.text("unlock.problem.name"));
            }
            return;
        }
        boolean recovery = useRecoveryKey.get();
        EnteredSecret secret = new EnteredSecret((recovery ? recoveryKey.get() : passphrase.get()).toCharArray(),
                recovery);
        String name = actorName.get().strip();
        busy.set(true);
        error.set("");
        executor.execute(BackgroundTask.<Void>of(l10n.text("unlock.task"), task -> {
                    java.util.concurrent.atomic.AtomicBoolean openedNow = new java.util.concurrent.atomic.AtomicBoolean();
                    try {
                        // the audit trail names who unlocked, from this moment on
                        org.inclusio.logic.audit.Actor.setUserName(name);
                        if (restoreFirst) {
                            gate.restoreLatestBackup(secret);
                        } else {
                            gate.unlock(secret, () -> {
                                openedNow.set(true);
                                opening.run();
                            });
                        }
                    } finally {
                        secret.wipe();
                    }
                    if (openedNow.get() && task.isCancelled()) {
                        // cancelled in the status bar while the store was being opened: back to the unlock screen
                        gate.abandonOpening();
                        throw new org.inclusio.logic.task.CancelledException();
                    }
                    return null;
                })
                .onSuccess(done -> {
                    busy.set(false);
                    restoreOffered.set(false);
                    clearSecrets();
                    unlocked.accept(name);
                })
                .onCancelled(() -> {
                    busy.set(false);
                    clearSecrets();
                })
                .onFailure(failure -> {
                    busy.set(false);
                    passphrase.set("");
                    restoreOffered.set(failure instanceof StoreRefusal refusal && refusal.backupOffered());
                    error.set(failure instanceof StoreRefusal ? failure.getMessage()
                            : l10n.text("unlock.problem.unexpected"));
                }));
    }

    /** Forgets what was typed and any earlier error (the window is being locked again). */
    public void reset() {
        clearSecrets();
        error.set("");
        useRecoveryKey.set(false);
    }

    private void clearSecrets() {
        passphrase.set("");
        recoveryKey.set("");
    }

    public String location() {
        return gate.location();
    }

    /** True for a store on a server: a password for the server, no recovery key, no backups here. */
    public boolean onServer() {
        return gate.onServer();
    }

    public StringProperty passphraseProperty() {
        return passphrase;
    }

    public StringProperty recoveryKeyProperty() {
        return recoveryKey;
    }

    public BooleanProperty useRecoveryKeyProperty() {
        return useRecoveryKey;
    }

    public StringProperty actorNameProperty() {
        return actorName;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    /** True after the store was found damaged and a backup of it exists. */
    public ReadOnlyBooleanProperty restoreOfferedProperty() {
        return restoreOffered;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public BooleanBinding canUnlockBinding() {
        return canUnlock;
    }
}
