package org.inclusio.gui.unlock;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.SimpleIntegerProperty;
import org.inclusio.gui.dialog.RecordingDialogService;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.task.CallingThreadTaskExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The unlock, create-store, recovery-key and lock ViewModels, without an FX thread. */
class UnlockViewModelsTest {

    private static final String PASSPHRASE = "correct horse battery staple";
    private static final String RECOVERY = "ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789";

    private final Localization l10n = new Localization(Locale.ENGLISH);
    private final List<Throwable> unexpected = new ArrayList<>();
    private final CallingThreadTaskExecutor executor = new CallingThreadTaskExecutor(unexpected::add);
    private final FakeGate gate = new FakeGate();

    @TempDir
    Path folder;

    /** A store that opens with one passphrase or one recovery key and refuses anything else, as the real one does. */
    private class FakeGate implements StoreGate {
        int opened;
        int created;
        boolean damaged;
        char[] lastCreatePassphrase;

        @Override
        public String location() {
            return "/stores/region";
        }

        @Override
        public void unlock(EnteredSecret secret) throws StoreRefusal {
            if (damaged) {
                throw new StoreRefusal(l10n.text("store.problem.damaged", location()), true);
            }
            String typed = new String(secret.value());
            boolean right = secret.recoveryKey() ? typed.replace("-", "").equalsIgnoreCase(RECOVERY.replace("-", ""))
                    : typed.equals(PASSPHRASE);
            if (!right) {
                throw new StoreRefusal(l10n.text(secret.recoveryKey() ? "store.problem.wrongRecoveryKey"
                        : "store.problem.wrongPassphrase", location()));
            }
            opened++;
        }

        @Override
        public void restoreLatestBackup(EnteredSecret secret) throws StoreRefusal {
            damaged = false;
            unlock(secret);
        }

        @Override
        public void openInClear() {
            opened++;
        }

        @Override
        public String create(char[] passphrase) throws StoreRefusal {
            created++;
            lastCreatePassphrase = passphrase.clone();
            return RECOVERY;
        }

        @Override
        public String encrypt(char[] passphrase) throws StoreRefusal {
            return create(passphrase);
        }
    }

    @Test
    void aWrongPassphraseGetsAPlainMessageAndTheRightOneUnlocksWithTheName() {
        List<String> unlockedAs = new ArrayList<>();
        UnlockViewModel unlock = new UnlockViewModel(gate, executor, l10n, "kim", unlockedAs::add);
        assertThat(unlock.canUnlockBinding().get()).isFalse();

        unlock.passphraseProperty().set("correct horse battery stapler");
        unlock.unlock();
        assertThat(unlock.errorProperty().get())
                .isEqualTo("The passphrase does not open the store in /stores/region. Check it and try again, or use the recovery key.");
        assertThat(unlock.passphraseProperty().get()).as("a wrong passphrase is not kept").isEmpty();
        assertThat(unlockedAs).isEmpty();
        assertThat(unlock.busyProperty().get()).isFalse();

        unlock.actorNameProperty().set("  Kim Larsen ");
        unlock.passphraseProperty().set(PASSPHRASE);
        unlock.unlock();
        assertThat(unlockedAs).containsExactly("Kim Larsen");
        assertThat(unlock.errorProperty().get()).isEmpty();
        assertThat(unlock.passphraseProperty().get()).isEmpty();
        assertThat(unexpected).isEmpty();
    }

