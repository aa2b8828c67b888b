package org.inclusio.gui.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.inclusio.app.AppServices;
import org.inclusio.gui.dialog.RecordingDialogService;
import org.inclusio.logic.activity.ActivityDraft;
import org.inclusio.logic.activity.ActivityQuery;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.task.CallingThreadTaskExecutor;
import org.inclusio.model.AttendanceStatus;
import org.inclusio.model.Mode;
import org.inclusio.model.Person;
import org.inclusio.model.PersonRole;
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
}
