package org.inclusio.gui.dialog;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Everything the program tells or asks the user goes through here, so ViewModels can be tested
 * with a recording implementation and messages look the same everywhere.
 */
public interface DialogService {

    void showInformation(String title, String message);

    /** A problem the user can act on, in plain words. */
    void showError(String title, String message);

    /**
     * An unexpected failure: the user gets a plain message, the technical detail goes to the log
     * only.
     */
    void showUnexpectedError(Throwable failure);

    /** Asks a yes/no question; true when the user confirms. */
    boolean confirm(String title, String message, String confirmLabel);

    /**
     * Asks a yes/no question whose "no" has its own label (such as "Keep as not attended"); the "no"
     * is the default button. True when the user confirms.
     */
    default boolean confirm(String title, String message, String confirmLabel, String keepLabel) {
        return confirm(title, message, confirmLabel);
    }

    /** A short notice that disappears by itself. */
    void notify(String message);

    /** Asks for a file to save to. */
    Optional<Path> chooseSaveFile(String title, String suggestedName, String extension);

    /** Asks for a file to save to, offering several formats by extension (the first is the default). */
    Optional<Path> chooseSaveFile(String title, String suggestedName, java.util.List<String> extensions);

    /** Asks for a file to open. */
    Optional<Path> chooseOpenFile(String title, String... extensions);

    /** Asks for the passphrase of an encrypted file, without echo; empty when the user cancels. */
    Optional<char[]> askPassphrase(String title, String message);

    /**
     * Asks for a new passphrase, typed twice without echo; OK is possible only while {@code problem}
     * (given the two typings) finds nothing wrong, and its sentence is shown meanwhile. Empty when
     * the user cancels.
     */
    Optional<char[]> askNewPassphrase(String title, String message,
            BiFunction<char[], char[], Optional<String>> problem);
}
