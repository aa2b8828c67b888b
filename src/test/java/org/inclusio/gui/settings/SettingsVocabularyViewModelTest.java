package org.inclusio.gui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.inclusio.app.AppServices;
import org.inclusio.gui.dialog.RecordingDialogService;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.task.CallingThreadTaskExecutor;
import org.inclusio.model.BuiltInBarrier;
import org.inclusio.model.BuiltInGroup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The region vocabularies tab as a plain object on a real store. */
class SettingsVocabularyViewModelTest {

    @TempDir
    Path store;

    private AppServices services;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final AtomicInteger dataChanges = new AtomicInteger();
    private VocabularySettingsViewModel viewModel;

    @BeforeEach
    void open() {
        Localization l10n = new Localization(Locale.ENGLISH);
        services = org.inclusio.testing.TestStores.services(store, l10n);
        viewModel = new VocabularySettingsViewModel(services.vocabulary(),
                new CallingThreadTaskExecutor(dialogs.unexpected::add), dialogs, l10n, dataChanges::incrementAndGet);
        viewModel.load();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void listsTheBuiltInGroupsFirstAndSwitchesLists() {
        assertThat(viewModel.rows()).hasSize(BuiltInGroup.values().length);
        assertThat(viewModel.rows()).allMatch(row -> row.builtIn() && row.active());

        viewModel.listProperty().set(VocabularyList.BARRIERS);

        assertThat(viewModel.rows()).hasSize(BuiltInBarrier.values().length);
    }

    @Test
    void addsARegionalGroupAndSelectsIt() {
        viewModel.newEntry();
        viewModel.nameProperty().set("  Seasonal farm workers ");
        viewModel.descriptionProperty().set("Work in the region from May to September");
        assertThat(viewModel.canSaveProperty().get()).isTrue();

        viewModel.save();

        VocabularyRow added = viewModel.selectedProperty().get();
        assertThat(added.name()).isEqualTo("Seasonal farm workers");
        assertThat(added.description()).isEqualTo("Work in the region from May to September");
        assertThat(added.builtIn()).isFalse();
        assertThat(added.active()).isTrue();
        assertThat(viewModel.rows()).hasSize(BuiltInGroup.values().length + 1).contains(added);
        assertThat(services.vocabulary().activeGroups()).extracting(g -> g.getName()).contains("Seasonal farm workers");
        assertThat(viewModel.nameErrorProperty().get()).isEmpty();
        assertThat(dialogs.notices).containsExactly("\"Seasonal farm workers\" was added.");
        assertThat(dataChanges.get()).isEqualTo(1);
    }

    @Test
    void aBlankOrDuplicateNameIsShownNextToTheNameAndNothingIsAdded() {
        viewModel.newEntry();
        viewModel.nameProperty().set("   ");
        viewModel.save();
        assertThat(viewModel.nameErrorProperty().get()).isEqualTo("Please enter a name.");

        String existing = viewModel.rows().get(0).name();
        viewModel.nameProperty().set(existing.toUpperCase(Locale.ROOT));
        assertThat(viewModel.nameErrorProperty().get()).as("typing clears the message").isEmpty();
        viewModel.save();

        assertThat(viewModel.nameErrorProperty().get()).isEqualTo("An entry named \"" + existing.toUpperCase(Locale.ROOT)
                + "\" is already in this list (upper and lower case count as the same).");
        assertThat(viewModel.rows()).hasSize(BuiltInGroup.values().length);
        assertThat(dataChanges.get()).isZero();
        assertThat(dialogs.unexpected).isEmpty();
    }

    @Test
    void aTooLongDescriptionIsShownNextToTheDescription() {
        viewModel.newEntry();
        viewModel.nameProperty().set("Shift workers");
        viewModel.descriptionProperty().set("x".repeat(1001));

        viewModel.save();

        assertThat(viewModel.descriptionErrorProperty().get())
                .isEqualTo("The description has 1,001 characters; at most 1,000 are allowed.");
        assertThat(viewModel.nameErrorProperty().get()).isEmpty();
    }

    @Test
    void renamesABuiltInGroupWhichStaysBuiltIn() {
        VocabularyRow first = viewModel.rows().get(0);
        viewModel.selectedProperty().set(first);
        assertThat(viewModel.nameProperty().get()).isEqualTo(first.name());
        assertThat(viewModel.canSaveProperty().get()).isFalse();

        viewModel.nameProperty().set("Aaa renamed group");
        viewModel.descriptionProperty().set("Our own wording");
        viewModel.save();

        VocabularyRow renamed = viewModel.selectedProperty().get();
        assertThat(renamed.id()).isEqualTo(first.id());
        assertThat(renamed.name()).isEqualTo("Aaa renamed group");
        assertThat(renamed.description()).isEqualTo("Our own wording");
        assertThat(renamed.builtIn()).isTrue();
        assertThat(viewModel.rows()).hasSize(BuiltInGroup.values().length);
    }

    @Test
    void deactivatesAndReactivatesTheSelectedEntry() {
        VocabularyRow first = viewModel.rows().get(0);
        viewModel.selectedProperty().set(first);
        assertThat(viewModel.selectedActiveProperty().get()).isTrue();

        viewModel.toggleActive();

        assertThat(viewModel.selectedProperty().get().active()).isFalse();
        assertThat(viewModel.selectedActiveProperty().get()).isFalse();
        assertThat(services.vocabulary().activeGroups()).hasSize(BuiltInGroup.values().length - 1);
        assertThat(services.vocabulary().allGroups()).hasSize(BuiltInGroup.values().length);

        viewModel.toggleActive();

        assertThat(viewModel.selectedProperty().get().active()).isTrue();
        assertThat(services.vocabulary().activeGroups()).hasSize(BuiltInGroup.values().length);
        assertThat(dataChanges.get()).isEqualTo(2);
    }
}
