package org.inclusio.gui.flag;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.inclusio.app.AppServices;
import org.inclusio.gui.dialog.RecordingDialogService;
import org.inclusio.logic.activity.ActivityDraft;
import org.inclusio.logic.common.Choice;
import org.inclusio.logic.flag.FlagDraft;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.task.CallingThreadTaskExecutor;
import org.inclusio.model.ExclusionKind;
import org.inclusio.model.FlagStatus;
import org.inclusio.model.Level;
import org.inclusio.model.Mode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exclusion flags pane as a plain object on a real store. */
class FlagPaneViewModelTest {

    @TempDir
    Path store;

    private AppServices services;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private ExclusionFlagsPaneViewModel viewModel;
    private UUID activityId;

    @BeforeEach
    void open() {
        Localization l10n = new Localization(Locale.ENGLISH);
        services = org.inclusio.testing.TestStores.services(store, l10n);
        viewModel = new ExclusionFlagsPaneViewModel(services.flags(), services.choices(),
                new CallingThreadTaskExecutor(dialogs.unexpected::add), dialogs, l10n);
        activityId = services.activities().save(new ActivityDraft(null, 0, "Journey mapping", LocalDate.of(2024, 2, 1),
                null, 60, 0, "", Mode.CO_DESIGN, Level.GROUP, null, null, "", Set.of(), null, null, null, "", "",
                Set.of(), Set.of(), List.of(), List.of())).id();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void withoutAStoredActivityNothingCanBeAdded() {
        viewModel.show(null, null);
        viewModel.newFlag();
        assertThat(viewModel.availableProperty().get()).isFalse();
        assertThat(viewModel.editingProperty().get()).isFalse();
    }

    @Test
    void aNewFlagNeedsAnObservationThenSavesAndIsListed() {
        viewModel.show(activityId, null);
        assertThat(viewModel.flags()).isEmpty();
        viewModel.newFlag();
        viewModel.kindProperty().set(ExclusionKind.INTERNAL);
        viewModel.mitigationProperty().set("A chair who gives every patient the floor");
        assertThat(viewModel.errorProperty("observation").get()).isEqualTo("Describe what was observed.");
        assertThat(viewModel.canSaveProperty().get()).isFalse();

        Choice group = viewModel.groupChoices().get(0);
        viewModel.groupProperty().set(group);
        viewModel.observationProperty().set("The two patients were asked only to comment");
        assertThat(viewModel.canSaveProperty().get()).isTrue();
        viewModel.save();

        assertThat(viewModel.flags()).hasSize(1);
        FlagDraft saved = viewModel.flags().get(0);
        assertThat(saved.kind()).isEqualTo(ExclusionKind.INTERNAL);
        assertThat(saved.groupName()).isEqualTo(group.label());
        assertThat(saved.status()).isEqualTo(FlagStatus.OPEN);
        assertThat(viewModel.selectedProperty().get()).isEqualTo(saved);
        assertThat(viewModel.dirtyProperty().get()).isFalse();
        assertThat(services.flags().forActivity(activityId)).containsExactly(saved);
    }

    @Test
    void aFlagChangedElsewhereIsNotOverwrittenAndDeleteMovesToTrash() {
        viewModel.show(activityId, null);
        viewModel.newFlag();
        viewModel.observationProperty().set("Not invited");
        viewModel.save();
        FlagDraft saved = viewModel.flags().get(0);
        services.flags().save(new FlagDraft(saved.id(), saved.version(), activityId, null, saved.kind(), null, null,
                "Changed elsewhere", saved.severity(), FlagStatus.MITIGATED, null, null, saved.origin()));

        dialogs.confirmAnswer = false;
        viewModel.statusProperty().set(FlagStatus.RESOLVED);
        viewModel.save();
        assertThat(services.flags().load(saved.id()).orElseThrow().status()).isEqualTo(FlagStatus.MITIGATED);

        dialogs.confirmAnswer = true;
        viewModel.show(activityId, null);
        viewModel.selectedProperty().set(viewModel.flags().get(0));
        viewModel.delete();
        assertThat(viewModel.flags()).isEmpty();
        assertThat(services.trash().list()).hasSize(1);
    }
}
