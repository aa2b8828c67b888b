package org.inclusio.gui.report;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.image.Image;
import org.inclusio.gui.dialog.DialogService;
import org.inclusio.logic.ErrorReport;
import org.inclusio.logic.common.Choice;
import org.inclusio.logic.common.ChoiceService;
import org.inclusio.logic.exchange.ExportPassphrase;
import org.inclusio.logic.exchange.ExportTarget;
import org.inclusio.logic.exchange.TempFiles;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.report.LetterRequest;
import org.inclusio.logic.report.LetterSelection;
import org.inclusio.logic.report.LetterService;
import org.inclusio.logic.report.NoLettersException;
import org.inclusio.logic.report.ReportLanguages;
import org.inclusio.logic.task.BackgroundTask;
import org.inclusio.logic.task.ProgressListener;
import org.inclusio.logic.task.TaskExecutor;

/**
 * The "you said, we did" letters screen: one activity or a period (optionally of one team), letters to each
 * lay participant or to the whole group, the language and who to contact; names and postal addresses only
 * after the user confirmed, and then the PDF is encrypted with a passphrase asked for before the letters are
 * made. Making runs in the background with progress and cancel; a preview shows the pages; "Save as PDF"
 * writes beside the target and moves into place when complete.
 */
public final class LettersViewModel {

    private static final Logger LOG = Logger.getLogger(LettersViewModel.class.getName());

    /** What the letters are about. */
    public enum Extent {
        ACTIVITY,
        PERIOD
    }

    private final LetterService letters;
    private final ChoiceService choices;
    private final TempFiles temporary;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Localization l10n;

    private final ObjectProperty<Extent> extent = new SimpleObjectProperty<>(Extent.ACTIVITY);
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final Choice allTeams;
    private final ObjectProperty<Choice> team = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice> activity = new SimpleObjectProperty<>();
    private final BooleanProperty perPerson = new SimpleBooleanProperty(true);
    private final BooleanProperty withNames = new SimpleBooleanProperty(false);
    private final ObjectProperty<Locale> language = new SimpleObjectProperty<>(ReportLanguages.BASE);
    private final StringProperty contact = new SimpleStringProperty("");
    private final ObservableList<Choice> teams = FXCollections.observableArrayList();
    private final ObservableList<Choice> activities = FXCollections.observableArrayList();
    private final ObservableList<Locale> languages = FXCollections.observableArrayList(ReportLanguages.available());
    private final ObservableList<Image> pages = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanProperty ready = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty status = new SimpleStringProperty("");
    private BackgroundTask<?> running;
    private byte[] pdf;
    private boolean pdfEncrypted;
    private String fileName;

    public LettersViewModel(LetterService letters, ChoiceService choices, TempFiles temporary, TaskExecutor executor,
                            DialogService dialogs, Localization l10n) {
        this.letters = letters;
        this.choices = choices;
        this.temporary = temporary;
        this.executor = executor;
        this.dialogs = dialogs;
        this.l10n = l10n;
        this.allTeams = new Choice(null, l10n.text("letters.screen.allTeams"));
        team.set(allTeams);
        LocalDate today = LocalDate.now();
        to.set(today);
        from.set(today.minusMonths(3).plusDays(1));
        if (ReportLanguages.supports(l10n.locale())) {
            language.set(ReportLanguages.available().stream()
                    .filter(locale -> locale.getLanguage().equals(l10n.locale().getLanguage())).findFirst()
                    .orElse(ReportLanguages.BASE));
        }
        // names go only on letters to each person
        perPerson.addListener((observable, was, now) -> {
            if (!now) {
                withNames.set(false);
            }
        });
        from.addListener((observable, was, now) -> loadActivities());
        to.addListener((observable, was, now) -> loadActivities());
        team.addListener((observable, was, now) -> loadActivities());
    }

    /** Reads the teams and the activities of the period to choose from. */
    public void load() {
        executor.execute(BackgroundTask.of(l10n.text("letters.screen.task.load"), task -> choices.teams())
                .onSuccess(found -> {
                    Choice chosen = team.get();
                    List<Choice> all = new java.util.ArrayList<>(found.size() + 1);
                    all.add(allTeams);
                    all.addAll(found);
                    teams.setAll(all);
                    team.set(chosen == null || chosen.id() == null ? allTeams : all.stream()
                            .filter(choice -> chosen.id().equals(choice.id())).findFirst().orElse(allTeams));
                }));
        loadActivities();
    }

