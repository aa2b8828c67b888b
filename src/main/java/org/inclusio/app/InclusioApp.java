package org.inclusio.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.inclusio.gui.about.AboutDialog;
import org.inclusio.gui.dialog.FxDialogService;
import org.inclusio.gui.help.HelpButton;
import org.inclusio.gui.help.HelpView;
import org.inclusio.gui.help.HelpViewModel;
import org.inclusio.gui.main.MainWindowView;
import org.inclusio.gui.main.MainWindowViewModel;
import org.inclusio.gui.prefs.WindowPreferences;
import org.inclusio.gui.util.AppIcons;
import org.inclusio.gui.util.FxTaskExecutor;
import org.inclusio.gui.util.TaskProgressModel;
import org.inclusio.gui.util.UncaughtErrorHandler;
import org.inclusio.gui.util.UnsavedChangesGuard;
import org.inclusio.gui.welcome.WelcomeView;
import org.inclusio.logic.AppInfo;
import org.inclusio.logic.ErrorReport;
import org.inclusio.logic.i18n.HelpCatalogue;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.persistence.StoreException;
import org.inclusio.persistence.StoreLocation;
import org.inclusio.persistence.StoreSecret;

/**
 * The JavaFX application and the composition root of the window: opens the store in
 * {@link #init()} (off the FX thread), builds every screen with its ViewModel and services by
 * constructor in {@link #start(Stage)}, and closes the store safely in {@link #stop()}.
 */
public final class InclusioApp extends Application {

    private static final Logger LOG = Logger.getLogger(InclusioApp.class.getName());

    private Path storeDirectory;
    private StoreSecret secret;
    private final WindowPreferences windowPreferences;
    private Localization l10n;
    private AppServices services;
    private String startupProblem;
    private FxTaskExecutor executor;
    private Stage stage;
    private UnsavedChangesGuard unsavedChanges;
    private FxDialogService dialogService;

    /** Used by {@link Application#launch}; reads {@code --store=DIR} from the parameters. */
    public InclusioApp() {
        this(null, WindowPreferences.forCurrentUser(), null);
    }

    /** Used by tests and the screenshot tour: a given store, already unlocked with the secret, and preferences. */
    public InclusioApp(Path storeDirectory, WindowPreferences windowPreferences, StoreSecret secret) {
        this.storeDirectory = storeDirectory;
        this.windowPreferences = windowPreferences;
        this.secret = secret;
    }

    @Override
    public void init() {
        l10n = new Localization(Locale.getDefault());
        if (storeDirectory == null) {
            String named = getParameters() == null ? null : getParameters().getNamed().get("store");
            storeDirectory = StoreLocation.ofThisMachine().resolve(named == null ? null : Path.of(named));
        }
        LoggingSetup.configure(storeDirectory);
        try {
            services = AppServices.open(storeDirectory, secret, l10n);
        } catch (StoreException e) {
            LOG.log(Level.WARNING, "Store not opened: " + e.problem());
            startupProblem = StoreProblemMessages.describe(e, l10n);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, ErrorReport.forLog(e));
            startupProblem = l10n.text("store.problem.unexpected", storeDirectory.toString());
        }
    }

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        AppIcons.apply(primaryStage);
        primaryStage.setTitle(l10n.text("app.name"));
        if (startupProblem != null) {
            showStartupProblem();
            return;
        }
        TaskProgressModel taskProgress = new TaskProgressModel();
        FxDialogService dialogs = new FxDialogService(l10n, () -> stage);
        new UncaughtErrorHandler(dialogs).install();
        executor = new FxTaskExecutor(taskProgress, dialogs::showUnexpectedError);

        HelpView help = new HelpView(new HelpViewModel(new HelpCatalogue(l10n)), l10n);
        HelpButton helpButtons = new HelpButton(help, l10n);
        UnsavedChangesGuard unsaved = new UnsavedChangesGuard();
        Runnable openHelp = () -> help.show(stage, null);
        String location = storeDirectory.toString();
        AboutDialog about = new AboutDialog(l10n, AppInfo.bundled(), location);

        AreaScreens screens = new AreaScreens(services, executor, dialogs, l10n, helpButtons, unsaved);
        MainWindowViewModel mainViewModel = new MainWindowViewModel(services.storeInfo(), services.exampleRegion(),
                location, executor, dialogs, l10n, screens::reloadAll);
        WelcomeView welcome = new WelcomeView(mainViewModel, l10n, () -> help.show(stage, "concept.coproduction"));
        screens.setAreaSelector(mainViewModel.selectedAreaProperty()::set);
        MainWindowView mainView = new MainWindowView(mainViewModel, l10n, taskProgress, screens.suppliers(),
                welcome::create, openHelp, () -> about.show(stage), this::requestQuit);

        Scene scene = new Scene(mainView.root(), 1280, 760);
        scene.getStylesheets().add(AppIcons.stylesheet());
        primaryStage.setScene(scene);
        primaryStage.setMinWidth(900);
        primaryStage.setMinHeight(560);
        windowPreferences.restore(primaryStage);
        primaryStage.setOnCloseRequest(event -> {
            if (!confirmClose(unsaved, dialogs)) {
                event.consume();
                return;
            }
            windowPreferences.save(primaryStage);
        });
        this.unsavedChanges = unsaved;
        this.dialogService = dialogs;
        primaryStage.show();
        mainViewModel.refresh(true);
    }

    /** True when nothing is unsaved, or the user agrees to close anyway. */
    private boolean confirmClose(UnsavedChangesGuard unsaved, FxDialogService dialogs) {
        var dirty = unsaved.dirtyEditors();
        if (dirty.isEmpty()) {
            return true;
        }
        String what = dirty.stream().map(UnsavedChangesGuard.Editor::description)
                .reduce((a, b) -> a + ", " + b).orElse("");
        return dialogs.confirm(l10n.text("app.close.title"), l10n.text("app.close.message", what),
                l10n.text("app.close.confirm"));
    }

    private void requestQuit() {
        if (unsavedChanges != null && !confirmClose(unsavedChanges, dialogService)) {
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
        if (executor != null) {
            executor.close();
        }
        if (services != null) {
            services.close();
        }
    }

    /** The store this window works on (for tests and the screenshot tour). */
    public AppServices services() {
        return services;
    }

    public Stage stage() {
        return stage;
    }
}
