package org.inclusio.gui.dialog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A dialog service for ViewModel tests: records what the user would have been told. */
public final class RecordingDialogService implements DialogService {

    public final List<String> errors = new ArrayList<>();
    public final List<String> notices = new ArrayList<>();
    public final List<String> information = new ArrayList<>();
    public final List<Throwable> unexpected = new ArrayList<>();
    /** The messages of the questions asked, in order. */
    public final List<String> confirmations = new ArrayList<>();
    public boolean confirmAnswer = true;
    public Path fileAnswer;
    /** The suggested name and ending ("name|ending") of every save question with one ending. */
    public final List<String> saveSuggestions = new ArrayList<>();
    /** What the user types when asked for a passphrase (both times); null cancels. */
    public String passphraseAnswer;
    /** The sentences the new-passphrase dialog would have shown for the answer (empty: OK was possible). */
    public final List<String> passphraseProblems = new ArrayList<>();
    public int passphraseQuestions;

    @Override
    public void showInformation(String title, String message) {
        information.add(message);
    }

    @Override
    public void showError(String title, String message) {
        errors.add(message);
    }

    @Override
    public void showUnexpectedError(Throwable failure) {
        unexpected.add(failure);
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        confirmations.add(message);
        return confirmAnswer;
    }

    @Override
    public void notify(String message) {
        notices.add(message);
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, String extension) {
        saveSuggestions.add(suggestedName + "|" + extension);
        return Optional.ofNullable(fileAnswer);
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, java.util.List<String> extensions) {
        return Optional.ofNullable(fileAnswer);
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, String... extensions) {
        return Optional.ofNullable(fileAnswer);
    }

    @Override
    public Optional<char[]> askPassphrase(String title, String message) {
        passphraseQuestions++;
        return Optional.ofNullable(passphraseAnswer).map(String::toCharArray);
    }

    @Override
    public Optional<char[]> askNewPassphrase(String title, String message,
            java.util.function.BiFunction<char[], char[], Optional<String>> problem) {
        passphraseQuestions++;
        if (passphraseAnswer == null) {
            return Optional.empty();
        }
        Optional<String> wrong = problem.apply(passphraseAnswer.toCharArray(), passphraseAnswer.toCharArray());
        wrong.ifPresent(passphraseProblems::add);
        return wrong.isPresent() ? Optional.empty() : Optional.of(passphraseAnswer.toCharArray());
    }
}
