package org.inclusio.gui.unlock;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.inclusio.gui.dialog.DialogService;
import org.inclusio.logic.i18n.Localization;

/**
 * The recovery key of a store just made, shown once: copied, saved to a private file or printed, and
 * confirmed as kept before the user goes on. Afterwards it is forgotten, and taken off the clipboard when
 * the window closes if it is still there.
 */
public final class RecoveryKeyViewModel {

    private static final Logger LOG = Logger.getLogger(RecoveryKeyViewModel.class.getName());

    private final TextClipboard clipboard;
    private final PrivateFileWriter files;
    private final DialogService dialogs;
    private final Localization l10n;
    private final String location;
    private final Runnable continued;
    private final StringProperty recoveryKey = new SimpleStringProperty("");
    private final BooleanProperty kept = new SimpleBooleanProperty(false);
    private final BooleanProperty copied = new SimpleBooleanProperty(false);
    private final StringProperty notice = new SimpleStringProperty("");
    /** What was put on the clipboard, to take it off again at the end; null when nothing was. */
    private String onClipboard;

    /** @param continued called when the user has kept the key and goes on */
    public RecoveryKeyViewModel(String recoveryKey, String location, TextClipboard clipboard, PrivateFileWriter files,
                                DialogService dialogs, Localization l10n, Runnable continued) {
        this.recoveryKey.set(recoveryKey);
        this.location = location;
        this.clipboard = clipboard;
        this.files = files;
        this.dialogs = dialogs;
        this.l10n = l10n;
        this.continued = continued;
    }

    /** Puts the key on the clipboard; the screen then warns that it stays there. */
    public void copy() {
        clipboard.put(recoveryKey.get());
        onClipboard = recoveryKey.get();
        copied.set(true);
    }

    /** Asks for a file and writes the key there, readable by the user alone. */
    public void saveToFile() {
        Optional<Path> target = dialogs.chooseSaveFile(l10n.text("recovery.save.title"),
                l10n.text("recovery.save.fileName"), "txt");
        if (target.isEmpty()) {
            return;
        }
        try {
            files.write(target.get(), printedText());
            notice.set(l10n.text("recovery.saved", target.get().getFileName()));
        } catch (IOException e) {
            LOG.warning("The recovery key could not be saved: " + e.getClass().getSimpleName());
            dialogs.showError(l10n.text("recovery.save.failed.title"),
                    l10n.text("recovery.save.failed", target.get()));
        }
    }

    /** The text that is saved or printed: what the key is for, which store, and the key. */
    public String printedText() {
        return l10n.text("recovery.document", location, recoveryKey.get());
    }

    /** Goes on once the user said the key is kept; the key is forgotten here. */
    public void continueOn() {
        if (!kept.get()) {
            return;
        }
        recoveryKey.set("");
        notice.set("");
        continued.run();
    }

    /** Takes the key off the clipboard if it is still there (the window is closing). */
    public void clearClipboard() {
        if (onClipboard != null && onClipboard.equals(clipboard.text())) {
            clipboard.clear();
        }
        onClipboard = null;
    }

    /** Reports the outcome of printing (the View runs the printer job). */
    public void printed(boolean done) {
        notice.set(l10n.text(done ? "recovery.printed" : "recovery.notPrinted"));
    }

    public ReadOnlyStringProperty recoveryKeyProperty() {
        return recoveryKey;
    }

    public BooleanProperty keptProperty() {
        return kept;
    }

    public ReadOnlyBooleanProperty copiedProperty() {
        return copied;
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice;
    }

    public String location() {
        return location;
    }
}
