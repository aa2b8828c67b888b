package org.inclusio.app;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import org.inclusio.gui.activity.ActivityEditorView;
import org.inclusio.gui.activity.ActivityEditorViewModel;
import org.inclusio.gui.activity.ActivityRegisterView;
import org.inclusio.gui.activity.ActivityRegisterViewModel;
import org.inclusio.gui.analysis.AnalysisScreens;
import org.inclusio.gui.dialog.DialogService;
import org.inclusio.gui.exchange.ExchangeHistoryView;
import org.inclusio.gui.exchange.ExchangeHistoryViewModel;
import org.inclusio.gui.exchange.ExchangeView;
import org.inclusio.gui.exchange.ExportViewModel;
import org.inclusio.gui.exchange.ImportViewModel;
import org.inclusio.gui.report.BoardReportView;
import org.inclusio.gui.report.BoardReportViewModel;
import org.inclusio.gui.report.LettersView;
import org.inclusio.gui.report.LettersViewModel;
import org.inclusio.logic.audit.AuditTrail;
import org.inclusio.logic.exchange.TableExporter;
import org.inclusio.gui.prefs.ExportPreferences;
import org.inclusio.logic.exchange.TempFiles;
import org.inclusio.gui.flag.ExclusionFlagsPaneView;
import org.inclusio.gui.flag.ExclusionFlagsPaneViewModel;
import org.inclusio.gui.help.HelpButton;
import org.inclusio.gui.help.HelpView;
import org.inclusio.gui.main.Area;
import org.inclusio.gui.main.PendingAreaView;
import org.inclusio.gui.team.OrganisationEditorViewModel;
import org.inclusio.gui.team.OrganisationRegisterViewModel;
import org.inclusio.gui.team.OrganisationsView;
import org.inclusio.gui.team.TeamAreaView;
import org.inclusio.gui.team.TeamEditorView;
import org.inclusio.gui.team.TeamEditorViewModel;
import org.inclusio.gui.team.TeamRegisterView;
import org.inclusio.gui.team.TeamRegisterViewModel;
import org.inclusio.gui.person.PersonEditorView;
import org.inclusio.gui.person.PersonEditorViewModel;
import org.inclusio.gui.person.PersonRegisterView;
import org.inclusio.gui.person.PersonRegisterViewModel;
import org.inclusio.gui.settings.BackupSettingsView;
import org.inclusio.gui.settings.SecuritySettingsView;
import org.inclusio.gui.settings.AuditView;
import org.inclusio.gui.settings.AuditViewModel;
import org.inclusio.gui.settings.SettingsView;
import org.inclusio.gui.settings.TrashView;
import org.inclusio.gui.settings.TrashViewModel;
import org.inclusio.gui.settings.VocabularySettingsView;
import org.inclusio.gui.settings.VocabularySettingsViewModel;
import org.inclusio.gui.util.FxDebounce;
import org.inclusio.gui.util.UnsavedChangesGuard;
import org.inclusio.logic.analysis.rules.DetectionRefresh;
import org.inclusio.logic.exchange.ExchangeHistory;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.task.TaskExecutor;

/**
 * Builds each area's screen, with its ViewModels and services, the first time the area is shown;
 * and tells every built screen to reload when data changed behind its back.
 */
final class AreaScreens {

    private static final javafx.util.Duration QUIET_AFTER_CHANGES = javafx.util.Duration.seconds(1.5);

    private final AppServices services;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Localization l10n;
    private final HelpButton helpButtons;
    private final HelpView help;
    private final UnsavedChangesGuard unsaved;
    private final Supplier<SecuritySettingsView> security;
    private final Supplier<BackupSettingsView> backups;
    private final List<Runnable> reloaders = new ArrayList<>();
    /** The CSV separator chosen on the Export screen, which the Analysis area's exports follow too. */
    private final ExportPreferences exportPreferences = ExportPreferences.forCurrentUser();
    private Consumer<Area> showArea = area -> { };
    private ActivityEditorViewModel activityEditor;
    private TeamEditorViewModel teamEditor;
    private OrganisationEditorViewModel organisationEditor;
    private PersonEditorViewModel personEditor;
    /** Work carried over from the screens this window had before it was built again in another language. */
    private CarriedWork carried = new CarriedWork();
    /** The screens built in this window's place (another language); a live workshop closing tells those. */
    private AreaScreens successor;
    private org.inclusio.gui.workshop.WorkshopWindows workshopWindows;
    private org.inclusio.gui.workshop.WorkshopPacking workshopPacking;
    private ImportViewModel importer;
    private final DetectionRefresh detection;
    private final FxDebounce afterChanges;
    private Runnable countsChanged = () -> { };
    private Supplier<org.inclusio.gui.settings.AppearanceSettingsView> appearance;