    @Test
    void theWindowHearsWhenTheSecretIsAcceptedAndACancelledOpeningClosesTheStoreAgain() {
        List<String> events = new ArrayList<>();
        List<org.inclusio.logic.task.BackgroundTask<?>> running = new ArrayList<>();
        StoreGate opening = new FakeGate() {
            @Override
            public void unlock(EnteredSecret secret, Runnable accepted) throws StoreRefusal {
                unlock(secret); // a wrong secret is refused before the store is opened
                events.add("accepted");
                accepted.run();
                if (events.contains("cancel")) {
                    running.get(0).cancel(); // the user pressed Cancel in the status bar meanwhile
                }
                events.add("opened");
            }

            @Override
            public void abandonOpening() {
                events.add("closed again");
            }
        };
        org.inclusio.logic.task.TaskExecutor watched = new org.inclusio.logic.task.TaskExecutor() {
            @Override
            public <V> void execute(org.inclusio.logic.task.BackgroundTask<V> task) {
                running.add(0, task);
                executor.execute(task);
            }
        };
        List<String> unlockedAs = new ArrayList<>();
        UnlockViewModel unlock = new UnlockViewModel(opening, watched, l10n, "kim", unlockedAs::add);
        unlock.setOnOpening(() -> events.add("frame shown"));

        unlock.passphraseProperty().set("not the passphrase");
        unlock.unlock();
        assertThat(events).as("a refused secret never shows the frame").isEmpty();
        assertThat(unlock.errorProperty().get()).contains("passphrase does not open the store");

        events.add("cancel");
        unlock.passphraseProperty().set(PASSPHRASE);
        unlock.unlock();
        assertThat(events).containsExactly("cancel", "accepted", "frame shown", "opened", "closed again");
        assertThat(unlockedAs).as("a cancelled opening leaves the window locked").isEmpty();
        assertThat(unlock.busyProperty().get()).isFalse();
        assertThat(unlock.errorProperty().get()).isEmpty();
        assertThat(unlock.passphraseProperty().get()).isEmpty();

        events.clear();
        unlock.passphraseProperty().set(PASSPHRASE);
        unlock.unlock();
        assertThat(events).containsExactly("accepted", "frame shown", "opened");
        assertThat(unlockedAs).containsExactly("kim");
        assertThat(unexpected).isEmpty();
    }

    @Test
    void theRecoveryKeyUnlocksInsteadOfThePassphrase() {
        List<String> unlockedAs = new ArrayList<>();
        UnlockViewModel unlock = new UnlockViewModel(gate, executor, l10n, "kim", unlockedAs::add);
        unlock.passphraseProperty().set("something");
        unlock.useRecoveryKeyProperty().set(true);
        assertThat(unlock.canUnlockBinding().get()).as("the recovery field is still empty").isFalse();

        unlock.recoveryKeyProperty().set("ABCD-EFGH-0000-0000-0000-0000-0000-0000");
        unlock.unlock();
        assertThat(unlock.errorProperty().get()).startsWith("The recovery key does not open the store");
        assertThat(unlockedAs).isEmpty();

        unlock.recoveryKeyProperty().set(RECOVERY.toLowerCase(Locale.ROOT));
        unlock.unlock();
        assertThat(unlockedAs).containsExactly("kim");
        assertThat(unlock.recoveryKeyProperty().get()).isEmpty();
    }

    @Test
    void aDamagedStoreOffersItsLastBackupWhichOpensWithThePassphrase() {
        gate.damaged = true;
        List<String> unlockedAs = new ArrayList<>();
        UnlockViewModel unlock = new UnlockViewModel(gate, executor, l10n, "kim", unlockedAs::add);
        assertThat(unlock.restoreOfferedProperty().get()).isFalse();
        unlock.restoreLastBackup();
        assertThat(gate.damaged).as("nothing is restored unless offered").isTrue();
        unlock.passphraseProperty().set(PASSPHRASE);
        unlock.unlock();
        assertThat(unlock.errorProperty().get()).startsWith("The store file in /stores/region is damaged");
        assertThat(unlock.restoreOfferedProperty().get()).isTrue();
        unlock.passphraseProperty().set(PASSPHRASE);
        unlock.restoreLastBackup();
        assertThat(gate.damaged).isFalse();
        assertThat(unlockedAs).containsExactly("kim");
        assertThat(unlock.restoreOfferedProperty().get()).isFalse();
    }

