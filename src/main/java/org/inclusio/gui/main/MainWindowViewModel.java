package org.inclusio.gui.main;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.inclusio.gui.dialog.DialogService;
import org.inclusio.logic.demo.ExampleRegionService;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.store.RegisterCounts;
import org.inclusio.logic.store.StoreInfoService;
import org.inclusio.logic.task.BackgroundTask;
import org.inclusio.logic.task.TaskExecutor;

/**
 * State of the main window: the selected area, whether the first-run welcome is shown, the
 * status line, and the example region that can be loaded into an empty store.
 */
public final class MainWindowViewModel {

    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Localization l10n;
    private StoreInfoService storeInfo;
    private ExampleRegionService exampleRegion;
    private String storeLocation;
    private Runnable dataChanged = () -> { };
    private java.util.function.Consumer<java.nio.file.Path> offerImport = file -> { };

    private final ObjectProperty<Area> selectedArea = new SimpleObjectProperty<>(Area.ACTIVITIES);
    private final BooleanProperty welcomeVisible = new SimpleBooleanProperty(false);
    private final BooleanProperty storeEmpty = new SimpleBooleanProperty(false);
    private final BooleanProperty storeOpen = new SimpleBooleanProperty(false);
    private final StringProperty statusText = new SimpleStringProperty("");
    private final StringProperty storeWarning = new SimpleStringProperty("");

    /**
     * The window's state while its store is still being opened: the frame (menu, navigation, status bar) can be
     * shown; the areas follow once {@link #attach} gives the store's services.
     *
     * @param storeLocation the store as shown in the status bar while it is being opened
     */
    public MainWindowViewModel(String storeLocation, TaskExecutor executor, DialogService dialogs,
                               Localization l10n) {
        this.executor = executor;
        this.dialogs = dialogs;
        this.l10n = l10n;
        this.storeLocation = storeLocation;
        statusText.set(l10n.text("status.store", storeLocation));
    }

    /**
     * @param dataChanged called after data was added outside the screens (the example region),
     *                    so open screens reload
     * @param offerImport shows the import screen with an interchange file checked (a file from the office)
     */
    public MainWindowViewModel(StoreInfoService storeInfo, ExampleRegionService exampleRegion, String storeLocation,
                               TaskExecutor executor, DialogService dialogs, Localization l10n,
                               Runnable dataChanged, java.util.function.Consumer<java.nio.file.Path> offerImport) {
        this(storeLocation, executor, dialogs, l10n);
        attach(storeInfo, exampleRegion, storeLocation, dataChanged, offerImport);
    }

    /**
     * The store is open: its counts, the example region and the screens' reloading are available from now on.
     *
     * @param storeLocation the store as the status bar shows it from now on (on a server, with who is signed in)
     * @param dataChanged   called after data was added outside the screens (the example region), so open screens
     *                      reload
     * @param offerImport   shows the import screen with an interchange file checked (a file from the office)
     */
    public void attach(StoreInfoService storeInfo, ExampleRegionService exampleRegion, String storeLocation,
                       Runnable dataChanged, java.util.function.Consumer<java.nio.file.Path> offerImport) {
        this.storeInfo = storeInfo;
        this.exampleRegion = exampleRegion;
        this.storeLocation = storeLocation;
        this.dataChanged = dataChanged;
        this.offerImport = offerImport;
        statusText.set(l10n.text("status.store", storeLocation));
        storeOpen.set(true);
    }

    /** Reads the store's counts (off the FX thread) and offers the welcome when it is empty. */
    public void refresh(boolean offerWelcome) {
        if (storeInfo == null) {
            return; // still being opened: the counts are read once it is open
        }
        executor.execute(BackgroundTask.of(l10n.text("task.readingStore"), task -> storeInfo.registers())
                .onSuccess(counts -> apply(counts, offerWelcome)));
    }

    private void apply(RegisterCounts counts, boolean offerWelcome) {
        storeEmpty.set(counts.isEmpty());
        if (offerWelcome && counts.isEmpty()) {
            welcomeVisible.set(true);
        }
        statusText.set(l10n.text("status.storeWithCounts", storeLocation, counts.activities(), counts.people(),
                counts.processTeams()));
    }

    /** Loads the example region into the (empty) store in the background. */
    public void loadExampleRegion() {
        if (exampleRegion == null) {
            return;
        }
        BackgroundTask<?> load = BackgroundTask.of(l10n.text("task.loadingExample"), exampleRegion::load);
        executor.execute(load
                .onSuccess(summary -> {
                    welcomeVisible.set(false);
                    refresh(false);
                    dataChanged.run();
                    dialogs.notify(l10n.text("welcome.loaded"));
                })
                .onCancelled(() -> dialogs.notify(l10n.text("welcome.loadCancelled")))
                .onFailure(failure -> dialogs.showError(l10n.text("welcome.loadFailed.title"),
                        failure.getMessage() == null ? l10n.text("error.unexpected.message") : failure.getMessage())));
    }

    /**
     * The user chose to begin with a file from the office (a team and its invited people prepared for a
     * workshop, or a whole store): the import screen checks it and shows what importing it would do;
     * nothing is imported until the user says so. Choosing no file keeps the welcome.
     */
    public void openOfficeFile() {
        dialogs.chooseOpenFile(l10n.text("welcome.officeFile.choose"), org.inclusio.logic.exchange.InterchangeFileName
                .EXTENSION, "json", "gpg").ifPresent(file -> {
                    welcomeVisible.set(false);
                    offerImport.accept(file);
                });
    }

    /** The user chose to start with an empty store. */
    public void startEmpty() {
        welcomeVisible.set(false);
    }

    public ObjectProperty<Area> selectedAreaProperty() {
        return selectedArea;
    }

    public ReadOnlyBooleanProperty welcomeVisibleProperty() {
        return welcomeVisible;
    }

    /** False while the store is still being opened (the frame shows "Opening the store..."). */
    public ReadOnlyBooleanProperty storeOpenProperty() {
        return storeOpen;
    }

    public ReadOnlyBooleanProperty storeEmptyProperty() {
        return storeEmpty;
    }

    /** A warning that stays in the status bar (a store in clear), or empty. */
    public StringProperty storeWarningProperty() {
        return storeWarning;
    }

    public ReadOnlyStringProperty statusTextProperty() {
        return statusText;
    }
}
