package org.inclusio.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.inclusio.gui.dialog.RecordingDialogService;
import org.inclusio.gui.settings.BackupsViewModel;
import org.inclusio.logic.task.CallingThreadTaskExecutor;
import org.inclusio.persistence.Backups;
import org.inclusio.gui.unlock.EnteredSecret;
import org.inclusio.gui.unlock.StoreRefusal;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.persistence.StoreException;
import org.inclusio.persistence.StoreFactory;
import org.inclusio.persistence.StoreProblem;
import org.inclusio.persistence.StoreSecret;
import org.inclusio.persistence.StoreState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's way into a real encrypted store: create, unlock, check again after a lock, change the passphrase. */
class WindowStoreGateTest {

    private static final String PASSPHRASE = "a passphrase for the window";

    @TempDir
    Path folder;

    private final Localization l10n = new Localization(Locale.ENGLISH);
    private WindowStoreGate gate;

    @AfterEach
    void close() {
        if (gate != null && gate.services() != null) {
            gate.services().close();
        }
    }

    @Test
    void createsOpensChecksTheSecretAgainAndChangesThePassphrase() throws Exception {
        Path store = folder.resolve("store");
        gate = new WindowStoreGate(store, new StoreFactory(), l10n);
        String recoveryKey = gate.create(PASSPHRASE.toCharArray());
        assertThat(recoveryKey).isNotBlank();
        assertThat(gate.services()).isNotNull();
        assertThat(gate.encrypted()).isTrue();

        // the store is open: unlocking again only checks the secret against the key file
        assertThatThrownBy(() -> gate.unlock(secret("not it at all", false)))
                .isInstanceOf(StoreRefusal.class)
                .hasMessage(l10n.text("store.problem.wrongPassphrase", gate.location()));
        assertThatThrownBy(() -> gate.unlock(secret("AAAA-BBBB", true)))
                .isInstanceOf(StoreRefusal.class)
                .hasMessage(l10n.text("store.problem.wrongRecoveryKey", gate.location()));
        gate.unlock(secret(PASSPHRASE, false));
        gate.unlock(secret(recoveryKey, true));

        java.time.Duration took = gate.changePassphrase(PASSPHRASE.toCharArray(), "the second passphrase".toCharArray());
        assertThat(took).isPositive();
        assertThatThrownBy(() -> gate.unlock(secret(PASSPHRASE, false))).isInstanceOf(StoreRefusal.class);
        gate.unlock(secret("the second passphrase", false));
        assertThatThrownBy(() -> gate.changePassphrase("wrong".toCharArray(), "whatever it is now".toCharArray()))
                .isInstanceOf(StoreRefusal.class)
                .hasMessage(l10n.text("store.problem.wrongPassphrase", gate.location()));
    }

    @Test
    void tellsWhenTheSecretIsAcceptedOnlyWhenItOpensTheStoreNow() throws Exception {
        Path store = folder.resolve("store");
        new StoreFactory().create(store, PASSPHRASE.toCharArray()).store().close();
        gate = new WindowStoreGate(store, new StoreFactory(), l10n);
        List<String> told = new ArrayList<>();
        assertThatThrownBy(() -> gate.unlock(secret("a wrong passphrase", false), () -> told.add("opening")))
                .isInstanceOf(StoreRefusal.class);
        assertThat(told).as("a wrong passphrase is refused before the store is opened").isEmpty();

        gate.unlock(secret(PASSPHRASE, false), () -> told.add("opening with services " + gate.services()));
        assertThat(told).containsExactly("opening with services null");
        assertThat(gate.services()).isNotNull();

        // a locked window only checks the secret again: nothing is opened
        gate.unlock(secret(PASSPHRASE, false), () -> told.add("opening again"));
        assertThat(told).hasSize(1);

        // a cancelled opening closes the store, which opens again afterwards
        gate.abandonOpening();
        assertThat(gate.services()).isNull();
        gate.unlock(secret(PASSPHRASE, false));
        assertThat(gate.services()).isNotNull();
    }

    @Test
    void opensAnEncryptedStoreOnlyWithItsSecretAndNamesTheProblemOtherwise() throws Exception {
        Path store = folder.resolve("store");
        new StoreFactory().create(store, PASSPHRASE.toCharArray()).store().close();
        gate = new WindowStoreGate(store, new StoreFactory(), l10n);
        assertThatThrownBy(() -> gate.unlock(secret("a wrong passphrase", false)))
                .isInstanceOf(StoreRefusal.class)
                .hasMessage(l10n.text("store.problem.wrongPassphrase", store.toString()));
        assertThat(gate.services()).isNull();
        Files.delete(store.resolve("inclusio.key"));
        assertThatThrownBy(() -> gate.unlock(secret(PASSPHRASE, false)))
                .isInstanceOf(StoreRefusal.class)
                .hasMessageStartingWith(l10n.text("store.problem.keyMissing", store.toAbsolutePath().normalize().toString()));
    }

