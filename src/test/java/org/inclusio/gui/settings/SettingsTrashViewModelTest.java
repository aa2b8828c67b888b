package org.inclusio.gui.settings;

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
import org.inclusio.logic.activity.ParticipationDraft;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.task.CallingThreadTaskExecutor;
import org.inclusio.logic.trash.TrashItem;
import org.inclusio.logic.trash.TrashKind;
import org.inclusio.model.Level;
import org.inclusio.model.Mode;
import org.inclusio.model.Person;
import org.inclusio.model.PersonRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trash tab as a plain object on a real store. */
class SettingsTrashViewModelTest {

    @TempDir
    Path store;

    private AppServices services;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private TrashViewModel viewModel;
    private UUID personId;
    private UUID activityId;

    @BeforeEach
    void open() {
        Localization l10n = new Localization(Locale.ENGLISH);
        services = org.inclusio.testing.TestStores.services(store, l10n);
        viewModel = new TrashViewModel(services.trash(), new CallingThreadTaskExecutor(dialogs.unexpected::add),
                dialogs, l10n, () -> { });
        Person person = new Person();
        person.setCode("P-0100");
        person.setRole(PersonRole.CITIZEN);
        services.store().database().save(person);
        personId = person.getId();
        LocalDate day = LocalDate.of(2024, 9, 1);
        activityId = services.activities().save(new ActivityDraft(null, 0, "Citizen panel", day, null, 60, 0, "",
                Mode.CO_COMMISSIONING, Level.COLLECTIVE, null, null, "", Set.of(), null, null, null, "", "",
                Set.of(), Set.of(), List.of(ParticipationDraft.newInvitee(personId, "P-0100", day)), List.of())).id();
        services.trash().moveToTrash(TrashKind.PERSON, personId);
        viewModel.load();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void aPersonWithParticipationsIsRefusedWithAClearMessage() {
        viewModel.selectedProperty().set(viewModel.items().get(0));

        viewModel.purge();

        assertThat(dialogs.errors).containsExactly("\"P-0100\" still takes part in one activity. Remove the person"
                + " from those activities (or delete the activities for good) first.");
        assertThat(viewModel.items()).extracting(TrashItem::id).containsExactly(personId);
        assertThat(dialogs.unexpected).isEmpty();
    }

    @Test
    void deletesForGoodOnlyAfterConfirmationAndRestores() {
        services.trash().moveToTrash(TrashKind.ACTIVITY, activityId);
        viewModel.load();
        assertThat(viewModel.items()).hasSize(2);
        TrashItem activity = viewModel.items().stream().filter(i -> i.kind() == TrashKind.ACTIVITY).findFirst()
                .orElseThrow();
        assertThat(activity.label()).isEqualTo("Citizen panel (2024-09-01)");

        dialogs.confirmAnswer = false;
        viewModel.selectedProperty().set(activity);
        viewModel.purge();
        assertThat(viewModel.items()).hasSize(2);

        dialogs.confirmAnswer = true;
        viewModel.purge();
        assertThat(viewModel.items()).extracting(TrashItem::id).containsExactly(personId);
        assertThat(dialogs.notices).containsExactly("\"Citizen panel (2024-09-01)\" was deleted for good.");

        viewModel.selectedProperty().set(viewModel.items().get(0));
        viewModel.restore();
        assertThat(viewModel.items()).isEmpty();
        assertThat(services.personDirectory().find("P-0100", 5)).hasSize(1);
    }
}
