package org.inclusio.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.inclusio.gui.unlock.EnteredSecret;
import org.inclusio.gui.unlock.StoreGate;
import org.inclusio.gui.unlock.StoreRefusal;
import org.inclusio.logic.ErrorReport;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.persistence.Backups;
import org.inclusio.persistence.CreatedStore;
import org.inclusio.persistence.ServerAddress;
import org.inclusio.persistence.Store;
import org.inclusio.logic.audit.AuditAction;
import org.inclusio.persistence.StoreException;
import org.inclusio.persistence.StoreFactory;
import org.inclusio.persistence.StoreProblem;
import org.inclusio.persistence.StoreSecret;

/**
 * The window's way into the store: opens it with what the user typed, checks the secret again after a lock,
 * makes or encrypts a store on the user's explicit request, and changes the passphrase. Every store failure
 * becomes one plain sentence ({@link StoreProblemMessages}); nothing here runs on the FX thread.
 */
final class WindowStoreGate implements StoreGate {

    private static final Logger LOG = Logger.getLogger(WindowStoreGate.class.getName());

    private final Path directory;
    private final ServerAddress server;
    private final StoreFactory factory;
    private volatile Localization l10n;
    private volatile AppServices services;

    WindowStoreGate(Path directory, StoreFactory factory, Localization l10n) {
        this(directory, null, factory, l10n);
    }

    /**
     * @param directory the store's folder, or for a store on a server the local folder for its logs
     * @param server    the server the store is on, or null for a store in a folder
     */
    WindowStoreGate(Path directory, ServerAddress server, StoreFactory factory, Localization l10n) {
        this.directory = directory;
        this.server = server;
        this.factory = factory;
        this.l10n = l10n;
    }

    @Override
    public boolean onServer() {
        return server != null;
    }

    /** Why the window makes no backups of a store on a server. */
    String serverBackupsNote() {
        return l10n.text("settings.backups.server");
    }

    /** The services once the store is open, else null. */
    AppServices services() {
        return services;
    }

    /**
     * The window now speaks another language: what the gate says from now on, and the services over the open
     * store (built again over the same store, which stays open), speak it too.
     */
    void speak(Localization language) {
        this.l10n = language;
        AppServices open = services;
        if (open != null) {
            services = open.speaking(language);
        }
    }

    /** The store was opened elsewhere (tests hand the secret in). */
    void opened(AppServices opened) {
        this.services = opened;
    }

    @Override
    public void abandonOpening() {
        AppServices open = services;
        services = null;
        if (open != null) {
            open.close();
        }
    }

    /** Forgets the services of a store that was closed (to be restored from a backup). */
    void closed() {
        this.services = null;
    }

    @Override
    public String location() {
        return server != null ? server.displayName() : directory.toString();
    }

    @Override
    public void unlock(EnteredSecret secret) throws StoreRefusal {
        unlock(secret, () -> { });
    }

    @Override
    public void unlock(EnteredSecret secret, Runnable opening) throws StoreRefusal {
        if (server != null) {
            signIn(secret);
            return;
        }
        StoreSecret storeSecret = storeSecret(secret);
        try {
            AppServices open = services;
            if (open == null) {
                services = StoreOpening.services(factory.open(directory, storeSecret, opening), l10n);
            } else if (!factory.verifySecret(directory, storeSecret)) {
                StoreOpening.record(open.store(), AuditAction.UNLOCK_FAILED, "wrong "
                        + (secret.recoveryKey() ? "recovery key" : "passphrase") + " on the locked window");
                throw new StoreRefusal(l10n.text(secret.recoveryKey() ? "store.problem.wrongRecoveryKey"
                        : "store.problem.wrongPassphrase", location()));
            } else {
                StoreOpening.record(open.store(), AuditAction.UNLOCK, "locked window unlocked");
            }
        } catch (RuntimeException e) {
            throw refusal(e);
        } finally {
            if (storeSecret instanceof StoreSecret.Passphrase passphrase) {
                Arrays.fill(passphrase.value(), '\0');
            }
        }
    }

