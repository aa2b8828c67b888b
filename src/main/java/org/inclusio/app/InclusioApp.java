package org.inclusio.app;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.input.InputEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import org.inclusio.gui.about.AboutDialog;
import org.inclusio.gui.appearance.SystemContrast;
import org.inclusio.gui.appearance.TextSize;
import org.inclusio.gui.appearance.WindowAppearance;
import org.inclusio.gui.prefs.AppearancePreferences;
import org.inclusio.gui.settings.AppearanceSettingsView;
import org.inclusio.gui.dialog.FxDialogService;
import org.inclusio.gui.dialog.SaveFileChooser;
import org.inclusio.gui.help.HelpButton;
import org.inclusio.gui.help.HelpView;
import org.inclusio.gui.help.HelpViewModel;
import org.inclusio.logic.i18n.GuideCatalogue;
import org.inclusio.gui.main.MainWindowView;
import org.inclusio.gui.main.MainWindowViewModel;
import org.inclusio.gui.prefs.LanguagePreferences;
import org.inclusio.gui.prefs.LockPreferences;
import org.inclusio.gui.prefs.WindowPreferences;
import org.inclusio.gui.settings.BackupSettingsView;
import org.inclusio.gui.settings.BackupsViewModel;
import org.inclusio.gui.settings.SecuritySettingsView;
import org.inclusio.gui.settings.SecuritySettingsViewModel;
import org.inclusio.gui.unlock.CreateStoreView;
import org.inclusio.gui.unlock.CreateStoreViewModel;
import org.inclusio.gui.unlock.IdleLock;
import org.inclusio.gui.unlock.RecoveryKeyView;
import org.inclusio.gui.unlock.RecoveryKeyViewModel;
import org.inclusio.gui.unlock.SystemClipboard;
import org.inclusio.gui.unlock.UnlockView;
import org.inclusio.gui.unlock.UnlockViewModel;
import org.inclusio.gui.util.AppIcons;
import org.inclusio.gui.util.FxTaskExecutor;
import org.inclusio.gui.util.TaskProgressModel;
import org.inclusio.gui.util.UncaughtErrorHandler;
import org.inclusio.gui.util.UnsavedChangesGuard;
import org.inclusio.gui.welcome.WelcomeView;
import org.inclusio.logic.AppInfo;
import org.inclusio.logic.ErrorReport;
import org.inclusio.logic.task.BackgroundTask;
import org.inclusio.logic.i18n.HelpCatalogue;
import org.inclusio.logic.i18n.Language;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.persistence.FilePermissions;
import org.inclusio.persistence.StoreException;
import org.inclusio.persistence.StoreFactory;
import org.inclusio.persistence.ServerAddress;
import org.inclusio.persistence.StoreLocation;
import org.inclusio.persistence.StoreSecret;
import org.inclusio.persistence.StoreState;

/**
 * The JavaFX application and the composition root of the window. The window first shows what the store
 * folder calls for: the unlock screen for an encrypted store, "Create a new store" (and then its recovery key)
 * where there is none, the offer to encrypt a store in clear from an earlier version. Once the store is open,
 * every screen is built with its ViewModel and services by constructor. The window locks after an idle time
 * and on request, hiding every view until the secret is given again; {@link #stop()} closes the store safely.
 */
public final class InclusioApp extends Application {

    /** How long the window is open before the daily backup (when one is due) is made. */
    static final Duration DAILY_BACKUP_DELAY = Duration.minutes(2);
    private static final Logger LOG = Logger.getLogger(InclusioApp.class.getName());
    private static final Duration IDLE_CHECK = Duration.seconds(5);
    /** The named parameter with an interchange file to offer for import once the store is open. */
    public static final String IMPORT_PARAMETER = "--import";