    AreaScreens(AppServices services, TaskExecutor executor, DialogService dialogs, Localization l10n,
                HelpButton helpButtons, HelpView help, UnsavedChangesGuard unsaved,
                Supplier<SecuritySettingsView> security, Supplier<BackupSettingsView> backups) {
        this.help = help;
        this.backups = backups;
        this.services = services;
        this.executor = executor;
        this.dialogs = dialogs;
        this.l10n = l10n;
        this.helpButtons = helpButtons;
        this.unsaved = unsaved;
        this.security = security;
        this.detection = new DetectionRefresh(services.analysis().detector(), executor,
                l10n.text("analysis.task.detect"), dialogs::showUnexpectedError);
        this.afterChanges = new FxDebounce(QUIET_AFTER_CHANGES, this::followChanges);
    }

    /** The Settings area's Appearance section (text size and colours), which every user has. */
    void setAppearance(Supplier<org.inclusio.gui.settings.AppearanceSettingsView> appearance) {
        this.appearance = appearance;
    }

    /** How the window's counts are read again after data changed. */
    void setCountsRefresher(Runnable refresher) {
        this.countsChanged = refresher;
    }

    /**
     * Data changed (a save, a delete, an import, a restore from the trash): once the changes have
     * stopped for a moment, the window's counts are read again and the rules run in the background,
     * one run at a time, after which the flags on screen are read again.
     */
    void dataChanged() {
        afterChanges.run();
    }

    /** Stops what runs in the background for the store (before it is closed). */
    void stop() {
        afterChanges.cancel();
        detection.cancel();
    }

    /**
     * The unsaved work of the editors built so far, to carry into screens built again in another language
     * (each with the pick lists it needs, so nothing chosen is lost).
     */
    CarriedWork carriedWork() {
        CarriedWork work = new CarriedWork();
        if (activityEditor != null) {
            ActivityEditorViewModel from = activityEditor;
            from.unsavedWork().ifPresent(unsaved -> {
                var teams = List.copyOf(from.teamChoices());
                var organisations = List.copyOf(from.organisationChoices());
                var barriers = List.copyOf(from.barrierChoices());
                var accommodations = List.copyOf(from.accommodationChoices());
                work.carryActivity(editor -> {
                    editor.setChoices(teams, organisations, barriers, accommodations);
                    editor.resume(unsaved);
                });
            });
        }
        if (teamEditor != null) {
            TeamEditorViewModel from = teamEditor;
            from.unsavedWork().ifPresent(unsaved -> {
                var organisations = List.copyOf(from.organisationChoices());
                var groups = List.copyOf(from.groupChoices());
                work.carryTeam(editor -> {
                    editor.setChoices(organisations, groups);
                    editor.resume(unsaved);
                });
            });
        }
        if (organisationEditor != null) {
            organisationEditor.unsavedWork().ifPresent(unsaved -> work.carryOrganisation(
                    editor -> editor.resume(unsaved)));
        }
        if (personEditor != null) {
            PersonEditorViewModel from = personEditor;
            from.unsavedWork().ifPresent(unsaved -> {
                var groups = List.copyOf(from.groupChoices());
                work.carryPerson(editor -> {
                    editor.setGroupChoices(groups);
                    editor.resume(unsaved);
                });
            });
        }
        return work;
    }

    /** The editors with unsaved work that {@link #carriedWork()} cannot carry (a flag's note being written). */
    List<UnsavedChangesGuard.Editor> workNotCarried() {
        List<Object> carriable = new ArrayList<>();
        for (Object editor : new Object[] {activityEditor, teamEditor, organisationEditor, personEditor}) {
            if (editor != null) {
                carriable.add(editor);
            }
        }
        return unsaved.dirtyEditors().stream().filter(editor -> carriable.stream().noneMatch(c -> c == editor))
                .toList();
    }

    /** The work to put into this window's editors as they are built. */
    void carry(CarriedWork work) {
        this.carried = work;
    }

    /**
     * These screens are replaced by others (the window speaks another language): what runs in the background for
     * them stops, and a live workshop window they opened keeps running, speaks the new ones' language at once and
     * reports to them when it closes.
     */
    void handOver(AreaScreens next) {
        successor = next;
        stop();
        if (workshopWindows != null) {
            // a live workshop keeps running and speaks the new screens' language from now on
            next.workshopWindows().takeOver(workshopWindows);
        }
    }

    private void followChanges() {
        countsChanged.run();
        detection.request();
    }

    Map<Area, Supplier<Node>> suppliers() {
        Map<Area, Supplier<Node>> screens = new EnumMap<>(Area.class);
        for (Area area : Area.values()) {
            screens.put(area, () -> PendingAreaView.create(l10n, area.labelKey(), area.pendingKey()));
        }
        screens.put(Area.ACTIVITIES, this::activities);
        screens.put(Area.TEAMS, this::teams);
        screens.put(Area.PEOPLE, this::people);
        screens.put(Area.SETTINGS, this::settings);
        screens.put(Area.ANALYSIS, this::analysis);
        screens.put(Area.REPORTS, this::reports);
        return screens;
    }