    /**
     * Signs in to the server with the password (an empty one leaves it to the PostgreSQL password file); after a
     * lock, the server checks the password again.
     */
    private void signIn(EnteredSecret secret) throws StoreRefusal {
        char[] password = secret.value().length == 0 ? null : secret.value().clone();
        try {
            AppServices open = services;
            if (open == null) {
                services = StoreOpening.services(factory.openServer(server, password, directory), l10n);
            } else {
                try {
                    factory.checkServerLogin(server, password);
                    StoreOpening.record(open.store(), AuditAction.UNLOCK, "locked window unlocked");
                } catch (StoreException e) {
                    if (e.problem() == StoreProblem.LOGIN_FAILED) {
                        StoreOpening.record(open.store(), AuditAction.UNLOCK_FAILED, "wrong password on the locked window");
                    }
                    throw e;
                }
            }
        } catch (RuntimeException e) {
            throw refusal(e);
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    @Override
    public void restoreLatestBackup(EnteredSecret secret) throws StoreRefusal {
        Backups backups = new Backups(directory);
        StoreSecret storeSecret = storeSecret(secret);
        try {
            var entries = backups.list();
            if (entries.isEmpty()) {
                throw new StoreRefusal(l10n.text("store.problem.noBackup"));
            }
            backups.restore(entries.get(0).file(), storeSecret);
            StoreOpening.noteWhileClosed(directory, AuditAction.RESTORE, "restored from the last backup "
                    + entries.get(0).file().getFileName());
            services = StoreOpening.services(factory.open(directory, storeSecret), l10n);
        } catch (RuntimeException e) {
            throw refusal(e);
        } finally {
            if (storeSecret instanceof StoreSecret.Passphrase passphrase) {
                Arrays.fill(passphrase.value(), '\0');
            }
        }
    }

    @Override
    public void openInClear() throws StoreRefusal {
        try {
            services = StoreOpening.services(factory.open(directory, null), l10n);
        } catch (RuntimeException e) {
            throw refusal(e);
        }
    }

    @Override
    public String create(char[] passphrase) throws StoreRefusal {
        try {
            return opened(factory.create(directory, passphrase));
        } catch (RuntimeException e) {
            throw refusal(e);
        }
    }

    @Override
    public String encrypt(char[] passphrase) throws StoreRefusal {
        try {
            return opened(factory.encrypt(directory, passphrase));
        } catch (RuntimeException e) {
            throw refusal(e);
        }
    }

    /** Gives the open store a new passphrase; returns how long it took. */
    Duration changePassphrase(char[] current, char[] next) throws StoreRefusal {
        long started = System.nanoTime();
        try {
            factory.changePassphrase(services.store(), StoreSecret.passphrase(current), next);
            StoreOpening.record(services.store(), AuditAction.PASSPHRASE_CHANGE, "passphrase changed in the window");
            return Duration.ofNanos(System.nanoTime() - started);
        } catch (RuntimeException e) {
            throw refusal(e);
        }
    }

    /** True when the open store is encrypted by this program, so that its passphrase can be changed. */
    boolean encrypted() {
        AppServices open = services;
        return open != null && open.store().encrypted();
    }

    /**
     * True when the window can be locked: there is a secret to check when it is unlocked again (a passphrase, or
     * the server's password; a store in clear has none).
     */
    boolean lockable() {
        return server != null || encrypted();
    }

    private String opened(CreatedStore created) {
        services = StoreOpening.services(created.store(), l10n);
        return created.recoveryKey();
    }

    static StoreSecret storeSecret(EnteredSecret secret) {
        if (secret.recoveryKey()) {
            return new StoreSecret.RecoveryKey(new String(secret.value()));
        }
        return StoreSecret.passphrase(secret.value().clone());
    }

    StoreRefusal refusal(RuntimeException failure) {
        if (failure instanceof StoreException store) {
            LOG.log(Level.WARNING, "Store refused: " + store.problem());
            StoreOpening.failedUnlock(store);
            return new StoreRefusal(StoreProblemMessages.describe(store, l10n),
                    restorable(store.problem()) && hasBackup());
        }
        LOG.log(Level.SEVERE, ErrorReport.forLog(failure));
        return new StoreRefusal(l10n.text(server != null ? "store.problem.unexpectedServer" : "store.problem.unexpected",
                location()));
    }

    private boolean hasBackup() {
        if (server != null) {
            return false;
        }
        try {
            return !new Backups(directory).list().isEmpty();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Problems a backup is the way out of. */
    static boolean restorable(StoreProblem problem) {
        return problem == StoreProblem.DAMAGED || problem == StoreProblem.KEY_DAMAGED
                || problem == StoreProblem.KEY_MISSING;
    }
}
