package org.inclusio.app;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.inclusio.gui.about.AboutDialog;
import org.inclusio.gui.dialog.FxDialogService;
import org.inclusio.gui.help.HelpView;
import org.inclusio.gui.help.HelpViewModel;
import org.inclusio.gui.main.Area;
import org.inclusio.gui.main.MainWindowView;
import org.inclusio.gui.main.MainWindowViewModel;
import org.inclusio.gui.main.PendingAreaView;
import org.inclusio.gui.prefs.WindowPreferences;
import org.inclusio.gui.util.AppIcons;
import org.inclusio.gui.util.FxTaskExecutor;
import org.inclusio.gui.util.TaskProgressModel;
import org.inclusio.gui.util.UncaughtErrorHandler;
import org.inclusio.gui.welcome.WelcomeView;
import org.inclusio.logic.AppInfo;
import org.inclusio.logic.ErrorReport;
import org.inclusio.logic.i18n.HelpCatalogue;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.persistence.StoreException;
import org.inclusio.persistence.StoreLocation;

/**
 * The JavaFX application and the composition root of the window: opens the store in
 * {@link #init()} (off the FX thread), builds every screen with its ViewModel and services by
 * constructor in {@link #start(Stage)}, and closes the store safely in {@link #stop()}.
 */
public final class InclusioApp extends Application {

    private static final Logger LOG = Logger.getLogger(InclusioApp.class.getName());

    private Path storeDirectory;
    private final WindowPreferences windowPreferences;
    private Localization l10n;
    private AppServices services;
    private String startupProblem;
    private FxTaskExecutor executor;
    private Stage stage;

    /** Used by {@link Application#launch}; reads {@code --store=DIR} from the parameters. */
    public InclusioApp() {
        this(null, WindowPreferences.forCurrentUser());
    }

    /** Used by tests and the screenshot tour: a given store and preferences. */
    public InclusioApp(Path storeDirectory, WindowPreferences windowPreferences) {
        this.storeDirectory = storeDirectory;
        this.windowPreferences = windowPreferences;
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
            services = AppServices.open(storeDirectory, l10n);
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
        Runnable openHelp = () -> help.show(stage, null);
        String location = storeDirectory.toString();
        AboutDialog about = new AboutDialog(l10n, AppInfo.bundled(), location);

        MainWindowViewModel mainViewModel = new MainWindowViewModel(services.storeInfo(), services.exampleRegion(),
                location, executor, dialogs, l10n, () -> { });
        WelcomeView welcome = new WelcomeView(mainViewModel, l10n, () -> help.show(stage, "concept.coproduction"));
        MainWindowView mainView = new MainWindowView(mainViewModel, l10n, taskProgress, areaScreens(),
                welcome::create, openHelp, () -> about.show(stage), this::requestQuit);

        Scene scene = new Scene(mainView.root(), 1280, 760);
        scene.getStylesheets().add(AppIcons.stylesheet());
        primaryStage.setScene(scene);
        primaryStage.setMinWidth(900);
        primaryStage.setMinHeight(560);
        windowPreferences.restore(primaryStage);
        primaryStage.setOnCloseRequest(event -> windowPreferences.save(primaryStage));
        primaryStage.show();
        mainViewModel.refresh(true);
    }

    private Map<Area, Supplier<Node>> areaScreens() {
        Map<Area, Supplier<Node>> screens = new EnumMap<>(Area.class);
        for (Area area : Area.values()) {
            screens.put(area, () -> PendingAreaView.create(l10n, area.labelKey(), area.pendingKey()));
        }
        return screens;
    }

    private void requestQuit() {
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