    private Path storeDirectory;
    /** The server the store is on, or null for a store in a folder. */
    private ServerAddress server;
    private StoreSecret secret;
    private final WindowPreferences windowPreferences;
    private final LockPreferences lockPreferences;
    private final LanguagePreferences languagePreferences;
    private final AppearancePreferences appearancePreferences;
    private final boolean systemAsksForHighContrast = SystemContrast.asksForHighContrast();
    private WindowAppearance windowAppearance;
    private final StoreFactory factory = new StoreFactory();
    private Localization l10n;
    private WindowStoreGate gate;
    private StoreState state;
    private String startupProblem;
    private FxTaskExecutor executor;
    private TaskProgressModel taskProgress;
    private FxDialogService dialogService;
    private Stage stage;
    private Scene scene;
    private UnsavedChangesGuard unsavedChanges;
    private IdleLock idleLock;
    private Timeline idleTimer;
    /** How often a window on a shared server asks whether others changed the store. */
    private static final long CHANGE_CHECK_MILLIS = 5_000;
    private ServerChangeWatch changeWatch;
    private RecoveryKeyViewModel recoveryKey;
    private Parent mainRoot;
    private AreaScreens areaScreens;
    private MainWindowViewModel mainViewModel;
    private MainWindowView mainView;
    private HelpView help;
    private PauseTransition dailyBackupWait;
    private final List<Window> hiddenByLock = new ArrayList<>();
    private String actorName;
    private boolean openedInClear;
    private Path offeredImport;
    private SaveFileChooser saveFiles = SaveFileChooser.system();

    /** Used by {@link Application#launch}; reads {@code --store=DIR} from the parameters. */
    public InclusioApp() {
        this(null, WindowPreferences.forCurrentUser(), null);
    }

    /**
     * Used by tests and the screenshot tour: a given store and preferences.
     *
     * @param secret opens the existing store at once, without the unlock screen; null to start as a user does
     */
    public InclusioApp(Path storeDirectory, WindowPreferences windowPreferences, StoreSecret secret) {
        this.storeDirectory = storeDirectory;
        this.windowPreferences = windowPreferences;
        this.lockPreferences = windowPreferences.lockPreferences();
        this.languagePreferences = windowPreferences.languagePreferences();
        this.appearancePreferences = windowPreferences.appearancePreferences();
        this.secret = secret;
    }

    /**
     * Offers to import the interchange file once the store is open, as for a file opened from the desktop
     * (the {@value #IMPORT_PARAMETER} parameter). Call before the application starts.
     */
    public void offerImportWhenOpen(Path file) {
        offeredImport = file;
    }

    /**
     * Asks where to save files with the given chooser instead of the system's file dialog (which a test can
     * neither drive nor show on a headless platform). Call before the application starts.
     */
    public void chooseSaveFilesWith(SaveFileChooser chooser) {
        saveFiles = chooser;
    }

