package org.inclusio.gui.unlock;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.security.PassphrasePolicy;

/**
 * A new passphrase typed twice, judged as it is typed by {@link PassphrasePolicy} (the same rule as the
 * command line), and whether the two agree.
 */
public final class NewPassphraseForm {

    private final StringProperty passphrase = new SimpleStringProperty("");
    private final StringProperty repeated = new SimpleStringProperty("");
    private final StringBinding problem;
    private final BooleanBinding valid;

    public NewPassphraseForm(Localization l10n) {
        problem = Bindings.createStringBinding(() -> {
            char[] typed = passphrase.get().toCharArray();
            String policy = PassphrasePolicy.problem(typed, l10n);
            java.util.Arrays.fill(typed, '\0');
            if (policy != null) {
                return policy;
            }
            if (!passphrase.get().equals(repeated.get())) {
                return repeated.get().isEmpty() ? l10n.text("passphrase.repeat.needed")
                        : l10n.text("passphrase.repeat.differs");
            }
            return "";
        }, passphrase, repeated);
        valid = Bindings.createBooleanBinding(() -> problem.get().isEmpty(), problem);
    }

    public StringProperty passphraseProperty() {
        return passphrase;
    }

    public StringProperty repeatedProperty() {
        return repeated;
    }

    /** Why the passphrase cannot be used yet, or empty when it can. */
    public StringBinding problemBinding() {
        return problem;
    }

    public BooleanBinding validBinding() {
        return valid;
    }

    public char[] passphrase() {
        return passphrase.get().toCharArray();
    }

    public void clear() {
        passphrase.set("");
        repeated.set("");
    }
}
