package org.inclusio.gui.report;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.inclusio.logic.exchange.ExportTarget;
import org.inclusio.logic.exchange.TempFiles;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.report.BoardReportService;
import org.inclusio.logic.report.ReportLanguages;
import org.inclusio.logic.report.ReportRequest;
import org.inclusio.logic.report.ReportScope;
import org.inclusio.logic.report.ReportSection;
import org.inclusio.logic.task.BackgroundTask;
import org.inclusio.logic.task.ProgressListener;
import org.inclusio.logic.task.TaskExecutor;

/**
 * The board report screen: what to report on (the region, an organisation or a team), the period, the
 * sections and the language; making the report in the background with progress and cancel; a preview of
 * its pages; and saving it as PDF, written beside the target and moved into place when complete.
 */
public final class BoardReportViewModel {

    private static final Logger LOG = Logger.getLogger(BoardReportViewModel.class.getName());

    /** The most pages drawn in the preview; the saved file has them all. */
    static final int PREVIEW_PAGES = 40;

    private final BoardReportService reports;
    private final ChoiceService choices;
    private final TempFiles temporary;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Localization l10n;

    private final ObjectProperty<ReportScope.Kind> scope = new SimpleObjectProperty<>(ReportScope.Kind.REGION);
    private final ObjectProperty<Choice> organisation = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice> team = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<Locale> language = new SimpleObjectProperty<>(ReportLanguages.BASE);
    private final Map<ReportSection, BooleanProperty> sections = new EnumMap<>(ReportSection.class);
    private final ObservableList<Choice> organisations = FXCollections.observableArrayList();
    private final ObservableList<Choice> teams = FXCollections.observableArrayList();
    private final ObservableList<Locale> languages = FXCollections.observableArrayList(ReportLanguages.available());
    private final ObservableList<Image> pages = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanProperty ready = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty status = new SimpleStringProperty("");
    private BackgroundTask<?> running;
    private byte[] pdf;
    private String fileName;

    public BoardReportViewModel(BoardReportService reports, ChoiceService choices, TempFiles temporary,
                                TaskExecutor executor, DialogService dialogs, Localization l10n) {
        this.reports = reports;
        this.choices = choices;
        this.temporary = temporary;
        this.executor = executor;
        this.dialogs = dialogs;
        this.l10n = l10n;
        for (ReportSection section : ReportSection.values()) {
            sections.put(section, new SimpleBooleanProperty(true));
        }
        LocalDate today = LocalDate.now();
        to.set(today);
        from.set(today.minusYears(1).plusDays(1));
    }

    /** Reads the organisations and teams to choose from. */
    public void load() {
        executor.execute(BackgroundTask.of(l10n.text("report.screen.task.load"),
                task -> List.of(choices.organisations(), choices.teams())).onSuccess(lists -> {
                    organisations.setAll(lists.get(0));
                    teams.setAll(lists.get(1));
                }));
    }

    /** The request the choices make, or empty after telling the user what is missing. */
    Optional<ReportRequest> request() {
        if (from.get() == null || to.get() == null) {
            dialogs.showError(l10n.text("report.screen.title"), l10n.text("report.screen.periodMissing"));
            return Optional.empty();
        }
        if (from.get().isAfter(to.get())) {
            dialogs.showError(l10n.text("report.screen.title"), l10n.text("report.screen.periodBackwards"));
            return Optional.empty();
        }
        Optional<ReportScope> chosen = switch (scope.get()) {
            case REGION -> Optional.of(ReportScope.region());
            case ORGANISATION -> organisation.get() == null ? Optional.empty()
                    : Optional.of(ReportScope.organisation(organisation.get().id(), organisation.get().label()));
            case TEAM -> team.get() == null ? Optional.empty()
                    : Optional.of(ReportScope.team(team.get().id(), team.get().label()));
        };
        if (chosen.isEmpty()) {
            dialogs.showError(l10n.text("report.screen.title"), l10n.text(scope.get() == ReportScope.Kind.TEAM
                    ? "report.screen.teamMissing" : "report.screen.organisationMissing"));
            return Optional.empty();
        }
        Set<ReportSection> wanted = EnumSet.noneOf(ReportSection.class);
        sections.forEach((section, on) -> {
            if (on.get()) {
                wanted.add(section);
            }
        });
        Locale locale = language.get() == null ? ReportLanguages.BASE : language.get();
        return Optional.of(new ReportRequest(chosen.get(), from.get(), to.get(), wanted, locale));
    }

