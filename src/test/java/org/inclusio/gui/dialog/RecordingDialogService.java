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
}
