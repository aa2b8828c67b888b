package org.inclusio.gui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.inclusio.app.AppServices;
import org.inclusio.gui.dialog.RecordingDialogService;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.task.CallingThreadTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main window's state, tested as a plain object on a real store without an FX thread. */
class MainWindowViewModelTest {

    @TempDir
    Path store;

    private AppServices services;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final AtomicInteger dataChanges = new AtomicInteger();
    private MainWindowViewModel viewModel;
    private final java.util.List<Path> offeredImports = new java.util.ArrayList<>();

    @BeforeEach
    void open() {
        Localization l10n = new Localization(Locale.ENGLISH);
        services = org.inclusio.testing.TestStores.services(store, l10n);
        viewModel = new MainWindowViewModel(services.storeInfo(), services.exampleRegion(), "the store",
                new CallingThreadTaskExecutor(dialogs.unexpected::add), dialogs, l10n, dataChanges::incrementAndGet,
                offeredImports::add);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void anEmptyStoreOffersTheWelcome() {
        viewModel.refresh(true);
        assertThat(viewModel.storeEmptyProperty().get()).isTrue();
        assertThat(viewModel.welcomeVisibleProperty().get()).isTrue();
        assertThat(viewModel.statusTextProperty().get()).contains("the store").contains("no activities, no people");
    }

    @Test
    void loadingTheExampleRegionHidesTheWelcomeAndCountsTheRecords() {
        viewModel.refresh(true);
        viewModel.loadExampleRegion();
        assertThat(viewModel.welcomeVisibleProperty().get()).isFalse();
        assertThat(viewModel.storeEmptyProperty().get()).isFalse();
        long activities = services.storeInfo().counts().activities();
        assertThat(activities).isPositive();
        assertThat(viewModel.statusTextProperty().get()).contains(activities + " activities");
        assertThat(dataChanges.get()).isEqualTo(1);
        assertThat(dialogs.notices).hasSize(1);
        assertThat(dialogs.unexpected).isEmpty();
    }

    @Test
    void loadingTwiceIsRefusedWithAClearMessageAndChangesNothing() {
        viewModel.loadExampleRegion();
        long before = services.storeInfo().counts().activities();
        viewModel.loadExampleRegion();
        assertThat(dialogs.errors).hasSize(1);
        assertThat(services.storeInfo().counts().activities()).isEqualTo(before);
    }

    @Test
    void startingEmptyHidesTheWelcomeWithoutData() {
        viewModel.refresh(true);
        viewModel.startEmpty();
        assertThat(viewModel.welcomeVisibleProperty().get()).isFalse();
        assertThat(services.storeInfo().counts().isEmpty()).isTrue();
    }

    @Test
    void theWelcomeOpensAFileFromTheOfficeInTheImportScreen() {
        viewModel.refresh(true);
        assertThat(viewModel.welcomeVisibleProperty().get()).isTrue();

        dialogs.fileAnswer = null;
        viewModel.openOfficeFile();
        assertThat(offeredImports).isEmpty();
        assertThat(viewModel.welcomeVisibleProperty().get()).as("no file chosen: the welcome stays").isTrue();

        Path file = store.resolve("for-the-laptop.inclusio");
        dialogs.fileAnswer = file;
        viewModel.openOfficeFile();
        assertThat(offeredImports).containsExactly(file);
        assertThat(viewModel.welcomeVisibleProperty().get()).isFalse();
        assertThat(dataChanges.get()).as("nothing is imported before the user says so").isZero();
    }
}