    private void loadActivities() {
        LocalDate first = from.get();
        LocalDate last = to.get();
        UUID teamId = Choice.idOf(team.get());
        executor.execute(BackgroundTask.of(l10n.text("letters.screen.task.activities"),
                task -> letters.activities(first, last, teamId)).onSuccess(found -> {
                    Choice chosen = activity.get();
                    activities.setAll(found);
                    activity.set(chosen == null ? null : found.stream().filter(choice -> choice.id().equals(chosen.id()))
                            .findFirst().orElse(null));
                }));
    }

    /** Turns names and postal addresses on only after the user confirmed; off at once. */
    public void requestNames(boolean wanted) {
        if (wanted && !withNames.get()) {
            if (!perPerson.get()) {
                return;
            }
            withNames.set(dialogs.confirm(l10n.text("letters.screen.names.title"),
                    l10n.text("letters.screen.names.confirm"), l10n.text("letters.screen.names.include")));
        } else if (!wanted) {
            withNames.set(false);
        }
    }

    /** The selection the choices make, or empty after telling the user what is missing. */
    Optional<LetterSelection> selection() {
        if (extent.get() == Extent.ACTIVITY) {
            if (activity.get() == null) {
                dialogs.showError(l10n.text("letters.screen.title"), l10n.text("letters.screen.activityMissing"));
                return Optional.empty();
            }
            return Optional.of(LetterSelection.activity(activity.get().id()));
        }
        if (from.get() == null || to.get() == null) {
            dialogs.showError(l10n.text("letters.screen.title"), l10n.text("letters.screen.periodMissing"));
            return Optional.empty();
        }
        if (from.get().isAfter(to.get())) {
            dialogs.showError(l10n.text("letters.screen.title"), l10n.text("letters.screen.periodBackwards"));
            return Optional.empty();
        }
        return Optional.of(LetterSelection.period(from.get(), to.get(), Choice.idOf(team.get())));
    }

    /** Makes the letters in the background and shows their pages; asks for the passphrase first when names go on them. */
    public void makeLetters() {
        if (busy.get()) {
            return;
        }
        Optional<LetterSelection> selection = selection();
        if (selection.isEmpty()) {
            return;
        }
        boolean names = withNames.get() && perPerson.get();
        Locale locale = language.get() == null ? ReportLanguages.BASE : language.get();
        LetterRequest request = new LetterRequest(selection.get(), perPerson.get(), names, locale, contact.get());
        char[] passphrase = null;
        if (names) {
            Optional<char[]> typed = dialogs.askNewPassphrase(l10n.text("letters.screen.passphrase.title"),
                    l10n.text("letters.screen.passphrase.message", ExportPassphrase.MINIMUM_LENGTH),
                    (first, second) -> ExportPassphrase.check(first, second)
                            .map(problem -> ExportPassphrase.message(problem, l10n)));
            if (typed.isEmpty() || ExportPassphrase.check(typed.get(), null).isPresent()) {
                return;
            }
            passphrase = typed.get();
        }
        char[] secret = passphrase;
        busy.set(true);
        progress.set(-1);
        status.set(l10n.text("letters.screen.making"));
        BackgroundTask<Made> task = BackgroundTask.of(l10n.text("letters.screen.task.make"), context -> {
            try {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                int count = letters.write(request, secret, out, context);
                context.checkCancelled();
                context.updateMessage(l10n.text("letters.screen.drawing"));
                byte[] bytes = out.toByteArray();
                return new Made(bytes, names, count, PdfPages.render(bytes, secret,
                        BoardReportViewModel.PREVIEW_PAGES, context), LetterService.title(request));
            } finally {
                if (secret != null) {
                    Arrays.fill(secret, '\0');
                }
            }
        });
        task.setProgressListener(new ProgressListener() {
            @Override
            public void progress(long done, long total) {
                onFxThread(() -> progress.set(total <= 0 ? -1 : (double) done / total));
            }

            @Override
            public void message(String message) {
                onFxThread(() -> status.set(message));
            }
        });
        running = task;
        task.onSuccess(made -> {
            finished();
            pdf = made.pdf();
            pdfEncrypted = made.encrypted();
            fileName = made.title();
            pages.setAll(made.pages().images());
            ready.set(true);
            String done = l10n.text(made.encrypted() ? "letters.screen.doneEncrypted" : "letters.screen.done",
                    made.letters(), made.pages().pages());
            status.set(made.pages().pages() > made.pages().images().size()
                    ? done + " " + l10n.text("letters.screen.previewFirst", made.pages().images().size())
                    : done);
        }).onFailure(failure -> {
            finished();
            if (failure instanceof NoLettersException none) {
                status.set(l10n.text(none.messageKey()));
                dialogs.showError(l10n.text("letters.screen.title"), l10n.text(none.messageKey()));
                return;
            }
            status.set(l10n.text("letters.screen.failed"));
            LOG.log(Level.WARNING, ErrorReport.forLog(failure));
            dialogs.showError(l10n.text("letters.screen.title"), l10n.text("letters.screen.failed"));
        }).onCancelled(() -> {
            finished();
            status.set(l10n.text("letters.screen.cancelled"));
        });
        executor.execute(task);
    }

