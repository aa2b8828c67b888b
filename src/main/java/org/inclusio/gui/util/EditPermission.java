package org.inclusio.gui.util;

import java.util.function.BooleanSupplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableStringValue;
import org.inclusio.logic.i18n.Localization;

/**
 * Whether the record in an editor may be changed by the user's account (on a region's server a coordinator
 * reads other teams' records but changes only their own). A form the account may not change stays readable;
 * its heading says so and it cannot be saved. Always changeable on a store on this computer.
 */
public final class EditPermission {

    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper(false);
    private BooleanSupplier allowed = () -> true;

    /** The rule, asked again at every {@link #update}. */
    public void allowWhen(BooleanSupplier rule) {
        this.allowed = rule;
    }

    /** Asks the rule again for the record the form shows now. */
    public void update(boolean editing) {
        readOnly.set(editing && !allowed.getAsBoolean());
    }

    public ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    public boolean isReadOnly() {
        return readOnly.get();
    }

    /** The form's heading, marked when the record may only be read. */
    public StringBinding heading(ObservableStringValue heading, Localization l10n) {
        return Bindings.createStringBinding(() -> readOnly.get() && !heading.get().isEmpty()
                ? l10n.text("editor.readOnly", heading.get()) : heading.get(), readOnly, heading);
    }
}
