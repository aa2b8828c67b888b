package org.inclusio.gui.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.inclusio.app.AppServices;
import org.inclusio.gui.dialog.RecordingDialogService;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.task.CallingThreadTaskExecutor;
import org.inclusio.model.GovernanceModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The organisation editor as a plain object on a real store. */
class OrganisationEditorViewModelTest {

    @TempDir
    Path store;

    private AppServices services;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private OrganisationEditorViewModel editor;
    private OrganisationRegisterViewModel register;

    @BeforeEach
    void open() {
        Localization l10n = new Localization(Locale.ENGLISH);
        services = org.inclusio.testing.TestStores.services(store, l10n);
        CallingThreadTaskExecutor executor = new CallingThreadTaskExecutor(dialogs.unexpected::add);
        editor = new OrganisationEditorViewModel(services.organisations(), services.trash(), executor, dialogs, l10n);
        register = new OrganisationRegisterViewModel(services.organisations(), executor, l10n, editor);
        register.reload();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void savesAndListsAnOrganisation() {
        editor.newOrganisation();
        assertThat(editor.errorProperty("name").get()).isEqualTo("Give the organisation a name.");
        editor.nameProperty().set("Coop Care");
        editor.governanceModelProperty().set(GovernanceModel.DEMOCRATIC_MULTI_STAKEHOLDER);
        assertThat(editor.canSaveProperty().get()).isTrue();
        editor.save();
        assertThat(editor.hasUnsavedChanges()).isFalse();
        assertThat(register.rows()).singleElement().satisfies(row -> {
            assertThat(row.name()).isEqualTo("Coop Care");
            assertThat(row.governanceModel()).isEqualTo(GovernanceModel.DEMOCRATIC_MULTI_STAKEHOLDER);
            assertThat(row.teams()).isZero();
        });
        assertThat(register.summaryProperty().get()).isEqualTo("1 organisations");
    }

    @Test
    void aTakenNameIsShownAtTheNameFieldUntilChanged() {
        editor.newOrganisation();
        editor.nameProperty().set("North");
        editor.save();
        editor.newOrganisation();
        editor.nameProperty().set("NORTH");
        editor.save();
        assertThat(dialogs.errors).containsExactly("Another organisation is already called \"NORTH\".");
        assertThat(editor.errorProperty("name").get()).isEqualTo("Another organisation is already called \"NORTH\".");
        assertThat(editor.canSaveProperty().get()).isFalse();
        editor.nameProperty().set("North 2");
        assertThat(editor.errorProperty("name").get()).isEmpty();
        assertThat(editor.canSaveProperty().get()).isTrue();
    }

    @Test
    void deleteMovesItToTheTrash() {
        editor.newOrganisation();
        editor.nameProperty().set("Gone");
        editor.save();
        editor.delete();
        assertThat(register.rows()).isEmpty();
        assertThat(services.trash().list()).extracting(item -> item.kind().name()).containsExactly("ORGANISATION");
    }
}
