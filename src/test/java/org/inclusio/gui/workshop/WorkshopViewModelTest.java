package org.inclusio.gui.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
import org.inclusio.logic.workshop.WalkInDraft;
import org.inclusio.logic.workshop.WorkshopService;
import org.inclusio.model.AttendanceStatus;
import org.inclusio.model.Person;
import org.inclusio.model.PersonRole;
import org.inclusio.model.ProposalOutcome;
import org.inclusio.testing.SteppedClock;
import org.inclusio.testing.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live workshop's state as a plain object over a real store, without an FX thread. */
class WorkshopViewModelTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 14);

    @TempDir
    Path store;

    private final Localization l10n = new Localization(Locale.ENGLISH);
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final SteppedClock clock = new SteppedClock(Instant.parse("2026-03-14T09:00:00Z"), ZoneOffset.UTC);
    private AppServices services;
    private WorkshopService workshops;
    private WorkshopViewModel live;
    private UUID activity;

    @BeforeEach
    void open() {
        services = TestStores.services(store, l10n);
        workshops = new WorkshopService(services.store().database(), l10n, clock, services.activities(),
                services.people(), services.personDirectory());
        List<ParticipationDraft> invited = new java.util.ArrayList<>();
        String[][] people = {{"P-0001", "PATIENT"}, {"P-0002", "RELATIVE"}, {"P-0003", "PATIENT"},
            {"S-0001", "PROFESSIONAL"}};
        for (String[] person : people) {
            Person stored = new Person();
            stored.setCode(person[0]);
            stored.setRole(PersonRole.valueOf(person[1]));
            services.store().database().save(stored);
            invited.add(ParticipationDraft.newInvitee(stored.getId(), person[0], DAY));
        }
        ActivityDraft blank = ActivityDraft.blank(DAY);
        activity = services.activities().save(new ActivityDraft(null, 0, "Foot care workshop", DAY, null, 120, 0, "",
                blank.mode(), blank.level(), null, null, "", Set.of(), null, null, null, "", "", Set.of(), Set.of(),
                invited, List.of())).id();
        live = newViewModel();
        live.open(activity);
        assertThat(dialogs.unexpected).isEmpty();
    }

    private WorkshopViewModel newViewModel() {
        return new WorkshopViewModel(workshops, services.choices(),
                new CallingThreadTaskExecutor(dialogs.unexpected::add), dialogs, l10n);
    }

    @AfterEach
    void close() {
        services.close();
    }

    private WorkshopRow row(String code) {
        return live.people().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void checkInTallyAndUndoAreStoredAtOnce() {
        assertThat(live.phaseProperty().get()).isEqualTo(WorkshopViewModel.Phase.TALLY);
        assertThat(live.listed()).extracting(WorkshopRow::code)
                .containsExactly("P-0001", "P-0002", "P-0003", "S-0001");
        assertThat(live.present()).isEmpty();

        live.checkIn(row("P-0001"));
        live.checkIn(row("S-0001"));
        assertThat(live.present()).extracting(WorkshopRow::code).containsExactly("P-0001", "S-0001");
        assertThat(live.statusProperty().get()).isEqualTo("S-0001 checked in. 2 people are here.");

        assertThat(live.selectPresent(2)).isTrue();
        live.tallySelected(WorkshopViewModel.Tally.TURN);
        live.tallySelected(WorkshopViewModel.Tally.TURN);
        assertThat(live.selectPresent(3)).isFalse();
        assertThat(live.statusProperty().get()).isEqualTo("Nobody is in place 3 among the people here.");
        live.selectPresent(1);
        live.tallySelected(WorkshopViewModel.Tally.QUESTION);
        assertThat(live.propose("Evening clinic once a month")).isTrue();
        assertThat(row("S-0001").speakingTurnsProperty().get()).isEqualTo(2);
        assertThat(stored("S-0001").speakingTurns()).isEqualTo(2);
        assertThat(stored("P-0001").questions()).isEqualTo(1);
        assertThat(services.activities().load(activity).orElseThrow().proposals()).hasSize(1);

        live.undo();
        assertThat(live.statusProperty().get()).isEqualTo("Taken back: proposal by P-0001.");
        assertThat(services.activities().load(activity).orElseThrow().proposals()).isEmpty();
        assertThat(row("P-0001").proposalsProperty().get()).isZero();
        live.undo();
        assertThat(stored("P-0001").questions()).isZero();
        live.undo();
        assertThat(stored("S-0001").speakingTurns()).isEqualTo(1);
        assertThat(row("S-0001").speakingTurnsProperty().get()).isEqualTo(1);

        live.searchProperty().set("s-0");
        assertThat(live.present()).extracting(WorkshopRow::code).containsExactly("S-0001");
        assertThat(live.onlyMatch()).isPresent();
        live.searchProperty().set("");

        // an empty proposal is refused with a message, and nothing is stored
        live.selectPresent(1);
        assertThat(live.propose("   ")).isFalse();
        assertThat(dialogs.errors).hasSize(1);
        assertThat(services.activities().load(activity).orElseThrow().proposals()).isEmpty();
    }

    @Test
    void aTurnForSomeoneNotCheckedInAsksFirst() {
        WorkshopService direct = workshops;
        direct.setAttendance(activity, row("P-0002").personId(), AttendanceStatus.NO_SHOW);
        live = newViewModel();
        live.open(activity);

        dialogs.confirmAnswer = false;
        live.tally(row("P-0002"), WorkshopViewModel.Tally.TURN);
        assertThat(dialogs.confirmations).hasSize(1);
        assertThat(live.statusProperty().get()).isEqualTo("Nothing counted: P-0002 stays \"Did not attend\".");
        assertThat(stored("P-0002").speakingTurns()).isZero();
        assertThat(stored("P-0002").attendance()).isEqualTo(AttendanceStatus.NO_SHOW);

        dialogs.confirmAnswer = true;
        live.tally(row("P-0002"), WorkshopViewModel.Tally.TURN);
        assertThat(stored("P-0002").speakingTurns()).isEqualTo(1);
        assertThat(stored("P-0002").attendance()).isEqualTo(AttendanceStatus.ATTENDED);
        assertThat(live.present()).extracting(WorkshopRow::code).containsExactly("P-0002");

        // undoing the turn also takes back the check-in it needed
        live.undo();
        assertThat(stored("P-0002").speakingTurns()).isZero();
        assertThat(stored("P-0002").attendance()).isEqualTo(AttendanceStatus.NO_SHOW);
        assertThat(live.present()).isEmpty();
    }

    @Test
    void theTimerCountsRunTimeWithoutBreaksAndResumesAfterReopening() {
        live.tick();
        assertThat(live.timerTextProperty().get()).isEqualTo("Timer not started");
        live.startTimer();
        clock.advance(Duration.ofMinutes(40));
        live.tick();
        assertThat(live.timerTextProperty().get()).isEqualTo("Running 0:40:00 (no break yet)");
        live.pauseTimer();
        clock.advance(Duration.ofMinutes(15));
        live.tick();
        assertThat(live.timerTextProperty().get()).isEqualTo("Break: 15 min 00 s (ran 0:40:00)");
        assertThat(services.activities().load(activity).orElseThrow().durationMinutes()).isEqualTo(40);
        live.startTimer();
        clock.advance(Duration.ofMinutes(30));

        WorkshopViewModel reopened = newViewModel();
        reopened.open(activity);
        reopened.tick();
        assertThat(reopened.timerTextProperty().get()).isEqualTo("Running 1:10:00 (1 break)");
        assertThat(reopened.runningProperty().get()).isTrue();
    }

    @Test
    void walkInsRatingsAndClosing() {
        assertThat(live.suggestCode()).matches("P-[A-Z0-9]{6}");
        String code = "W-0001";
        assertThat(live.addWalkIn(new WalkInDraft(code, PersonRole.CITIZEN, Set.of(), null))).isTrue();
        assertThat(live.present()).extracting(WorkshopRow::code).containsExactly(code);
        // a taken code is refused with the People area's message, and the walk-in is not added
        assertThat(live.addWalkIn(new WalkInDraft("P-0001", PersonRole.CITIZEN, Set.of(), null))).isFalse();
        assertThat(dialogs.errors).hasSize(1);
        UUID group = services.choices().groups().get(0).id();
        assertThat(live.addWalkIn(new WalkInDraft("P-NEW1", PersonRole.PATIENT, Set.of(group), null)))
                .as("groups without consent").isFalse();
        assertThat(live.addWalkIn(new WalkInDraft("P-NEW1", PersonRole.PATIENT, Set.of(group),
                org.inclusio.model.ConsentScope.EQUALITY_MONITORING))).isTrue();
        live.checkIn(row("P-0001"));
        live.selectPresent(1);
        live.propose("Interpreter at every visit");

        live.endCounting();
        assertThat(live.phaseProperty().get()).isEqualTo(WorkshopViewModel.Phase.RATINGS);
        assertThat(live.raterProperty().get().code()).isEqualTo("P-0001");
        live.heardProperty().set(4);
        live.expressProperty().set(5);
        live.submitRating();
        assertThat(live.heardProperty().get()).as("the next person does not see the answers").isNull();
        assertThat(live.raterProperty().get().code()).isEqualTo("P-NEW1");
        live.skipRater();
        assertThat(live.raterProperty().get().code()).isEqualTo(code);
        live.heardProperty().set(2);
        live.submitRating();
        assertThat(live.raterProperty().get()).isNull();
        assertThat(live.statusProperty().get()).isEqualTo(l10n.text("workshop.ratings.done"));

        live.reviewProposals();
        assertThat(live.phaseProperty().get()).isEqualTo(WorkshopViewModel.Phase.REVIEW);
        ProposalItem proposal = live.proposals().get(0);
        live.review(proposal, "Interpreter at every visit, on request", ProposalOutcome.PENDING);
        live.close();
        assertThat(live.phaseProperty().get()).isEqualTo(WorkshopViewModel.Phase.CLOSED);

        ActivityDraft stored = services.activities().load(activity).orElseThrow();
        assertThat(stored.proposals()).singleElement().satisfies(p -> {
            assertThat(p.content()).isEqualTo("Interpreter at every visit, on request");
            assertThat(p.outcome()).isEqualTo(ProposalOutcome.PENDING);
        });
        assertThat(stored("P-0001").heardRating()).isEqualTo(4);
        assertThat(stored("P-0001").expressRating()).isEqualTo(5);
        assertThat(stored(code).heardRating()).isEqualTo(2);
        assertThat(stored(code).expressRating()).isNull();
        assertThat(stored("P-NEW1").heardRating()).isNull();
        assertThat(workshops.isRunning(activity)).isFalse();
        assertThat(dialogs.unexpected).isEmpty();
    }

    private ParticipationDraft stored(String code) {
        return services.activities().load(activity).orElseThrow().participations().stream()
                .filter(p -> p.personCode().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void packForTheOfficeWritesTheWorkshopEncryptedAndTellsWhatItHolds() throws Exception {
        WorkshopPacking packing = new WorkshopPacking(services.interchangeExporter(),
                new org.inclusio.logic.exchange.TempFiles(store), new CallingThreadTaskExecutor(dialogs.unexpected::add),
                dialogs, l10n);
        WorkshopViewModel packable = new WorkshopViewModel(workshops, services.choices(),
                new CallingThreadTaskExecutor(dialogs.unexpected::add), dialogs, l10n, packing);
        assertThat(packable.canPackProperty().get()).isFalse();
        packable.open(activity);
        assertThat(packable.canPackProperty().get()).isTrue();
        WorkshopRow here = packable.people().stream().filter(r -> r.code().equals("P-0001")).findFirst().orElseThrow();
        packable.checkIn(here);
        packable.tally(here, WorkshopViewModel.Tally.TURN);

        Path file = store.resolve("workshop.inclusio");
        dialogs.fileAnswer = file;
        dialogs.passphraseAnswer = "short";
        packable.pack();
        assertThat(dialogs.passphraseProblems).hasSize(1);
        assertThat(file).doesNotExist();

        dialogs.passphraseAnswer = "a long passphrase for the office";
        packable.pack();

        assertThat(dialogs.unexpected).isEmpty();
        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.saveSuggestions).last().isEqualTo("workshop-2026-03-14.inclusio|inclusio");
        assertThat(org.inclusio.logic.exchange.EncryptedContainer.isEncrypted(file)).isTrue();
        assertThat(dialogs.notices).last().asString().startsWith("Packed into " + file.getFileName() + ", encrypted: "
                + "4 participations of 4 people.");
        assertThat(new org.inclusio.logic.exchange.ExchangeLog(services.store().database()).entries())
                .singleElement().satisfies(entry -> assertThat(entry.selection()).isEqualTo("ACTIVITY " + activity));
    }

    @Test
    void withoutPackingTheWindowOffersNone() {
        assertThat(live.canPackProperty().get()).isFalse();
        live.pack();
        assertThat(dialogs.saveSuggestions).isEmpty();
    }

    @Test
    void closeAndPackClosesTheWorkshopThenWritesItForTheOffice() throws Exception {
        WorkshopPacking packing = new WorkshopPacking(services.interchangeExporter(),
                new org.inclusio.logic.exchange.TempFiles(store), new CallingThreadTaskExecutor(dialogs.unexpected::add),
                dialogs, l10n);
        WorkshopViewModel packable = new WorkshopViewModel(workshops, services.choices(),
                new CallingThreadTaskExecutor(dialogs.unexpected::add), dialogs, l10n, packing);
        java.util.concurrent.atomic.AtomicInteger windowClosed = new java.util.concurrent.atomic.AtomicInteger();
        packable.setOnClosed(windowClosed::incrementAndGet);
        packable.open(activity);
        packable.endCounting();
        packable.reviewProposals();
        Path file = store.resolve("closed-workshop.inclusio");
        dialogs.fileAnswer = file;
        dialogs.passphraseAnswer = "a long passphrase for the office";

        packable.closeAndPack();

        assertThat(packable.phaseProperty().get()).isEqualTo(WorkshopViewModel.Phase.CLOSED);
        assertThat(windowClosed.get()).isEqualTo(1);
        assertThat(workshops.isRunning(activity)).isFalse();
        assertThat(dialogs.errors).isEmpty();
        assertThat(org.inclusio.logic.exchange.EncryptedContainer.isEncrypted(file)).isTrue();
        assertThat(dialogs.notices).last().asString().startsWith("Packed into closed-workshop.inclusio");
    }
}
