package org.inclusio.gui.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.inclusio.app.AppServices;
import org.inclusio.gui.dialog.RecordingDialogService;
import org.inclusio.logic.activity.ActivityDraft;
import org.inclusio.logic.activity.ActivityQuery;
import org.inclusio.logic.common.Choice;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.task.CallingThreadTaskExecutor;
import org.inclusio.model.AttendanceStatus;
import org.inclusio.model.Mode;
import org.inclusio.model.Person;
import org.inclusio.model.PersonRole;
import org.inclusio.model.ProcessTeam;
import org.inclusio.model.TeamMembership;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The activity editor's state as a plain object over a real store, without an FX thread. */
class ActivityEditorViewModelTest {

    @TempDir
    Path store;

    private AppServices services;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private ActivityEditorViewModel editor;

    @BeforeEach
    void open() {
        Localization l10n = new Localization(Locale.ENGLISH);
        services = org.inclusio.testing.TestStores.services(store, l10n);
        editor = newEditor(l10n);
        for (String code : new String[] {"P-1", "P-2"}) {
            Person person = new Person();
            person.setCode(code);
            person.setRole(PersonRole.PATIENT);
            services.store().database().save(person);
        }
    }

    private ActivityEditorViewModel newEditor(Localization l10n) {
        return new ActivityEditorViewModel(services.activities(), services.personDirectory(), services.trash(),
                new CallingThreadTaskExecutor(dialogs.unexpected::add), dialogs, l10n);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void anonymousParticipantsAreAWholeNumberWithinTheLimitAndAreSaved() {
        editor.newActivity();
        editor.titleProperty().set("Patient survey");
        assertThat(editor.anonymousParticipantsProperty().get()).isEqualTo("0");

        editor.anonymousParticipantsProperty().set("forty");
        assertThat(editor.errorProperty("anonymousParticipants").get()).contains("whole number");
        assertThat(editor.canSaveProperty().get()).isFalse();
        editor.anonymousParticipantsProperty().set("-3");
        assertThat(editor.errorProperty("anonymousParticipants").get()).isNotEmpty();
        editor.anonymousParticipantsProperty().set("100001");
        assertThat(editor.errorProperty("anonymousParticipants").get()).contains("from 0 to 100,000");
        assertThat(editor.canSaveProperty().get()).isFalse();

        editor.anonymousParticipantsProperty().set("40");
        assertThat(editor.errorProperty("anonymousParticipants").get()).isEmpty();
        assertThat(editor.toDraft().anonymousParticipants()).isEqualTo(40);
        editor.save();
        assertThat(dialogs.unexpected).isEmpty();
        assertThat(services.activities().load(editor.id()).orElseThrow().anonymousParticipants()).isEqualTo(40);
    }

    @Test
    void aNewActivityNeedsATitleAndAWholeNumberOfMinutes() {
        editor.newActivity();
        assertThat(editor.errorProperty("title").get()).isEqualTo("Give the activity a title.");
        assertThat(editor.canSaveProperty().get()).isFalse();

        editor.titleProperty().set("Diabetes team meeting");
        editor.durationProperty().set("two hours");
        assertThat(editor.errorProperty("title").get()).isEmpty();
        assertThat(editor.errorProperty("durationMinutes").get()).contains("whole number of minutes");
        assertThat(editor.canSaveProperty().get()).isFalse();

        editor.durationProperty().set("120");
        editor.startTimeProperty().set("25:99");
        assertThat(editor.errorProperty("startTime").get()).contains("13:30");
        editor.startTimeProperty().set("9:30");
        assertThat(editor.validProperty().get()).isTrue();
        assertThat(editor.canSaveProperty().get()).isTrue();
    }

    @Test
    void aCoordinatorReadsAnotherTeamsActivityButCannotSaveIt() {
        UUID own = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        editor.setChoices(List.of(new Choice(own, "Own team"), new Choice(other, "Other team")), List.of(), List.of(),
                List.of());
        editor.setPermissions(new org.inclusio.logic.security.Permissions(new org.inclusio.persistence.StoreAccess(
                org.inclusio.model.AccountRole.COORDINATOR, java.util.Set.of(own), "anna")));

        editor.newActivity();
        editor.titleProperty().set("Planning meeting");
        assertThat(editor.readOnlyProperty().get()).as("a new activity may be started").isFalse();
        editor.teamProperty().set(new Choice(other, "Other team"));
        assertThat(editor.readOnlyProperty().get()).isTrue();
        assertThat(editor.canSaveProperty().get()).isFalse();
        assertThat(editor.shownHeadingProperty().get()).contains("read only");
        editor.teamProperty().set(new Choice(own, "Own team"));
        assertThat(editor.readOnlyProperty().get()).isFalse();
        assertThat(editor.canSaveProperty().get()).isTrue();
        assertThat(editor.shownHeadingProperty().get()).doesNotContain("read only");
    }

    @Test
    void anActivityWhereNobodyCountedWhoSpokeIsStoredSo() {
        editor.newActivity();
        editor.titleProperty().set("Open meeting");
        assertThat(editor.talkCountedProperty().get()).as("counted unless said otherwise").isTrue();
        editor.save();
        assertThat(services.activities().load(editor.id()).orElseThrow().talkCounted()).isTrue();

        editor.talkCountedProperty().set(false);
        assertThat(editor.dirtyProperty().get()).isTrue();
        editor.save();
        assertThat(dialogs.unexpected).isEmpty();
        assertThat(editor.dirtyProperty().get()).isFalse();
        assertThat(services.activities().load(editor.id()).orElseThrow().talkCounted()).isFalse();
        editor.open(editor.id());
        assertThat(editor.talkCountedProperty().get()).isFalse();
    }

    @Test
    void savingMakesTheFormCleanAndResetReturnsToWhatIsStored() {
        editor.newActivity();
        editor.titleProperty().set("Design lab");
        editor.modeProperty().set(Mode.CO_ASSESSMENT);
        editor.addParticipants("p-1, P-2 P-9");
        assertThat(editor.participants()).extracting(ParticipantRow::personCode).containsExactly("P-1", "P-2");
        assertThat(dialogs.errors).singleElement().asString().contains("P-9");

        editor.participants().get(0).addSpeakingTurn();
        editor.participants().get(0).addSpeakingTurn();
        editor.save();
        assertThat(dialogs.unexpected).isEmpty();
        assertThat(editor.dirtyProperty().get()).isFalse();
        assertThat(editor.isNew()).isFalse();
        assertThat(services.activities().search(ActivityQuery.all()).total()).isEqualTo(1);
        ActivityDraft stored = services.activities().load(editor.id()).orElseThrow();
        assertThat(stored.participations().get(0).attendance()).isEqualTo(AttendanceStatus.ATTENDED);
        assertThat(stored.participations().get(0).speakingTurns()).isEqualTo(2);

        editor.titleProperty().set("Changed");
        assertThat(editor.dirtyProperty().get()).isTrue();
        editor.reset();
        assertThat(editor.titleProperty().get()).isEqualTo("Design lab");
        assertThat(editor.dirtyProperty().get()).isFalse();
    }

    @Test
    void unsavedWorkCarriedIntoANewEditorStaysUnsavedAgainstWhatIsStoredAndCanBeSavedThere() {
        assertThat(editor.unsavedWork()).as("nothing open").isEmpty();
        editor.newActivity();
        editor.titleProperty().set("Design lab");
        editor.modeProperty().set(Mode.CO_DESIGN);
        editor.save();
        assertThat(editor.unsavedWork()).as("everything saved").isEmpty();
        UUID id = editor.id();
        Choice team = team("Diabetes team");
        editor.setChoices(List.of(team), List.of(), List.of(), List.of());
        editor.titleProperty().set("Design lab, second round");
        editor.teamProperty().set(team);
        editor.durationProperty().set("ninety");

        var work = editor.unsavedWork().orElseThrow();
        ActivityEditorViewModel swedish = newEditor(new Localization(Locale.forLanguageTag("sv")));
        swedish.setChoices(List.of(team), List.of(), List.of(), List.of());
        swedish.resume(work);

        assertThat(swedish.hasUnsavedChanges()).isTrue();
        assertThat(swedish.id()).isEqualTo(id);
        assertThat(swedish.titleProperty().get()).isEqualTo("Design lab, second round");
        assertThat(swedish.teamProperty().get()).isEqualTo(team);
        assertThat(swedish.durationProperty().get()).as("what was typed, even when not yet valid").isEqualTo("ninety");
        assertThat(swedish.headingProperty().get()).as("the heading names the record as stored").isEqualTo("Design lab");
        assertThat(swedish.errorProperty("durationMinutes").get()).as("messages in the new editor's language")
                .isNotEmpty().isNotEqualTo(editor.errorProperty("durationMinutes").get());
        assertThat(swedish.description()).contains("Design lab, second round");

        swedish.reset();
        assertThat(swedish.titleProperty().get()).as("reset goes back to what is stored").isEqualTo("Design lab");
        assertThat(swedish.hasUnsavedChanges()).isFalse();
        swedish.resume(work);
        swedish.durationProperty().set("90");
        swedish.save();
        assertThat(dialogs.unexpected).isEmpty();
        assertThat(swedish.hasUnsavedChanges()).isFalse();
        assertThat(services.activities().load(id).orElseThrow().title()).isEqualTo("Design lab, second round");
    }

    @Test
    void aNewActivityCarriedOverIsStillNew() {
        editor.newActivity();
        editor.titleProperty().set("Listening café");
        ActivityEditorViewModel other = newEditor(new Localization(Locale.JAPANESE));
        other.resume(editor.unsavedWork().orElseThrow());
        assertThat(other.isNew()).isTrue();
        assertThat(other.hasUnsavedChanges()).isTrue();
        assertThat(other.headingProperty().get()).isEqualTo(new Localization(Locale.JAPANESE)
                .text("activity.heading.new"));
        assertThat(other.titleProperty().get()).isEqualTo("Listening café");
    }

    @Test
    void someoneWhoDidNotAttendCannotHaveSpoken() {
        editor.newActivity();
        editor.titleProperty().set("Meeting");
        editor.addParticipants("P-1");
        ParticipantRow row = editor.participants().get(0);
        row.attendanceProperty().set(AttendanceStatus.NO_SHOW);
        row.speakingTurnsProperty().set(3);
        assertThat(editor.errorProperty("participations").get()).contains("P-1 did not attend");
        assertThat(editor.canSaveProperty().get()).isFalse();
    }

    @Test
    void aSaveOverSomeoneElsesChangeIsRefusedAndTheUserCanReload() {
        editor.newActivity();
        editor.titleProperty().set("Shared meeting");
        editor.save();
        UUID id = editor.id();

        ActivityEditorViewModel otherWindow = newEditor(new Localization(Locale.ENGLISH));
        otherWindow.open(id);
        otherWindow.titleProperty().set("Renamed elsewhere");
        otherWindow.save();

        editor.titleProperty().set("My rename");
        dialogs.confirmAnswer = true;
        editor.save();
        assertThat(dialogs.unexpected).isEmpty();
        assertThat(services.activities().load(id).orElseThrow().title()).isEqualTo("Renamed elsewhere");
        assertThat(editor.titleProperty().get()).isEqualTo("Renamed elsewhere");
        assertThat(editor.dirtyProperty().get()).isFalse();
    }

    @Test
    void aProposalNeedsContentAndADecisionDateOnceDecided() {
        editor.newActivity();
        editor.titleProperty().set("Meeting");
        editor.heldOnProperty().set(LocalDate.of(2026, 1, 10));
        ProposalRow proposal = editor.addProposal();
        assertThat(editor.errorProperty("proposals").get()).contains("write what was proposed");
        proposal.contentProperty().set("Shorter meetings");
        proposal.outcomeProperty().set(org.inclusio.model.ProposalOutcome.ADOPTED);
        assertThat(editor.errorProperty("proposals").get()).contains("give the date");
        proposal.outcomeOnProperty().set(LocalDate.of(2026, 2, 1));
        assertThat(editor.errorProperty("proposals").get()).isEmpty();
    }

    private Person person(String code, PersonRole role) {
        Person person = new Person();
        person.setCode(code);
        person.setRole(role);
        services.store().database().save(person);
        return person;
    }

    private void seat(ProcessTeam team, Person person, LocalDate joined, LocalDate left) {
        TeamMembership seat = new TeamMembership();
        seat.setTeam(team);
        seat.setPerson(person);
        seat.setJoinedOn(joined);
        seat.setLeftOn(left);
        services.store().database().save(seat);
    }

    private Choice team(String name) {
        ProcessTeam team = new ProcessTeam();
        team.setName(name);
        services.store().database().save(team);
        return new Choice(team.getId(), name);
    }

    @Test
    void theTeamsMembersOnTheActivitysDayAreAddedOnceAsInvitedAndCounted() {
        Choice diabetes = team("Diabetes team");
        ProcessTeam stored = services.store().database().find(ProcessTeam.class, diabetes.id());
        LocalDate day = LocalDate.of(2026, 3, 10);
        seat(stored, person("T-NURSE", PersonRole.PROFESSIONAL), LocalDate.of(2025, 1, 1), null);
        seat(stored, person("T-LAY", PersonRole.LEAD_PATIENT), null, null);
        seat(stored, person("T-GONE", PersonRole.PATIENT), LocalDate.of(2025, 1, 1), LocalDate.of(2026, 3, 1));
        seat(stored, person("T-LATER", PersonRole.PATIENT), LocalDate.of(2026, 4, 1), null);
        editor.setChoices(List.of(diabetes), List.of(), List.of(), List.of());

        editor.newActivity();
        editor.titleProperty().set("Team meeting");
        editor.heldOnProperty().set(day);
        assertThat(editor.canAddTeamMembersProperty().get()).as("no team chosen yet").isFalse();
        editor.teamProperty().set(diabetes);
        assertThat(editor.canAddTeamMembersProperty().get()).isTrue();

        editor.addParticipants("T-LAY");
        editor.addTeamMembers();
        assertThat(dialogs.unexpected).isEmpty();
        assertThat(editor.participants()).extracting(ParticipantRow::personCode).containsExactly("T-LAY", "T-NURSE");
        assertThat(editor.participantsStatusProperty().get()).isEqualTo("1 person added");
        ParticipantRow nurse = editor.participants().get(1);
        assertThat(nurse.invitedProperty().get()).isTrue();
        assertThat(nurse.invitedOnProperty().get()).isEqualTo(day);
        assertThat(nurse.attendanceProperty().get()).isNull();
        assertThat(nurse.roleProperty().get().isLay()).isFalse();
        assertThat(editor.participants().get(0).roleProperty().get().isLay()).isTrue();

        editor.addTeamMembers();
        assertThat(editor.participantsStatusProperty().get()).isEqualTo("Everyone in the team is already listed");
        assertThat(editor.participants()).hasSize(2);

        editor.participants().clear();
        editor.heldOnProperty().set(LocalDate.of(2026, 2, 1));
        editor.addTeamMembers();
        assertThat(editor.participants()).extracting(ParticipantRow::personCode)
                .containsExactly("T-GONE", "T-LAY", "T-NURSE");
        assertThat(editor.participantsStatusProperty().get()).isEqualTo("3 people added");

        editor.save();
        assertThat(dialogs.unexpected).isEmpty();
        assertThat(services.activities().load(editor.id()).orElseThrow().participations()).hasSize(3);
        editor.open(editor.id());
        assertThat(editor.participants()).extracting(row -> row.roleProperty().get())
                .containsExactlyInAnyOrder(PersonRole.PATIENT, PersonRole.LEAD_PATIENT, PersonRole.PROFESSIONAL);
    }

    @Test
    void aTeamWithNobodyOnTheDaySaysSo() {
        Choice empty = team("New team");
        editor.setChoices(List.of(empty), List.of(), List.of(), List.of());
        editor.newActivity();
        editor.teamProperty().set(empty);
        editor.addTeamMembers();
        assertThat(editor.participants()).isEmpty();
        assertThat(editor.participantsStatusProperty().get()).isEqualTo("Nobody sits on the team on the activity's day.");
    }

    @Test
    void markAllAttendedLeavesDeclinedAndAbsentPeopleAsRecorded() {
        person("P-3", PersonRole.PROFESSIONAL);
        editor.newActivity();
        editor.titleProperty().set("Meeting");
        editor.addParticipants("P-1 P-2 P-3");
        editor.participants().get(1).attendanceProperty().set(AttendanceStatus.NO_SHOW);
        editor.markAllAttended();
        assertThat(editor.participants()).extracting(row -> row.attendanceProperty().get())
                .containsExactly(AttendanceStatus.ATTENDED, AttendanceStatus.NO_SHOW, AttendanceStatus.ATTENDED);
        assertThat(editor.participantsStatusProperty().get()).isEqualTo(
                "2 people marked as attended; 1 person recorded as declined or not attending was left as recorded");

        editor.markAllAttended();
        assertThat(editor.participantsStatusProperty().get()).isEqualTo(
                "Nobody marked as attended; 1 person recorded as declined or not attending was left as recorded");
        editor.participants().get(1).attendanceProperty().set(null);
        editor.markAllAttended();
        assertThat(editor.participantsStatusProperty().get()).isEqualTo("1 person marked as attended");
        editor.markAllAttended();
        assertThat(editor.participantsStatusProperty().get())
                .isEqualTo("Nobody was left to mark: every attendance is recorded");
        assertThat(editor.participants()).allMatch(row -> row.attendanceProperty().get() == AttendanceStatus.ATTENDED);
    }

    @Test
    void aTurnForSomeoneRecordedAsAbsentIsCountedOnlyWhenTheUserConfirms() {
        editor.newActivity();
        editor.titleProperty().set("Meeting");
        editor.addParticipants("P-1 P-2");
        ParticipantRow absent = editor.participants().get(0);
        absent.attendanceProperty().set(AttendanceStatus.NO_SHOW);

        dialogs.confirmAnswer = false;
        editor.addSpeakingTurn(absent);
        editor.addQuestion(absent);
        assertThat(dialogs.confirmations).hasSize(2);
        assertThat(dialogs.confirmations.get(0)).contains("P-1").contains("Did not attend");
        assertThat(absent.attendanceProperty().get()).isEqualTo(AttendanceStatus.NO_SHOW);
        assertThat(absent.speakingTurnsProperty().get()).isZero();
        assertThat(absent.questionsProperty().get()).isZero();
        assertThat(editor.participantsStatusProperty().get()).contains("Nothing counted").contains("P-1");
        assertThat(editor.errorProperty("participations").get()).isEmpty();

        ParticipantRow unknown = editor.participants().get(1);
        editor.addSpeakingTurn(unknown);
        assertThat(dialogs.confirmations).as("no question for someone not recorded as absent").hasSize(2);
        assertThat(unknown.attendanceProperty().get()).isEqualTo(AttendanceStatus.ATTENDED);
        assertThat(unknown.speakingTurnsProperty().get()).isEqualTo(1);

        dialogs.confirmAnswer = true;
        editor.addSpeakingTurn(absent);
        assertThat(dialogs.confirmations).hasSize(3);
        assertThat(absent.attendanceProperty().get()).isEqualTo(AttendanceStatus.ATTENDED);
        assertThat(absent.speakingTurnsProperty().get()).isEqualTo(1);
        editor.addSpeakingTurn(absent);
        assertThat(dialogs.confirmations).as("asked once: now recorded as attended").hasSize(3);
        assertThat(absent.speakingTurnsProperty().get()).isEqualTo(2);

        ParticipantRow declined = absent;
        declined.attendanceProperty().set(AttendanceStatus.DECLINED);
        declined.speakingTurnsProperty().set(0);
        declined.addSpeakingTurn();
        assertThat(declined.attendanceProperty().get()).as("the row alone never overrides a recorded absence")
                .isEqualTo(AttendanceStatus.DECLINED);
    }
}