    /** How a screen brings another area to the front (used to open an activity from the analysis). */
    void setAreaSelector(Consumer<Area> selector) {
        this.showArea = selector;
    }

    /**
     * Someone else changed the store (a shared server): every screen built so far reads its data again and the
     * counts follow. The rules are not run here; the window that made the change runs them.
     */
    void changedElsewhere() {
        reloaders.forEach(Runnable::run);
        countsChanged.run();
    }

    /** Asks every screen built so far to read its data again. */
    void reloadAll() {
        reloaders.forEach(Runnable::run);
        dataChanged();
    }

    private Node activities() {
        ActivityEditorViewModel editor = new ActivityEditorViewModel(services.activities(),
                services.personDirectory(), services.trash(), executor, dialogs, l10n);
        unsaved.register(editor);
        editor.addChangeListener(this::dataChanged);
        editor.setPermissions(services.permissions());
        activityEditor = editor;
        ActivityRegisterViewModel register = new ActivityRegisterViewModel(services.activities(), services.choices(),
                executor, l10n, editor);
        reloaders.add(register::start);
        ExclusionFlagsPaneViewModel flags = new ExclusionFlagsPaneViewModel(services.flags(), services.choices(),
                executor, dialogs, l10n);
        unsaved.register(flags);
        detection.addListener(report -> flags.refresh());
        ActivityEditorView editorView = new ActivityEditorView(editor, l10n, helpButtons,
                new ExclusionFlagsPaneView(flags, l10n, helpButtons));
        editorView.setLiveWorkshop(workshopWindows()::open);
        Node root = new ActivityRegisterView(register, editorView, dialogs, l10n).root();
        carried.resumeActivity(editor);
        return root;
    }

    /** "Pack for the office" of a workshop, in its live window and in the activity editor. */
    private org.inclusio.gui.workshop.WorkshopPacking workshopPacking() {
        if (workshopPacking == null) {
            workshopPacking = new org.inclusio.gui.workshop.WorkshopPacking(services.interchangeExporter(),
                    new TempFiles(services.store().directory()), executor, dialogs, l10n);
        }
        return workshopPacking;
    }

    /** The live workshop windows; a closed one makes the activity editor read its activity again. */
    private org.inclusio.gui.workshop.WorkshopWindows workshopWindows() {
        if (workshopWindows == null) {
            workshopWindows = new org.inclusio.gui.workshop.WorkshopWindows(services.workshops(), services.choices(),
                    executor, dialogs, l10n, workshopPacking(), help::showFor, this::workshopClosed);
        }
        return workshopWindows;
    }

    /** A live workshop window closed: the activity editor showing its activity reads it again, as do the lists. */
    private void workshopClosed(UUID activityId) {
        if (successor != null) {
            successor.workshopClosed(activityId);
            return;
        }
        if (activityEditor != null && activityId.equals(activityEditor.storedIdProperty().get())
                && !activityEditor.hasUnsavedChanges()) {
            activityEditor.open(activityId);
        }
        reloadAll();
    }

    private Node settings() {
        if (!services.permissions().administers()) {
            // on a region's server, settings, the trash and the audit trail are the administrator's
            javafx.scene.control.Label notice = new javafx.scene.control.Label(l10n.text("settings.administratorOnly",
                    l10n.text("account.role." + services.permissions().role().name())));
            notice.setWrapText(true);
            notice.getStyleClass().add("empty-state-text");
            javafx.scene.layout.StackPane pane = new javafx.scene.layout.StackPane(notice);
            pane.setPadding(new javafx.geometry.Insets(24));
            // the text size and colours are each user's own
            return new javafx.scene.layout.VBox(appearance.get().root(), pane);
        }
        VocabularySettingsViewModel vocabulary = new VocabularySettingsViewModel(services.vocabulary(), executor,
                dialogs, l10n, this::reloadAll);
        TrashViewModel trash = new TrashViewModel(services.trash(), executor, dialogs, l10n, this::reloadAll);
        reloaders.add(trash::load);
        AuditViewModel audit = new AuditViewModel(new AuditTrail(services.store().database()), executor, dialogs, l10n,
                ZoneId.systemDefault());
        return new SettingsView(new VocabularySettingsView(vocabulary, l10n), new TrashView(trash, l10n), security.get(),
                backups.get(), new AuditView(audit, l10n), appearance.get(), l10n).root();
    }