    @Test
    void withoutANameNothingIsTriedAndTheUserIsToldWhy() {
        UnlockViewModel unlock = new UnlockViewModel(gate, executor, l10n, " ", name -> { });
        unlock.passphraseProperty().set(PASSPHRASE);
        assertThat(unlock.canUnlockBinding().get()).isFalse();
        unlock.unlock();
        assertThat(gate.opened).isZero();
        assertThat(unlock.errorProperty().get()).isEqualTo(l10n.text("unlock.problem.name"));
    }

    @Test
    void createFollowsThePassphrasePolicyLiveAndNeedsTheSamePassphraseTwice() {
        List<String> keys = new ArrayList<>();
        CreateStoreViewModel create = new CreateStoreViewModel(CreateStoreViewModel.Purpose.CREATE, gate, executor,
                l10n, keys::add);
        NewPassphraseForm form = create.form();
        assertThat(form.problemBinding().get()).isEqualTo(l10n.text("passphrase.problem.empty"));
        form.passphraseProperty().set("short");
        assertThat(form.problemBinding().get()).isEqualTo(l10n.text("passphrase.problem.short", 12, 5));
        form.passphraseProperty().set("aaaaaaaaaaaaaaaa");
        assertThat(form.problemBinding().get()).isEqualTo(l10n.text("passphrase.problem.repeated"));
        form.passphraseProperty().set(PASSPHRASE);
        assertThat(form.problemBinding().get()).isEqualTo(l10n.text("passphrase.repeat.needed"));
        form.repeatedProperty().set(PASSPHRASE + "!");
        assertThat(form.problemBinding().get()).isEqualTo(l10n.text("passphrase.repeat.differs"));
        assertThat(create.canCreateBinding().get()).isFalse();
        create.create();
        assertThat(gate.created).as("an invalid passphrase creates nothing").isZero();

        form.repeatedProperty().set(PASSPHRASE);
        assertThat(form.problemBinding().get()).isEmpty();
        assertThat(create.canCreateBinding().get()).isTrue();
        create.create();
        assertThat(gate.created).isEqualTo(1);
        assertThat(new String(gate.lastCreatePassphrase)).isEqualTo(PASSPHRASE);
        assertThat(keys).containsExactly(RECOVERY);
        assertThat(form.passphraseProperty().get()).isEmpty();
        assertThat(form.repeatedProperty().get()).isEmpty();
    }

    @Test
    void aRefusedCreationIsToldInPlainWords() {
        StoreGate full = new FakeGate() {
            @Override
            public String create(char[] passphrase) throws StoreRefusal {
                throw new StoreRefusal(l10n.text("store.problem.diskFull", location()));
            }
        };
        List<String> keys = new ArrayList<>();
        CreateStoreViewModel create = new CreateStoreViewModel(CreateStoreViewModel.Purpose.CREATE, full, executor,
                l10n, keys::add);
        create.form().passphraseProperty().set(PASSPHRASE);
        create.form().repeatedProperty().set(PASSPHRASE);
        create.create();
        assertThat(keys).isEmpty();
        assertThat(create.errorProperty().get()).startsWith("The disk that holds the store");
        assertThat(create.busyProperty().get()).isFalse();
    }

    @Test
    void theRecoveryKeyIsShownOnceCopiedWithAWarningSavedAndTakenOffTheClipboardAtTheEnd() throws Exception {
        FakeClipboard clipboard = new FakeClipboard();
        RecordingDialogService dialogs = new RecordingDialogService();
        Path saved = folder.resolve("key.txt");
        dialogs.fileAnswer = saved;
        List<String> written = new ArrayList<>();
        int[] continued = {0};
        RecoveryKeyViewModel recovery = new RecoveryKeyViewModel(RECOVERY, "/stores/region", clipboard,
                (file, text) -> written.add(file + "|" + text), dialogs, l10n, () -> continued[0]++);
        assertThat(recovery.recoveryKeyProperty().get()).isEqualTo(RECOVERY);

        recovery.copy();
        assertThat(clipboard.text).isEqualTo(RECOVERY);
        assertThat(recovery.copiedProperty().get()).as("the warning that it stays on the clipboard").isTrue();

        recovery.saveToFile();
        assertThat(written).hasSize(1);
        assertThat(written.get(0)).startsWith(saved + "|").contains(RECOVERY).contains("/stores/region");

        recovery.continueOn();
        assertThat(continued[0]).as("not before the user says the key is kept").isZero();
        recovery.keptProperty().set(true);
        recovery.continueOn();
        assertThat(continued[0]).isEqualTo(1);
        assertThat(recovery.recoveryKeyProperty().get()).as("shown once, then forgotten").isEmpty();
        assertThat(recovery.printedText()).doesNotContain(RECOVERY);

        recovery.clearClipboard();
        assertThat(clipboard.text).isNull();
    }

