package org.inclusio.gui.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.inclusio.app.AppServices;
import org.inclusio.gui.dialog.RecordingDialogService;
import org.inclusio.logic.activity.ParticipationDraft;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.person.PersonDirectory;
import org.inclusio.logic.person.PersonHit;
import org.inclusio.logic.task.BackgroundTask;
import org.inclusio.logic.task.CallingThreadTaskExecutor;
import org.inclusio.logic.task.TaskExecutor;
import org.inclusio.model.Person;
import org.inclusio.model.PersonRole;
import org.inclusio.model.ProcessTeam;
import org.inclusio.model.TeamMembership;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The participant picker of the activity editor as a plain object over a real store: the search
 * runs in the store by code, role and team, Down, Up, Enter and Escape do what the keys say, and a
 * late answer to earlier text never replaces the answer to the text as it stands.
 */
class ParticipantPickerTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);

    @TempDir
    Path store;

    private AppServices services;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final Localization l10n = new Localization(Locale.ENGLISH);

    @BeforeEach
    void open() {
        services = org.inclusio.testing.TestStores.services(store, l10n);
        ProcessTeam heart = team("Heart failure team");
        ProcessTeam lungs = team("COPD team");
        seat(heart, person("H-001", PersonRole.PATIENT), null, null);
        seat(heart, person("H-002", PersonRole.PROFESSIONAL), null, null);
        seat(heart, person("H-003", PersonRole.RELATIVE), null, DAY.minusDays(1));
        seat(lungs, person("L-001", PersonRole.PATIENT), null, null);
        seat(lungs, person("L-002", PersonRole.PROFESSIONAL), null, null);
        person("X_1", PersonRole.CITIZEN);
        person("AX-1", PersonRole.CITIZEN);
        person("X-1", PersonRole.CITIZEN);
        Person gone = person("H-009", PersonRole.PATIENT);
        gone.setDeleted(true);
        services.store().database().save(gone);
    }

    @AfterEach
    void close() {
        services.close();
    }

    private ActivityEditorViewModel editor(TaskExecutor executor) {
        ActivityEditorViewModel editor = new ActivityEditorViewModel(services.activities(), services.personDirectory(),
                services.trash(), executor, dialogs, l10n);
        editor.newActivity();
        editor.titleProperty().set("Heart failure workshop");
        editor.heldOnProperty().set(DAY);
        return editor;
    }

    private ActivityEditorViewModel editor() {
        return editor(new CallingThreadTaskExecutor(dialogs.unexpected::add));
    }

    private List<String> codes(ParticipantPicker picker) {
        return picker.hits().stream().map(PersonHit::code).toList();
    }

    @Test
    void findsPeopleByCodeRoleAndTeamOnTheActivitysDay() {
        ParticipantPicker picker = editor().picker();
        picker.textProperty().set("h-00");
        assertThat(codes(picker)).as("deleted people are not offered").containsExactly("H-001", "H-002", "H-003");
        picker.textProperty().set("heart");
        assertThat(codes(picker)).as("H-003 left the team the day before").containsExactly("H-001", "H-002");
        picker.textProperty().set("professional");
        assertThat(codes(picker)).containsExactly("H-002", "L-002");
        picker.textProperty().set("staff");
        assertThat(codes(picker)).containsExactly("H-002", "L-002");
        picker.textProperty().set("patient copd");
        assertThat(codes(picker)).containsExactly("L-001");
        assertThat(picker.hits().get(0).teams()).containsExactly("COPD team");
        picker.textProperty().set("x-1");
        assertThat(codes(picker)).as("the whole code first").containsExactly("X-1", "AX-1");
        picker.textProperty().set("x_1");
        assertThat(codes(picker)).as("_ taken as a character").containsExactly("X_1");
        picker.textProperty().set("%");
        assertThat(codes(picker)).isEmpty();
        assertThat(picker.showingProperty().get()).isTrue();
        assertThat(picker.spokenProperty().get()).isEqualTo(l10n.text("activity.picker.nobody"));
        picker.textProperty().set("  ");
        assertThat(picker.showingProperty().get()).isFalse();
        assertThat(dialogs.unexpected).isEmpty();
    }

    @Test
    void theSearchStopsAtItsLimit() {
        IntStream.rangeClosed(1, PersonDirectory.SEARCH_LIMIT + 5).forEach(i -> person(String.format("M-%03d", i),
                PersonRole.CITIZEN));
        ParticipantPicker picker = editor().picker();
        picker.textProperty().set("m-");
        assertThat(picker.hits()).hasSize(PersonDirectory.SEARCH_LIMIT);
        assertThat(picker.hits().get(0).code()).isEqualTo("M-001");
    }

    @Test
    void downUpEnterAndEscapeChooseAndAddOnePersonAsInvited() {
        ActivityEditorViewModel editor = editor();
        ParticipantPicker picker = editor.picker();
        picker.textProperty().set("heart");
        assertThat(picker.selectedProperty().get()).isZero();
        picker.previous();
        assertThat(picker.selectedProperty().get()).as("Up stops at the first").isZero();
        picker.next();
        picker.next();
        assertThat(picker.selectedProperty().get()).as("Down stops at the last").isEqualTo(1);
        assertThat(picker.spokenProperty().get()).isEqualTo(
                "H-002 \u00b7 Professional \u00b7 Staff \u00b7 Heart failure team; 2 of 2");
        editor.enterInPicker();
        assertThat(editor.participants()).extracting(ParticipantRow::personCode).containsExactly("H-002");
        ParticipantRow added = editor.participants().get(0);
        assertThat(added.invitedProperty().get()).isTrue();
        assertThat(added.invitedOnProperty().get()).isEqualTo(DAY);
        assertThat(added.roleProperty().get()).isEqualTo(PersonRole.PROFESSIONAL);
        assertThat(editor.participantsStatusProperty().get()).isEqualTo("H-002 added as invited.");
        assertThat(picker.textProperty().get()).isEmpty();
        assertThat(picker.showingProperty().get()).isFalse();

        picker.textProperty().set("h-002");
        assertThat(picker.describe(picker.hits().get(0))).endsWith("(already listed)");
        editor.enterInPicker();
        assertThat(editor.participants()).hasSize(1);
        assertThat(editor.participantsStatusProperty().get()).isEqualTo("H-002 is already listed.");
        assertThat(picker.textProperty().get()).as("the text stays to choose another").isEqualTo("h-002");

        assertThat(picker.close()).isTrue();
        assertThat(picker.close()).as("a second Escape is left to the window").isFalse();
        picker.next();
        assertThat(picker.showingProperty().get()).as("Down shows the people found again").isTrue();
        assertThat(dialogs.unexpected).isEmpty();
    }

    @Test
    void enterBeforeTheAnswerArrivesAddsTheTypedCodesAndTheLateAnswerIsDropped() {
        HeldExecutor held = new HeldExecutor();
        ActivityEditorViewModel editor = editor(held);
        ParticipantPicker picker = editor.picker();
        picker.textProperty().set("L");
        picker.textProperty().set("L-001");
        editor.enterInPicker();
        held.runAll();
        assertThat(editor.participants()).extracting(ParticipantRow::personCode).containsExactly("L-001");
        assertThat(picker.showingProperty().get()).as("no answer shown for text that is gone").isFalse();
        assertThat(picker.hits()).isEmpty();

        picker.textProperty().set("H");
        picker.textProperty().set("H-001");
        held.runLast();
        held.runAll();
        assertThat(codes(picker)).as("the answer to 'H' came late and was dropped").containsExactly("H-001");
        editor.enterInPicker();
        assertThat(editor.participants()).extracting(ParticipantRow::personCode).containsExactly("L-001", "H-001");

        picker.textProperty().set("L-001 L-00");
        held.runAll();
        assertThat(codes(picker)).as("one person holds both words").containsExactly("L-001");
        editor.enterInPicker();
        held.runAll();
        assertThat(dialogs.errors).as("typed codes are read as codes").anyMatch(error -> error.contains("the code L-00."));
        dialogs.errors.clear();

        picker.textProperty().set("H-002 L-002 NOBODY");
        editor.enterInPicker();
        held.runAll();
        assertThat(editor.participants()).extracting(ParticipantRow::personCode)
                .containsExactly("L-001", "H-001", "H-002", "L-002");
        assertThat(dialogs.errors).anyMatch(error -> error.contains("NOBODY"));
    }

    @Test
    void thePickedPeopleAreSavedAsParticipants() {
        ActivityEditorViewModel editor = editor();
        editor.picker().textProperty().set("copd patient");
        editor.enterInPicker();
        assertThat(editor.participants()).as("several words typed straight are read as codes").isEmpty();
        assertThat(dialogs.errors).anyMatch(error -> error.contains("copd, patient"));
        editor.picker().textProperty().set("copd patient");
        editor.picker().next();
        editor.enterInPicker();
        editor.picker().textProperty().set("H-001");
        editor.enterInPicker();
        editor.save();
        assertThat(dialogs.unexpected).isEmpty();
        assertThat(services.activities().load(editor.id()).orElseThrow().participations())
                .extracting(ParticipationDraft::personCode).containsExactlyInAnyOrder("L-001", "H-001");
    }

    private Person person(String code, PersonRole role) {
        Person person = new Person();
        person.setCode(code);
        person.setRole(role);
        services.store().database().save(person);
        return person;
    }

    private ProcessTeam team(String name) {
        ProcessTeam team = new ProcessTeam();
        team.setName(name);
        services.store().database().save(team);
        return team;
    }

    private void seat(ProcessTeam team, Person person, LocalDate joined, LocalDate left) {
        TeamMembership seat = new TeamMembership();
        seat.setTeam(team);
        seat.setPerson(person);
        seat.setJoinedOn(joined);
        seat.setLeftOn(left);
        services.store().database().save(seat);
    }

    /** Holds tasks until the test runs them, in any order, as a worker thread might finish them. */
    private static final class HeldExecutor implements TaskExecutor {

        private final Deque<BackgroundTask<?>> tasks = new ArrayDeque<>();

        @Override
        public <V> void execute(BackgroundTask<V> task) {
            tasks.add(task);
        }

        void runAll() {
            while (!tasks.isEmpty()) {
                run(tasks.pollFirst());
            }
        }

        void runLast() {
            run(tasks.pollLast());
        }

        private <V> void run(BackgroundTask<V> task) {
            try {
                task.successHandler().accept(task.run());
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
    }
}
