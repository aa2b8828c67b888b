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

    private final StoreInfoService storeInfo;
    private final ExampleRegionService exampleRegion;
    private final String storeLocation;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Localization l10n;
    private final Runnable dataChanged;
    private final java.util.function.Consumer<java.nio.file.Path> offerImport;

    private final ObjectProperty<Area> selectedArea = new SimpleObjectProperty<>(Area.ACTIVITIES);
    private final BooleanProperty welcomeVisible = new SimpleBooleanProperty(false);
    private final BooleanProperty storeEmpty = new SimpleBooleanProperty(false);
    private final StringProperty statusText = new SimpleStringProperty("");
    private final StringProperty storeWarning = new SimpleStringProperty("");

    /**
     * @param dataChanged called after data was added outside the screens (the example region),
     *                    so open screens reload
     * @param offerImport shows the import screen with an interchange file checked (a file from the office)
     */
    public MainWindowViewModel(StoreInfoService storeInfo, ExampleRegionService exampleRegion, String storeLocation,
                               TaskExecutor executor, DialogService dialogs, Localization l10n,
                               Runnable dataChanged, java.util.function.Consumer<java.nio.file.Path> offerImport) {
        this.offerImport = offerImport;
        this.storeInfo = storeInfo;
        this.exampleRegion = exampleRegion;
        this.storeLocation = storeLocation;
        this.executor = executor;
        this.dialogs = dialogs;
        this.l10n = l10n;
        this.dataChanged = dataChanged;
        statusText.set(l10n.text("status.store", storeLocation));
    }

    /** Reads the store's counts (off the FX thread) and offers the welcome when it is empty. */
    public void refresh(boolean offerWelcome) {
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
