package org.inclusio.gui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleIntegerProperty;
import org.inclusio.gui.unlock.StoreRefusal;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.task.CallingThreadTaskExecutor;
import org.junit.jupiter.api.Test;

/** Changing the passphrase from the Settings: the current one is checked, the new one follows the policy. */
class SecuritySettingsViewModelTest {

    private final Localization l10n = new Localization(Locale.ENGLISH);
    private final List<Throwable> unexpected = new ArrayList<>();
    private final List<String> changes = new ArrayList<>();
    private final PassphraseChanger changer = (current, next) -> {
        if (!new String(current).equals("the current passphrase")) {
            throw new StoreRefusal(l10n.text("store.problem.wrongPassphrase", "/s"));
        }
        changes.add(new String(next));
        return Duration.ofMillis(420);
    };

    @Test
    void changesThePassphraseAndSaysHowLongItTook() {
        SecuritySettingsViewModel security = new SecuritySettingsViewModel(changer,
                new CallingThreadTaskExecutor(unexpected::add), l10n, new SimpleIntegerProperty(10), true);
        security.currentProperty().set("the current passphrase");
        security.form().passphraseProperty().set("short");
        assertThat(security.canChangeBinding().get()).isFalse();
        security.form().passphraseProperty().set("a much longer new passphrase");
        security.form().repeatedProperty().set("a much longer new passphrase");
        assertThat(security.canChangeBinding().get()).isTrue();
        security.changePassphrase();
        assertThat(changes).containsExactly("a much longer new passphrase");
        assertThat(security.outcomeProperty().get()).isEqualTo(l10n.text("settings.security.changed", 0.42));
        assertThat(security.outcomeProperty().get()).contains("0.42");
        assertThat(security.currentProperty().get()).isEmpty();
        assertThat(security.form().passphraseProperty().get()).isEmpty();
    }

    @Test
    void aWrongCurrentPassphraseChangesNothingAndSaysSo() {
        SecuritySettingsViewModel security = new SecuritySettingsViewModel(changer,
                new CallingThreadTaskExecutor(unexpected::add), l10n, new SimpleIntegerProperty(10), true);
        security.currentProperty().set("a guess");
        security.form().passphraseProperty().set("a much longer new passphrase");
        security.form().repeatedProperty().set("a much longer new passphrase");
        security.changePassphrase();
        assertThat(changes).isEmpty();
        assertThat(security.errorProperty().get()).startsWith("The passphrase does not open the store");
        assertThat(security.outcomeProperty().get()).isEmpty();
    }

    @Test
    void aStoreInClearHasNoPassphraseToChange() {
        SecuritySettingsViewModel security = new SecuritySettingsViewModel(changer,
                new CallingThreadTaskExecutor(unexpected::add), l10n, new SimpleIntegerProperty(10), false);
        security.currentProperty().set("the current passphrase");
        security.form().passphraseProperty().set("a much longer new passphrase");
        security.form().repeatedProperty().set("a much longer new passphrase");
        assertThat(security.canChangeBinding().get()).isFalse();
        security.changePassphrase();
        assertThat(changes).isEmpty();
    }
}