    /** Stops making the letters. */
    public void cancel() {
        BackgroundTask<?> task = running;
        if (task != null) {
            task.cancel();
        }
    }

    /** Asks where, then writes the letters made last (encrypted when they carry names); never a partial file. */
    public void save() {
        byte[] bytes = pdf;
        if (bytes == null || busy.get()) {
            return;
        }
        Optional<Path> chosen = dialogs.chooseSaveFile(l10n.text("letters.screen.saveTitle"),
                BoardReportViewModel.safeName(fileName) + ".pdf", "pdf");
        if (chosen.isEmpty()) {
            return;
        }
        Path file = chosen.get();
        boolean encrypted = pdfEncrypted;
        busy.set(true);
        executor.execute(BackgroundTask.<Void>of(l10n.text("letters.screen.task.save"), task -> {
            try (ExportTarget target = temporary.beginExport(file)) {
                target.stream().write(bytes);
                target.commit();
            }
            return null;
        }).onSuccess(done -> {
            busy.set(false);
            dialogs.notify(l10n.text(encrypted ? "letters.screen.savedEncrypted" : "letters.screen.saved",
                    file.getFileName().toString()));
        }).onFailure(failure -> {
            busy.set(false);
            dialogs.showError(l10n.text("letters.screen.saveTitle"), l10n.text("letters.screen.saveFailed",
                    file.getFileName().toString()));
        }).onCancelled(() -> busy.set(false)));
    }

    private void finished() {
        running = null;
        busy.set(false);
        progress.set(0);
    }

    private static void onFxThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            try {
                Platform.runLater(action);
            } catch (IllegalStateException notStarted) {
                // no FX toolkit (a test running the task on its own thread): nothing to show
                action.run();
            }
        }
    }

    /** What a finished run produced. */
    private record Made(byte[] pdf, boolean encrypted, int letters, PdfPages.Rendered pages, String title) {
    }

    /** The bytes of the letters made last, or null. */
    byte[] pdf() {
        return pdf;
    }

    public String languageName(Locale locale) {
        return locale.getDisplayLanguage(l10n.locale());
    }

    public ObjectProperty<Extent> extentProperty() {
        return extent;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<Choice> teamProperty() {
        return team;
    }

    public ObjectProperty<Choice> activityProperty() {
        return activity;
    }

    public BooleanProperty perPersonProperty() {
        return perPerson;
    }

    /** Whether names go on the letters; set through {@link #requestNames(boolean)}. */
    public ReadOnlyBooleanProperty withNamesProperty() {
        return withNames;
    }

    public ObjectProperty<Locale> languageProperty() {
        return language;
    }

    public StringProperty contactProperty() {
        return contact;
    }

    public ObservableList<Choice> teams() {
        return teams;
    }

    public ObservableList<Choice> activities() {
        return activities;
    }

    public ObservableList<Locale> languages() {
        return languages;
    }

    public ObservableList<Image> pages() {
        return pages;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** Whether letters were made and can be saved. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready;
    }

    /** Between 0 and 1, or -1 while the amount of work is not known. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }
}