    private Node teams() {
        TeamEditorViewModel editor = new TeamEditorViewModel(services.teams(), services.personDirectory(),
                services.trash(), executor, dialogs, l10n);
        unsaved.register(editor);
        editor.addChangeListener(this::dataChanged);
        editor.setPermissions(services.permissions());
        teamEditor = editor;
        TeamRegisterViewModel register = new TeamRegisterViewModel(services.teams(), services.choices(), executor,
                l10n, editor);
        OrganisationEditorViewModel organisationEditor = new OrganisationEditorViewModel(services.organisations(),
                services.trash(), executor, dialogs, l10n);
        unsaved.register(organisationEditor);
        organisationEditor.addChangeListener(this::dataChanged);
        this.organisationEditor = organisationEditor;
        OrganisationRegisterViewModel organisations = new OrganisationRegisterViewModel(services.organisations(),
                executor, l10n, organisationEditor);
        organisations.setOrganisationsChangedListener(register::start);
        reloaders.add(register::start);
        reloaders.add(organisations::reload);
        ExclusionFlagsPaneViewModel flags = new ExclusionFlagsPaneViewModel(services.flags(), services.choices(),
                executor, dialogs, l10n);
        unsaved.register(flags);
        detection.addListener(report -> flags.refresh());
        TeamEditorView editorView = new TeamEditorView(editor, l10n, helpButtons,
                new ExclusionFlagsPaneView(flags, l10n, helpButtons));
        editorView.setNewWorkshop((owner, teamId) -> workshopWindows().newWorkshop(owner, teamId,
                l10n.text("workshop.newTitle", editor.nameProperty().get(), java.time.LocalDate.now())));
        Node root = new TeamAreaView(new TeamRegisterView(register, editorView, dialogs, l10n),
                new OrganisationsView(organisations, dialogs, l10n, helpButtons), l10n).root();
        carried.resumeTeam(editor);
        carried.resumeOrganisation(organisationEditor);
        return root;
    }

    private Node reports() {
        importer = new ImportViewModel(services.interchangeImporter(), services.sheetImport(), executor,
                dialogs, l10n, this::reloadAll);
        TempFiles temporary = new TempFiles(services.store().directory());
        ExportViewModel exporter = new ExportViewModel(new TableExporter(services.store().database(), temporary, l10n,
                java.time.Clock.systemDefaultZone()), services.interchangeExporter(), temporary, services.choices(),
                executor, dialogs, l10n, exportPreferences.separatorProperty());
        reloaders.add(exporter::load);
        BoardReportViewModel board = new BoardReportViewModel(services.boardReports(), services.choices(), temporary,
                executor, dialogs, l10n);
        reloaders.add(board::load);
        Node exchange = new ExchangeView(importer, exporter, l10n).root();
        if (exchange instanceof javafx.scene.control.TabPane tabs) {
            tabs.getTabs().add(new BoardReportView(board, l10n).tab());
            LettersViewModel letters = new LettersViewModel(services.letters(), services.choices(), temporary, executor,
                    dialogs, l10n);
            reloaders.add(letters::load);
            tabs.getTabs().add(new LettersView(letters, l10n).tab());
            ExchangeHistoryViewModel history = new ExchangeHistoryViewModel(
                    new ExchangeHistory(services.store().database(), l10n), executor, dialogs, l10n);
            reloaders.add(history::load);
            tabs.getTabs().add(new ExchangeHistoryView(history, l10n).tab());
        }
        return exchange;
    }

    private Node people() {
        PersonEditorViewModel editor = new PersonEditorViewModel(services.people(), services.trash(),
                services.privacy(), executor,
                dialogs, l10n);
        unsaved.register(editor);
        editor.addChangeListener(this::dataChanged);
        editor.setPermissions(services.permissions());
        personEditor = editor;
        PersonRegisterViewModel register = new PersonRegisterViewModel(services.people(), services.choices(),
                executor, l10n, editor);
        reloaders.add(register::start);
        Node root = new PersonRegisterView(register, new PersonEditorView(editor, l10n, helpButtons), dialogs, l10n)
                .root();
        carried.resumePerson(editor);
        return root;
    }

    private Node analysis() {
        AnalysisScreens analysis = new AnalysisScreens(services.analysis(), services.choices(), executor, dialogs, l10n,
                helpButtons, this::openActivity, detection, () -> org.inclusio.logic.exchange.CsvDialect.of(
                        exportPreferences.separatorProperty().get(),
                        java.util.Locale.getDefault(java.util.Locale.Category.FORMAT)));
        reloaders.add(analysis::reload);
        return analysis.root();
    }

    /** Brings the import screen to the front with the file open: checked, with what importing it would do. */
    void offerImport(Path file) {
        showArea.accept(Area.REPORTS);
        if (importer != null) {
            importer.open(file);
        }
    }

    private void openActivity(UUID activityId) {
        showArea.accept(Area.ACTIVITIES);
        if (activityEditor != null) {
            activityEditor.open(activityId);
        }
    }
}