    @Override
    public void init() {
        l10n = new Localization(Locale.getDefault());
        if (storeDirectory == null) {
            String named = getParameters() == null ? null : getParameters().getNamed().get("store");
            StoreLocation locations = StoreLocation.ofThisMachine();
            String chosen = locations.chosenLocation(named);
            if (ServerAddress.isServer(chosen)) {
                try {
                    server = ServerAddress.parse(chosen).orElseThrow();
                } catch (IllegalArgumentException e) {
                    startupProblem = l10n.text("cli.server.badAddress", chosen, e.getMessage());
                    return;
                }
                storeDirectory = locations.serverWorkFolder(server);
            } else {
                storeDirectory = locations.resolve(named == null ? null : Path.of(named));
            }
        }
        String offered = getParameters() == null ? null
                : getParameters().getNamed().get(IMPORT_PARAMETER.substring(2));
        if (offered != null) {
            offeredImport = Path.of(offered);
        }
        if (server != null) {
            try {
                FilePermissions.createPrivateDirectory(storeDirectory);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "No local folder for the server's logs: " + e.getClass().getSimpleName());
            }
        }
        LoggingSetup.configure(storeDirectory);
        gate = new WindowStoreGate(storeDirectory, server, factory, l10n);
        actorName = lockPreferences.actorName();
        try {
            if (secret != null) {
                gate.opened(AppServices.open(storeDirectory, secret, l10n));
                secret = null;
            } else if (server != null) {
                state = StoreState.ENCRYPTED; // the server asks for its password
            } else {
                state = factory.inspect(storeDirectory);
                if (state == StoreState.ENCRYPTED) {
                    warmUpWhileLocked();
                }
            }
        } catch (StoreException e) {
            LOG.log(Level.WARNING, "Store not opened: " + e.problem());
            startupProblem = StoreProblemMessages.describe(e, l10n);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, ErrorReport.forLog(e));
            startupProblem = l10n.text("store.problem.unexpected", storeDirectory.toString());
        }
    }

    /**
     * While the toolkit starts and the unlock screen waits for the passphrase, loads what opening the store
     * needs (Ebean, H2, the model) over a throwaway database in memory, so that the store opens sooner once
     * the passphrase is given. A failure here only costs that head start.
     */
    private void warmUpWhileLocked() {
        Thread warmUp = new Thread(() -> {
            try {
                factory.warmUp();
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "Store warm-up skipped: " + e.getClass().getSimpleName());
            }
        }, "store-warm-up");
        warmUp.setDaemon(true);
        warmUp.setPriority(Thread.MIN_PRIORITY);
        warmUp.start();
    }

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        // the text size and the theme apply to every window from the first, the unlock screen included
        windowAppearance = new WindowAppearance(appearancePreferences.textSizeProperty(),
                Bindings.createBooleanBinding(() -> appearancePreferences.themeProperty().get()
                        .highContrast(systemAsksForHighContrast), appearancePreferences.themeProperty()));
        windowAppearance.install();
        AppIcons.apply(primaryStage);
        primaryStage.setTitle(l10n.text("app.name"));
        if (startupProblem != null) {
            showStartupProblem();
            return;
        }
        taskProgress = new TaskProgressModel();
        dialogService = new FxDialogService(l10n, () -> stage, saveFiles);
        new UncaughtErrorHandler(dialogService).install();
        // the dialogs of the window's language at the time (the window can switch language while it runs)
        executor = new FxTaskExecutor(taskProgress, failure -> dialogService.showUnexpectedError(failure));
        idleLock = new IdleLock(System::nanoTime, lockPreferences.idleMinutesProperty(), this::hideEverything);

        scene = new Scene(new StackPane(), 1280, 760);
        scene.getStylesheets().add(AppIcons.stylesheet());
        primaryStage.setScene(scene);
        primaryStage.setMinWidth(900);
        primaryStage.setMinHeight(560);
        windowPreferences.restore(primaryStage);
        primaryStage.setOnCloseRequest(event -> {
            if (!confirmClose()) {
                event.consume();
                return;
            }
            windowPreferences.save(primaryStage);
        });
        if (gate.services() != null) {
            showMainWindow();
        } else if (state == StoreState.MISSING) {
            showCreate(CreateStoreViewModel.Purpose.CREATE);
        } else if (state == StoreState.CLEAR) {
            showCreate(CreateStoreViewModel.Purpose.ENCRYPT);
        } else {
            showUnlock();
        }
        primaryStage.show();
    }

    /**
     * The unlock screen. Once the secret is accepted, the main window's frame is shown (menu, navigation and a
     * status bar saying the store is being opened) while the worker opens the store, and its first area follows;
     * a refusal after that (a damaged store) brings the unlock screen back with the reason, as before.
     */
    private void showUnlock() {
        UnlockViewModel viewModel = new UnlockViewModel(gate, executor, l10n, actorName, name -> {
            rememberActor(name);
            showMainWindow();
        });
        Parent unlockRoot = new UnlockView(viewModel, l10n).root();
        viewModel.setOnOpening(() -> Platform.runLater(() -> {
            if (gate.services() == null && viewModel.busyProperty().get()) {
                scene.setRoot(frame().view().root());
            }
        }));
        viewModel.busyProperty().addListener((o, was, busy) -> {
            if (!busy && gate.services() == null && scene.getRoot() != unlockRoot) {
                scene.setRoot(unlockRoot);
            }
        });
        scene.setRoot(unlockRoot);
    }

    /** The main window's frame, built once per opening of the store, before or after the store is open. */
    private record Frame(MainWindowView view, MainWindowViewModel viewModel, HelpView help, AboutDialog about) {
    }

    private Frame frame;

    private Frame frame() {
        if (frame != null) {
            return frame;
        }
        // the help's topics and guides are read when it is first opened
        HelpView help = new HelpView(() -> new HelpViewModel(new HelpCatalogue(l10n), new GuideCatalogue(l10n)),
                l10n);
        // F1 opens the guide for the task done where the focus is, else the help's contents
        Runnable openHelp = () -> help.showFor(stage, scene.getFocusOwner());
        AboutDialog about = new AboutDialog(l10n, AppInfo.bundled(), gate.location());
        MainWindowViewModel mainViewModel = new MainWindowViewModel(gate.location(), executor, dialogService, l10n);
        MainWindowView mainView = new MainWindowView(mainViewModel, l10n, taskProgress, openHelp,
                () -> about.show(stage), this::requestQuit);
        mainView.setLockAction(this::lock, idleLock.enabledProperty());
        IntegerProperty textSize = appearancePreferences.textSizeProperty();
        mainView.setTextSizeActions(() -> textSize.set(TextSize.larger(textSize.get())),
                () -> textSize.set(TextSize.smaller(textSize.get())), () -> textSize.set(TextSize.NORMAL));
        mainView.setLanguageChoice(languagePreferences.language(),
                Language.SYSTEM.concrete(StartupLanguage.systemLocale()), this::chooseLanguage);
        frame = new Frame(mainView, mainViewModel, help, about);
        return frame;
    }

    private void showCreate(CreateStoreViewModel.Purpose purpose) {
        CreateStoreViewModel viewModel = new CreateStoreViewModel(purpose, gate, executor, l10n,
                this::showRecoveryKey);
        scene.setRoot(new CreateStoreView(viewModel, l10n, () -> {
            openedInClear = true;
            showMainWindow();
        }).root());
    }

    private void showRecoveryKey(String key) {
        recoveryKey = new RecoveryKeyViewModel(key, storeDirectory.toString(), new SystemClipboard(),
                InclusioApp::writePrivateFile, dialogService, l10n, this::showMainWindow);
        scene.setRoot(new RecoveryKeyView(recoveryKey, l10n).root());
    }

    /** Writes a file only its owner may read, replacing one the user chose to overwrite. */
    private static void writePrivateFile(Path file, String text) throws IOException {
        Files.deleteIfExists(file);
        FilePermissions.createPrivateFile(file);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(text.replace("\n", System.lineSeparator()));
        }
    }

    /**
     * Fills the main window's frame (built already while the store was being opened, else now) with the areas
     * over the open store and shows it; each area is built when first shown, the first one at once.
     */
    private void showMainWindow() {
        AppServices services = buildMainWindow(offeredImport == null, new CarriedWork());
        if (offeredImport != null) {
            Path file = offeredImport;
            offeredImport = null;
            AreaScreens screens = areaScreens;
            Platform.runLater(() -> screens.offerImport(file));
        }
        // the daily backup waits until the window has been open a while: made at once, it took the processor
        // from the first screen while that was built; a window closed sooner is backed up on closing anyway
        if (dailyBackupWait != null) {
            dailyBackupWait.stop();
        }
        dailyBackupWait = new PauseTransition(DAILY_BACKUP_DELAY);
        dailyBackupWait.setOnFinished(event -> {
            if (gate.services() == services) {
                dailyBackup(services);
            }
        });
        dailyBackupWait.play();
    }

    /**
     * Builds the main window's areas, menus and status bar over the open store in the window's language, with
     * the carried work put into the editors, and shows them.
     *
     * @param offerWelcome whether an empty store shows the welcome
     * @return the services the window was built over
     */
    private AppServices buildMainWindow(boolean offerWelcome, CarriedWork carried) {
        AppServices services = gate.services();
        Frame built = frame();
        frame = null; // the next opening (after a restore or in another language) builds a frame of its own
        HelpView help = built.help();
        HelpButton helpButtons = new HelpButton(help, l10n);
        UnsavedChangesGuard unsaved = new UnsavedChangesGuard();
        boolean encrypted = gate.encrypted();
        idleLock.setEnabled(gate.lockable());

        AreaScreens screens = new AreaScreens(services, executor, dialogService, l10n, helpButtons, help, unsaved,
                () -> new SecuritySettingsView(new SecuritySettingsViewModel(gate::changePassphrase, executor, l10n,
                        lockPreferences.idleMinutesProperty(), encrypted), l10n),
                () -> new BackupSettingsView(new BackupsViewModel(new WindowBackups(gate, storeDirectory), executor,
                        dialogService, l10n, this::afterRestore), l10n));
        screens.carry(carried);
        // on a region's server the status bar says who is signed in, and as what
        String location = gate.location();
        String shownLocation = services.store().isServer() ? l10n.text("status.signedIn", location,
                services.permissions().login(), l10n.text("account.role." + services.permissions().role().name()))
                : location;
        MainWindowViewModel mainViewModel = built.viewModel();
        mainViewModel.attach(services.storeInfo(), services.exampleRegion(), shownLocation, screens::reloadAll,
                screens::offerImport);
        screens.setCountsRefresher(() -> mainViewModel.refresh(false));
        screens.setAppearance(() -> new AppearanceSettingsView(appearancePreferences, systemAsksForHighContrast, l10n));
        if (areaScreens != null) {
            // a live workshop opened by the screens replaced keeps running, and tells the new ones when it closes
            areaScreens.handOver(screens);
        }
        areaScreens = screens;
        WelcomeView welcome = new WelcomeView(mainViewModel, l10n, () -> help.show(stage, "concept.coproduction"));
        screens.setAreaSelector(mainViewModel.selectedAreaProperty()::set);
        MainWindowView mainView = built.view();
        if (openedInClear) {
            mainViewModel.storeWarningProperty().set(l10n.text("encrypt.warning"));
        }
        this.unsavedChanges = unsaved;
        this.mainViewModel = mainViewModel;
        this.mainView = mainView;
        this.help = help;
        mainRoot = mainView.root();
        if (scene.getRoot() != mainRoot) {
            scene.setRoot(mainRoot);
        }
        mainView.setScreens(screens.suppliers(), welcome::create);
        watchActivity();
        watchOtherUsers(services, screens);
        // a file opened from the desktop goes to the import screen, which checks it and shows what importing
        // it would do; the welcome to an empty store is not offered then
        mainViewModel.refresh(offerWelcome);
        return services;
    }

    private void dailyBackup(AppServices services) {
        executor.execute(BackgroundTask.<Void>of(l10n.text("settings.backups.busy"), task -> {
            StoreOpening.dailyBackupIfDue(services.store());
            return null;
        }).onFailure(failure -> dialogService.notify(l10n.text("settings.backups.failed",
                failure instanceof StoreException store ? StoreProblemMessages.describe(store, l10n)
                        : ErrorReport.forUser(failure, l10n)))));
    }

    /**
     * Saves the language chosen in View > Language and, when it differs from the language in use, builds the
     * window again in it at once: the same area, size and place, and whatever the editors held unsaved is in
     * them again, still unsaved. Work that cannot be carried (a flag's note being written) is asked about
     * first, keeping it being the default. A live workshop window keeps running and speaks the new language too.
     */
    private void chooseLanguage(Language chosen) {
        languagePreferences.setLanguage(chosen);
        Locale system = StartupLanguage.systemLocale();
        Language wanted = chosen.concrete(system);
        if (wanted == Language.ofTag(l10n.locale().getLanguage()).map(language -> language.concrete(system))
                .orElse(Language.ENGLISH)) {
            return;
        }
        if (areaScreens == null || gate.services() == null || isLocked()) {
            return;
        }
        List<UnsavedChangesGuard.Editor> notCarried = areaScreens.workNotCarried();
        if (!notCarried.isEmpty()) {
            String what = notCarried.stream().map(UnsavedChangesGuard.Editor::description)
                    .reduce((a, b) -> a + ", " + b).orElse("");
            if (!dialogService.confirm(l10n.text("language.changed.title"),
                    l10n.text("language.unsaved", what, wanted.nativeName()), l10n.text("language.unsaved.switch"),
                    l10n.text("language.unsaved.keep"))) {
                return;
            }
        }
        switchLanguage(wanted.locale(system), wanted);
    }

    /** Builds the main window again in the language of the locale, carrying the editors' unsaved work. */
    private void switchLanguage(Locale locale, Language language) {
        CarriedWork carried = areaScreens.carriedWork();
        org.inclusio.gui.main.Area shown = mainViewModel.selectedAreaProperty().get();
        boolean welcome = mainViewModel.welcomeVisibleProperty().get();
        boolean helpOpen = help != null && help.stage() != null && help.stage().isShowing();
        if (helpOpen) {
            help.stage().close();
        }
        // numbers and dates follow the language too, as they do from the start
        Locale.setDefault(locale);
        l10n = new Localization(locale);
        dialogService = new FxDialogService(l10n, () -> stage);
        new UncaughtErrorHandler(dialogService).install();
        gate.speak(l10n);
        stage.setTitle(l10n.text("app.name"));
        // the old window's access keys and shortcuts leave with it: Alt+V opens the new View menu, not the old one
        scene.getMnemonics().clear();
        scene.getAccelerators().clear();
        buildMainWindow(welcome, carried);
        // the areas holding carried work are built at once, so that closing the window asks about it too
        for (org.inclusio.gui.main.Area area : carried.areas()) {
            mainViewModel.selectedAreaProperty().set(area);
        }
        mainViewModel.selectedAreaProperty().set(shown);
        mainView.focusNavigation();
        if (helpOpen) {
            help.showContents(stage);
        }
        dialogService.notify(l10n.text("language.changed", language.nativeName()));
    }

    /** On a shared server, what the others change appears in this window within a few seconds. */
    private void watchOtherUsers(AppServices services, AreaScreens screens) {
        if (changeWatch != null) {
            changeWatch.close();
            changeWatch = null;
        }
        if (services.store().isServer()) {
            changeWatch = new ServerChangeWatch(services.store().database(), CHANGE_CHECK_MILLIS, Platform::runLater,
                    screens::changedElsewhere);
        }
    }

    /** Every key press, click or mouse movement in any of the program's windows counts as activity. */
    private void watchActivity() {
        if (idleTimer != null) {
            return;
        }
        EventHandler<InputEvent> activity = event -> idleLock.activity();
        for (Window window : Window.getWindows()) {
            window.addEventFilter(InputEvent.ANY, activity);
        }
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(window -> window.addEventFilter(InputEvent.ANY, activity));
            }
        });
        idleLock.activity();
        idleTimer = new Timeline(new KeyFrame(IDLE_CHECK, event -> idleLock.check()));
        idleTimer.setCycleCount(Animation.INDEFINITE);
        idleTimer.play();
    }

    /** Locks the window now (menu, Ctrl+L, the Lock button). */
    public void lock() {
        if (idleLock != null) {
            idleLock.lock();
        }
    }

    /** A backup replaced the store, which is closed now: everything is built again after the next unlock. */
    private void afterRestore() {
        for (Window window : List.copyOf(Window.getWindows())) {
            if (window != stage && window.isShowing()) {
                window.hide();
            }
        }
        unsavedChanges = null;
        mainRoot = null;
        if (areaScreens != null) {
            areaScreens.stop();
            areaScreens = null;
        }
        idleLock.setEnabled(false);
        showUnlock();
        dialogService.notify(l10n.text("settings.backups.restored"));
    }

    /** Hides every view: other windows are closed, the main window shows only the unlock screen. */
    private void hideEverything() {
        hiddenByLock.clear();
        for (Window window : List.copyOf(Window.getWindows())) {
            if (window != stage && window.isShowing()) {
                hiddenByLock.add(window);
                window.hide();
            }
        }
        UnlockViewModel viewModel = new UnlockViewModel(gate, executor, l10n, actorName, name -> {
            rememberActor(name);
            // the windows hidden by the lock stay closed (dialogs were answered "cancel"); help opens again with F1
            scene.setRoot(mainRoot);
            hiddenByLock.clear();
            idleLock.unlocked();
        });
        scene.setRoot(new UnlockView(viewModel, l10n).root());
    }

    private void rememberActor(String name) {
        actorName = name;
        org.inclusio.logic.audit.Actor.setUserName(name);
        lockPreferences.setActorName(name);
    }

    /** True when nothing is unsaved, or the user agrees to close anyway. */
    private boolean confirmClose() {
        if (unsavedChanges == null) {
            return true;
        }
        var dirty = unsavedChanges.dirtyEditors();
        if (dirty.isEmpty()) {
            return true;
        }
        if (isLocked()) {
            return dialogService.confirm(l10n.text("app.close.title"), l10n.text("app.close.messageLocked"),
                    l10n.text("app.close.confirm"));
        }
        String what = dirty.stream().map(UnsavedChangesGuard.Editor::description)
                .reduce((a, b) -> a + ", " + b).orElse("");
        return dialogService.confirm(l10n.text("app.close.title"), l10n.text("app.close.message", what),
                l10n.text("app.close.confirm"));
    }

    private void requestQuit() {
        if (!confirmClose()) {
            return;
        }
        windowPreferences.save(stage);
        Platform.exit();
    }

    private void showStartupProblem() {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle(l10n.text("app.name"));
        alert.setHeaderText(l10n.text("store.problem.title"));
        alert.setContentText(startupProblem);
        alert.showAndWait();
        Platform.exit();
    }

    @Override
    public void stop() {
        if (windowAppearance != null) {
            windowAppearance.close();
        }
        if (areaScreens != null) {
            areaScreens.stop();
        }
        if (changeWatch != null) {
            changeWatch.close();
        }
        if (idleTimer != null) {
            idleTimer.stop();
        }
        if (recoveryKey != null) {
            recoveryKey.clearClipboard();
        }
        if (dailyBackupWait != null) {
            dailyBackupWait.stop();
        }
        if (executor != null) {
            executor.close();
        }
        if (gate != null && gate.services() != null) {
            StoreOpening.backupOnClose(gate.services().store());
            gate.services().close();
        }
    }

    /** The store this window works on, or null before it is unlocked (for tests and the screenshot tour). */
    public AppServices services() {
        return gate.services();
    }

    public Stage stage() {
        return stage;
    }

    /** True while the window is locked after having been unlocked. */
    public boolean isLocked() {
        return idleLock != null && idleLock.lockedProperty().get();
    }

    /** The name the user gave at unlock, recorded with what they do. */
    public String actorName() {
        return actorName;
    }
}