    @Test
    void backupsAreListedMadeCheckedAndRestoredFromTheSettingsAndOfferedForADamagedStore() throws Exception {
        Path store = folder.resolve("store");
        gate = new WindowStoreGate(store, new StoreFactory(), l10n);
        gate.create(PASSPHRASE.toCharArray());
        RecordingDialogService dialogs = new RecordingDialogService();
        List<Throwable> unexpected = new ArrayList<>();
        int[] restored = {0};
        BackupsViewModel backups = new BackupsViewModel(new WindowBackups(gate, store),
                new CallingThreadTaskExecutor(unexpected::add), dialogs, l10n, () -> restored[0]++);
        backups.load();
        assertThat(backups.rows()).isEmpty();
        backups.backUpNow();
        assertThat(backups.rows()).hasSize(1);
        assertThat(backups.outcomeProperty().get()).contains(backups.rows().get(0).file().getFileName().toString());
        backups.selectedProperty().set(backups.rows().get(0));

        backups.passphraseProperty().set("not the passphrase");
        backups.check();
        assertThat(dialogs.errors).hasSize(1);
        backups.passphraseProperty().set(PASSPHRASE);
        backups.check();
        assertThat(backups.outcomeProperty().get()).contains("opens");
        assertThat(backups.passphraseProperty().get()).as("not kept after use").isEmpty();

        backups.saveKeep(3);
        assertThat(new Backups(store).keep()).isEqualTo(3);

        dialogs.confirmAnswer = false;
        backups.passphraseProperty().set(PASSPHRASE);
        backups.restore();
        assertThat(restored[0]).isZero();
        assertThat(gate.services()).isNotNull();
        dialogs.confirmAnswer = true;
        backups.restore();
        assertThat(restored[0]).isEqualTo(1);
        assertThat(gate.services()).as("the store is closed after a restore").isNull();
        assertThat(unexpected).isEmpty();

        // a damaged store: unlocking names it and offers the backup, which then opens
        Path file = store.resolve("inclusio.mv.db");
        byte[] bytes = Files.readAllBytes(file);
        java.util.Arrays.fill(bytes, 200, bytes.length, (byte) 0x5a);
        Files.write(file, bytes);
        WindowStoreGate damaged = new WindowStoreGate(store, new StoreFactory(), l10n);
        gate = damaged;
        assertThatThrownBy(() -> damaged.unlock(secret(PASSPHRASE, false)))
                .isInstanceOfSatisfying(StoreRefusal.class, refusal -> assertThat(refusal.backupOffered()).isTrue());
        damaged.restoreLatestBackup(secret(PASSPHRASE, false));
        assertThat(damaged.services()).isNotNull();
    }

    @Test
    void aMissingStoreIsNeverCreatedByUnlocking() {
        Path store = folder.resolve("nothing-here");
        gate = new WindowStoreGate(store, new StoreFactory(), l10n);
        assertThatThrownBy(() -> gate.unlock(secret(PASSPHRASE, false))).isInstanceOf(StoreRefusal.class);
        assertThat(new StoreFactory().inspect(store)).isEqualTo(StoreState.MISSING);
    }

    @Test
    void aStoreInClearIsEncryptedOnRequestOrOpenedAsItIs() throws Exception {
        Path clear = folder.resolve("clear");
        new StoreFactory().createInClear(clear).close();
        gate = new WindowStoreGate(clear, new StoreFactory(), l10n);
        gate.openInClear();
        assertThat(gate.encrypted()).isFalse();
        gate.services().close();
        gate.closed();

        String recoveryKey = gate.encrypt(PASSPHRASE.toCharArray());
        assertThat(recoveryKey).isNotBlank();
        assertThat(gate.encrypted()).isTrue();
        assertThat(new StoreFactory().inspect(clear)).isEqualTo(StoreState.ENCRYPTED);
    }

    @Test
    void verifySecretTellsRightFromWrongAndNamesAMissingKeyFile() {
        Path store = folder.resolve("store");
        StoreFactory factory = new StoreFactory();
        var created = factory.create(store, PASSPHRASE.toCharArray());
        created.store().close();
        assertThat(factory.verifySecret(store, StoreSecret.passphrase(PASSPHRASE.toCharArray()))).isTrue();
        assertThat(factory.verifySecret(store, new StoreSecret.RecoveryKey(created.recoveryKey()))).isTrue();
        assertThat(factory.verifySecret(store, StoreSecret.passphrase("another one entirely".toCharArray()))).isFalse();
        assertThat(factory.verifySecret(store, new StoreSecret.RecoveryKey("0000-0000"))).isFalse();
        store.resolve("inclusio.key").toFile().delete();
        assertThatThrownBy(() -> factory.verifySecret(store, StoreSecret.passphrase(PASSPHRASE.toCharArray())))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.problem()).isEqualTo(StoreProblem.KEY_MISSING));
    }

    private static EnteredSecret secret(String text, boolean recoveryKey) {
        return new EnteredSecret(text.toCharArray(), recoveryKey);
    }
}