    @Test
    void theClipboardIsLeftAloneWhenTheUserCopiedSomethingElse() {
        FakeClipboard clipboard = new FakeClipboard();
        RecoveryKeyViewModel recovery = new RecoveryKeyViewModel(RECOVERY, "/s", clipboard, (f, t) -> { },
                new RecordingDialogService(), l10n, () -> { });
        recovery.copy();
        clipboard.put("a meeting note");
        recovery.clearClipboard();
        assertThat(clipboard.text).isEqualTo("a meeting note");
    }

    @Test
    void aFailedSaveIsToldAndNothingElseHappens() {
        RecordingDialogService dialogs = new RecordingDialogService();
        dialogs.fileAnswer = folder.resolve("nowhere").resolve("key.txt");
        RecoveryKeyViewModel recovery = new RecoveryKeyViewModel(RECOVERY, "/s", new FakeClipboard(),
                (file, text) -> {
                    throw new java.io.IOException("No space left on device");
                }, dialogs, l10n, () -> { });
        recovery.saveToFile();
        assertThat(dialogs.errors).hasSize(1);
        assertThat(recovery.recoveryKeyProperty().get()).isEqualTo(RECOVERY);
    }

    @Test
    void theWindowLocksAfterTheIdleTimeAndOnRequestButNotWhileUsedOrWhenSetToNever() {
        AtomicLong now = new AtomicLong(0);
        SimpleIntegerProperty minutes = new SimpleIntegerProperty(10);
        int[] hidden = {0};
        IdleLock lock = new IdleLock(now::get, minutes, () -> hidden[0]++);

        now.set(minutes(9));
        assertThat(lock.check()).isFalse();
        lock.activity();
        now.set(minutes(18));
        assertThat(lock.check()).as("activity at 9 minutes restarted the count").isFalse();
        now.set(minutes(19));
        assertThat(lock.check()).isTrue();
        assertThat(lock.lockedProperty().get()).isTrue();
        assertThat(hidden[0]).isEqualTo(1);
        now.set(minutes(40));
        assertThat(lock.check()).as("locks once").isFalse();
        lock.lock();
        assertThat(hidden[0]).isEqualTo(1);

        lock.unlocked();
        assertThat(lock.lockedProperty().get()).isFalse();
        minutes.set(0);
        now.set(minutes(500));
        assertThat(lock.check()).as("0 means never").isFalse();

        lock.lock();
        assertThat(hidden[0]).isEqualTo(2);
        lock.unlocked();
        lock.setEnabled(false);
        lock.lock();
        assertThat(hidden[0]).as("a store in clear cannot be locked").isEqualTo(2);
    }

    private static long minutes(int minutes) {
        return minutes * 60_000_000_000L;
    }

    private static final class FakeClipboard implements TextClipboard {
        String text;

        @Override
        public void put(String value) {
            text = value;
        }

        @Override
        public String text() {
            return text;
        }

        @Override
        public void clear() {
            text = null;
        }
    }

    @Test
    void enteredSecretsAreWipedAfterUse() {
        char[] typed = PASSPHRASE.toCharArray();
        EnteredSecret secret = new EnteredSecret(typed, false);
        secret.wipe();
        assertThat(new String(typed)).isEqualTo("\0".repeat(PASSPHRASE.length()));
        assertThat(secret.toString()).isEqualTo("EnteredSecret[hidden]");
    }
}