    /** Makes the report in the background and shows its pages; the previous preview stays until it is done. */
    public void makeReport() {
        if (busy.get()) {
            return;
        }
        Optional<ReportRequest> request = request();
        if (request.isEmpty()) {
            return;
        }
        busy.set(true);
        progress.set(-1);
        status.set(l10n.text("report.screen.making"));
        BackgroundTask<Made> task = BackgroundTask.of(l10n.text("report.screen.task.make"), context -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            reports.write(request.get(), out, context);
            context.checkCancelled();
            context.updateMessage(l10n.text("report.screen.drawing"));
            byte[] bytes = out.toByteArray();
            return new Made(bytes, PdfPages.render(bytes, PREVIEW_PAGES, context),
                    BoardReportService.title(request.get()));
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
            fileName = made.title();
            pages.setAll(made.pages().images());
            ready.set(true);
            status.set(made.pages().pages() > made.pages().images().size()
                    ? l10n.text("report.screen.previewFirst", made.pages().images().size(), made.pages().pages())
                    : l10n.text("report.screen.done", made.pages().pages()));
        }).onFailure(failure -> {
            finished();
            status.set(l10n.text("report.screen.failed"));
            LOG.log(Level.WARNING, ErrorReport.forLog(failure));
            dialogs.showError(l10n.text("report.screen.title"), l10n.text("report.screen.failed"));
        }).onCancelled(() -> {
            finished();
            status.set(l10n.text("report.screen.cancelled"));
        });
        executor.execute(task);
    }

    /** Stops making the report. */
    public void cancel() {
        BackgroundTask<?> task = running;
        if (task != null) {
            task.cancel();
        }
    }

    /** Asks where, then writes the report made last; a partial file never takes the target's place. */
    public void save() {
        byte[] bytes = pdf;
        if (bytes == null || busy.get()) {
            return;
        }
        Optional<Path> chosen = dialogs.chooseSaveFile(l10n.text("report.screen.saveTitle"), safeName(fileName) + ".pdf",
                "pdf");
        if (chosen.isEmpty()) {
            return;
        }
        Path file = chosen.get();
        busy.set(true);
        executor.execute(BackgroundTask.<Void>of(l10n.text("report.screen.task.save"), task -> {
            try (ExportTarget target = temporary.beginExport(file)) {
                target.stream().write(bytes);
                target.commit();
            }
            return null;
        }).onSuccess(done -> {
            busy.set(false);
            dialogs.notify(l10n.text("report.screen.saved", file.getFileName().toString()));
        }).onFailure(failure -> {
            busy.set(false);
            dialogs.showError(l10n.text("report.screen.saveTitle"), l10n.text("report.screen.saveFailed",
                    file.getFileName().toString()));
        }).onCancelled(() -> busy.set(false)));
    }

    /** A file name from the report's title: no characters that file systems refuse. */
    static String safeName(String title) {
        String name = title == null ? "board-report" : title.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", " ")
                .replaceAll("\\s+", " ").strip();
        return name.isEmpty() ? "board-report" : name.length() > 120 ? name.substring(0, 120).strip() : name;
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
    private record Made(byte[] pdf, PdfPages.Rendered pages, String title) {
    }

    /** The bytes of the report made last, or null. */
    byte[] pdf() {
        return pdf;
    }

    public String languageName(Locale locale) {
        return locale.getDisplayLanguage(l10n.locale());
    }

    public ObjectProperty<ReportScope.Kind> scopeProperty() {
        return scope;
    }

    public ObjectProperty<Choice> organisationProperty() {
        return organisation;
    }

    public ObjectProperty<Choice> teamProperty() {
        return team;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<Locale> languageProperty() {
        return language;
    }

    public BooleanProperty sectionProperty(ReportSection section) {
        return sections.get(section);
    }

    public ObservableList<Choice> organisations() {
        return organisations;
    }

    public ObservableList<Choice> teams() {
        return teams;
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

    /** Whether a report was made and can be saved. */
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
