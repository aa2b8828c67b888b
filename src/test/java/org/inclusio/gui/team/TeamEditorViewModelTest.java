package org.inclusio.gui.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.inclusio.app.AppServices;
import org.inclusio.gui.dialog.RecordingDialogService;
import org.inclusio.logic.common.Choice;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.task.CallingThreadTaskExecutor;
import org.inclusio.logic.team.OrganisationDraft;
import org.inclusio.logic.team.TeamDraft;
import org.inclusio.logic.team.TeamQuery;
import org.inclusio.model.Person;
import org.inclusio.model.PersonRole;
import org.inclusio.model.RecruitmentRoute;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The team register and editor as plain objects on a real store, without an FX thread. */
class TeamEditorViewModelTest {

    @TempDir
    Path store;

    private AppServices services;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private TeamEditorViewModel editor;
    private TeamRegisterViewModel register;

    @BeforeEach
    void open() {
        Localization l10n = new Localization(Locale.ENGLISH);
        services = org.inclusio.testing.TestStores.services(store, l10n);
        CallingThreadTaskExecutor executor = new CallingThreadTaskExecutor(dialogs.unexpected::add);
        services.organisations().save(new OrganisationDraft(null, 0, "North region", null, ""));
        person("N-001", PersonRole.PROFESSIONAL, null);
        person("P-001", PersonRole.PATIENT, RecruitmentRoute.OPEN_CALL);
        person("P-002", PersonRole.LEAD_PATIENT, null);
        editor = new TeamEditorViewModel(services.teams(), services.personDirectory(), services.trash(), executor,
                dialogs, l10n);
        register = new TeamRegisterViewModel(services.teams(), services.choices(), executor, l10n, editor);
        register.start();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private void person(String code, PersonRole role, RecruitmentRoute route) {
        Person person = new Person();
        person.setCode(code);
        person.setRole(role);
        person.setRecruitmentRoute(route);
        services.store().database().save(person);
    }

    @Test
    void aNewTeamCarriedIntoANewEditorKeepsItsChoicesAndTheShareAsTyped() {
        editor.newTeam();
        editor.nameProperty().set("Diabetes team");
        editor.organisationProperty().set(editor.organisationChoices().get(0));
        editor.addLayMembers("P-001");
        ShareRow share = editor.addShare();
        share.groupProperty().set(editor.groupChoices().get(0));
        share.percentProperty().set("twelve");
        share.yearProperty().set("2024");
        var carried = editor.unsavedWork().orElseThrow();

        Localization japanese = new Localization(Locale.JAPANESE);
        TeamEditorViewModel other = new TeamEditorViewModel(services.teams(), services.personDirectory(),
                services.trash(), new CallingThreadTaskExecutor(dialogs.unexpected::add), dialogs, japanese);
        other.setChoices(List.copyOf(editor.organisationChoices()), List.copyOf(editor.groupChoices()));
        other.resume(carried);
        assertThat(other.nameProperty().get()).isEqualTo("Diabetes team");
        assertThat(other.organisationProperty().get()).isEqualTo(editor.organisationChoices().get(0));
        assertThat(other.layMembers()).hasSize(1);
        assertThat(other.shares()).singleElement().satisfies(row -> {
            assertThat(row.percentProperty().get()).as("as typed, not yet a number").isEqualTo("twelve");
            assertThat(row.groupProperty().get()).isEqualTo(editor.groupChoices().get(0));
        });
        assertThat(other.dirtyProperty().get()).isTrue();
        assertThat(other.id()).as("still a new team").isNull();
        assertThat(other.headingProperty().get()).isEqualTo(japanese.text("team.heading.new"));
        assertThat(other.canSaveProperty().get()).as("the share's percentage is no number").isFalse();
        other.shares().get(0).percentProperty().set("12,5");
        other.save();
        assertThat(dialogs.unexpected).isEmpty();
        assertThat(services.teams().load(other.id()).orElseThrow().referenceShares()).singleElement()
                .satisfies(s -> assertThat(s.percent()).isEqualTo(12.5));
    }

    @Test
    void aNewTeamWithMembersAndAShareIsSavedAndListed() {
        editor.newTeam();
        assertThat(editor.canSaveProperty().get()).isFalse();
        assertThat(editor.errorProperty("name").get()).isEqualTo("Give the process team a name.");

        editor.nameProperty().set("Diabetes team");
        editor.organisationProperty().set(editor.organisationChoices().get(0));
        editor.addProfessionals("n-001");
        editor.addLayMembers("P-001, P-002");
        ShareRow share = editor.addShare();
        share.groupProperty().set(editor.groupChoices().get(0));
        share.percentProperty().set("12,5");
        share.yearProperty().set("2024");
        assertThat(editor.canSaveProperty().get()).isTrue();
        assertThat(editor.layWarningProperty().get()).isEmpty();

        editor.save();

        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.unexpected).isEmpty();
        assertThat(editor.dirtyProperty().get()).isFalse();
        TeamDraft stored = services.teams().load(editor.id()).orElseThrow();
        assertThat(stored.professionals()).extracting(p -> p.personCode()).containsExactly("N-001");
        assertThat(stored.layMembers()).extracting(p -> p.personCode(), p -> p.recruitmentRoute())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("P-001", RecruitmentRoute.OPEN_CALL),
                        org.assertj.core.groups.Tuple.tuple("P-002", null));
        assertThat(stored.referenceShares()).singleElement().satisfies(s -> {
            assertThat(s.percent()).isEqualTo(12.5);
            assertThat(s.populationYear()).isEqualTo(2024);
        });
        assertThat(register.rows()).singleElement().satisfies(row -> {
            assertThat(row.name()).isEqualTo("Diabetes team");
            assertThat(row.organisationName()).isEqualTo("North region");
            assertThat(row.professionals()).isEqualTo(1);
            assertThat(row.layMembers()).isEqualTo(2);
        });
    }

    @Test
    void peopleInTheWrongListOrUnknownAreRefusedWithAClearMessage() {
        editor.newTeam();
        editor.addProfessionals("P-001 X-999");
        editor.addLayMembers("N-001");

        assertThat(editor.professionals()).isEmpty();
        assertThat(editor.layMembers()).isEmpty();
        assertThat(dialogs.errors).hasSize(2);
        assertThat(dialogs.errors.get(0)).contains("P-001 is recorded as").contains("Add them under Lay members")
                .contains("No person has the code X-999.");
        assertThat(dialogs.errors.get(1))
                .isEqualTo("N-001 is recorded as a professional. Add them under Professionals instead.");
    }

    @Test
    void aLonePatientIsFlaggedAsTokenismAndABadShareBlocksSaving() {
        editor.newTeam();
        editor.nameProperty().set("COPD");
        editor.addProfessionals("N-001");
        editor.addLayMembers("P-001");
        assertThat(editor.layWarningProperty().get()).startsWith("Only 1 lay member(s) sit with the professionals.");

        ShareRow share = editor.addShare();
        share.groupProperty().set(editor.groupChoices().get(0));
        share.percentProperty().set("101");
        share.yearProperty().set("1850");
        assertThat(editor.canSaveProperty().get()).isFalse();
        assertThat(editor.errorProperty("referenceShares").get()).isEqualTo(
                "Reference share 1: enter the share in percent, from 0 to 100 with at most one decimal, e.g. 12.5.\n"
                        + "Reference share 1: enter the population year, from 1900 to "
                        + (java.time.LocalDate.now().getYear() + 1) + ".");
    }

    @Test
    void resetPutsTheFormBackAndAConflictOffersToReload() {
        editor.newTeam();
        editor.nameProperty().set("Asthma");
        editor.save();
        TeamDraft opened = editor.toDraft();
        editor.nameProperty().set("Asthma changed");
        assertThat(editor.hasUnsavedChanges()).isTrue();
        editor.reset();
        assertThat(editor.nameProperty().get()).isEqualTo("Asthma");
        assertThat(editor.hasUnsavedChanges()).isFalse();

        services.teams().save(new TeamDraft(opened.id(), opened.version(), "Asthma elsewhere", null, "", "",
                List.of(), List.of(), List.of()));
        editor.nameProperty().set("Asthma mine");
        editor.save();

        assertThat(editor.nameProperty().get()).isEqualTo("Asthma elsewhere");
        assertThat(editor.hasUnsavedChanges()).isFalse();
    }

    @Test
    void deleteMovesTheTeamToTheTrash() {
        editor.newTeam();
        editor.nameProperty().set("Psychiatry");
        editor.save();
        editor.delete();
        assertThat(editor.editingProperty().get()).isFalse();
        assertThat(services.teams().search(TeamQuery.all()).total()).isZero();
        assertThat(services.trash().list()).extracting(item -> item.label()).containsExactly("Psychiatry");
        assertThat(register.rows()).isEmpty();
    }

    @Test
    void organisationsSavedElsewhereAppearInThePickList() {
        OrganisationEditorViewModel organisationEditor = new OrganisationEditorViewModel(services.organisations(),
                services.trash(), new CallingThreadTaskExecutor(dialogs.unexpected::add), dialogs,
                new Localization(Locale.ENGLISH));
        OrganisationRegisterViewModel organisations = new OrganisationRegisterViewModel(services.organisations(),
                new CallingThreadTaskExecutor(dialogs.unexpected::add), new Localization(Locale.ENGLISH),
                organisationEditor);
        organisations.setOrganisationsChangedListener(register::start);
        organisationEditor.newOrganisation();
        organisationEditor.nameProperty().set("south region");
        organisationEditor.save();
        assertThat(editor.organisationChoices()).extracting(Choice::label)
                .containsExactly("North region", "south region");
        assertThat(organisations.rows()).extracting(row -> row.name()).containsExactly("North region", "south region");
    }
}
