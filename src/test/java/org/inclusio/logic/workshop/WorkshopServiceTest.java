package org.inclusio.logic.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ebean.Database;
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
import org.inclusio.logic.activity.ActivityDraft;
import org.inclusio.logic.activity.ParticipationDraft;
import org.inclusio.logic.edit.EditConflictException;
import org.inclusio.logic.edit.ValidationException;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.model.AttendanceStatus;
import org.inclusio.model.ConsentScope;
import org.inclusio.model.DisadvantagedGroup;
import org.inclusio.model.Person;
import org.inclusio.model.PersonRole;
import org.inclusio.model.ProcessTeam;
import org.inclusio.model.ProposalOutcome;
import org.inclusio.model.TeamMembership;
import org.inclusio.model.WorkshopStage;
import org.inclusio.testing.SteppedClock;
import org.inclusio.testing.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A live workshop written tap by tap: what was done survives the store being closed without a save. */
class WorkshopServiceTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 14);

    @TempDir
    Path store;

    private final Localization l10n = new Localization(Locale.ENGLISH);
    private final SteppedClock clock = new SteppedClock(Instant.parse("2026-03-14T13:30:00Z"), ZoneOffset.UTC);

    private WorkshopService workshops(AppServices services) {
        return new WorkshopService(services.store().database(), l10n, clock, services.activities(), services.people(),
                services.personDirectory());
    }

    private UUID person(Database db, String code, PersonRole role) {
        Person person = new Person();
        person.setCode(code);
        person.setRole(role);
        db.save(person);
        return person.getId();
    }

    @Test
    void everyTapSurvivesTheStoreClosingWithoutASaveAndTheSessionResumes() {
        UUID activity;
        UUID lay;
        UUID staff;
        UUID walkIn;
        long versionBefore;
        try (AppServices services = TestStores.services(store, l10n)) {
            Database db = services.store().database();
            lay = person(db, "P-0001", PersonRole.PATIENT);
            staff = person(db, "S-0001", PersonRole.PROFESSIONAL);
            UUID absent = person(db, "P-0002", PersonRole.RELATIVE);
            ProcessTeam team = new ProcessTeam();
            team.setName("Diabetes");
            db.save(team);
            for (UUID member : List.of(lay, staff, absent)) {
                TeamMembership membership = new TeamMembership();
                membership.setTeam(team);
                membership.setPerson(db.reference(Person.class, member));
                db.save(membership);
            }
            DisadvantagedGroup group = db.find(DisadvantagedGroup.class).setMaxRows(1).findOne();
            WorkshopService workshops = workshops(services);

            WorkshopSnapshot opened = workshops.newWorkshop(team.getId(), "Foot care workshop");
            activity = opened.activityId();
            assertThat(opened.people()).extracting(WorkshopPerson::code).containsExactly("P-0001", "P-0002", "S-0001");
            assertThat(opened.people()).allMatch(p -> p.invited() && p.attendance() == null);
            versionBefore = services.activities().load(activity).orElseThrow().version();

            workshops.startTimer(activity);
            assertThat(workshops.checkIn(activity, lay)).isNull();
            workshops.checkIn(activity, staff);
            workshops.addSpeakingTurns(activity, lay, 1);
            workshops.addSpeakingTurns(activity, lay, 1);
            workshops.addSpeakingTurns(activity, staff, 1);
            workshops.addQuestions(activity, lay, 1);
            workshops.addProposal(activity, lay, "Evening clinic once a month");
            clock.advance(Duration.ofMinutes(50));
            workshops.pauseTimer(activity);
            clock.advance(Duration.ofMinutes(10));
            workshops.startTimer(activity);
            clock.advance(Duration.ofMinutes(25));
            String code = workshops.newCode();
            assertThat(code).matches("P-[A-Z0-9]{6}");
            walkIn = workshops.addWalkIn(activity, new WalkInDraft(code, PersonRole.CITIZEN, Set.of(group.getId()),
                    ConsentScope.EQUALITY_MONITORING)).personId();
            workshops.addSpeakingTurns(activity, walkIn, 1);
            // the store is closed without anything else: no save of the activity
        }
        try (AppServices services = TestStores.services(store, l10n)) {
            WorkshopService workshops = workshops(services);
            assertThat(workshops.isRunning(activity)).isTrue();
            WorkshopSnapshot resumed = workshops.open(activity);
            assertThat(resumed.stage()).isEqualTo(WorkshopStage.TALLY);
            assertThat(resumed.timer().running()).isTrue();
            assertThat(resumed.timer().breakCount()).isEqualTo(1);
            assertThat(resumed.timer().breakSeconds(clock.instant())).isEqualTo(600);
            assertThat(resumed.timer().runSeconds(clock.instant())).isEqualTo(75 * 60);
            assertThat(resumed.people()).hasSize(4);
            WorkshopPerson layPerson = find(resumed, lay);
            assertThat(layPerson.present()).isTrue();
            assertThat(layPerson.speakingTurns()).isEqualTo(2);
            assertThat(layPerson.questions()).isEqualTo(1);
            assertThat(find(resumed, staff).speakingTurns()).isEqualTo(1);
            assertThat(find(resumed, walkIn).invited()).isFalse();
            assertThat(find(resumed, walkIn).speakingTurns()).isEqualTo(1);
            assertThat(resumed.proposals()).extracting(WorkshopProposal::content)
                    .containsExactly("Evening clinic once a month");
            assertThat(services.people().load(walkIn).orElseThrow().groups()).hasSize(1);
            ActivityDraft stored = services.activities().load(activity).orElseThrow();
            assertThat(stored.version()).as("every tap moves the version on").isGreaterThan(versionBefore + 8);
            assertThat(stored.durationMinutes()).as("recorded at the break").isEqualTo(50);
            assertThat(stored.startTime()).hasToString("13:30");
        }
    }

    @Test
    void closingRecordsRatingsAndDurationAndLeavesAnOrdinaryRecord() {
        try (AppServices services = TestStores.services(store, l10n)) {
            Database db = services.store().database();
            UUID lay = person(db, "P-0001", PersonRole.PATIENT);
            UUID absent = person(db, "P-0002", PersonRole.PATIENT);
            ActivityDraft draft = ActivityDraft.blank(DAY);
            ActivityDraft saved = services.activities().save(new ActivityDraft(null, 0, "Open meeting", DAY, null, 90,
                    0, "", draft.mode(), draft.level(), null, null, "", Set.of(), null, null, null, "", "", Set.of(),
                    Set.of(), List.of(ParticipationDraft.newInvitee(lay, "P-0001", DAY),
                            ParticipationDraft.newInvitee(absent, "P-0002", DAY)), List.of()));
            WorkshopService workshops = workshops(services);
            UUID activity = saved.id();
            workshops.open(activity);
            workshops.startTimer(activity);
            workshops.checkIn(activity, lay);
            WorkshopProposal proposal = workshops.addProposal(activity, lay, "Interpreter at every visit");
            assertThatThrownBy(() -> workshops.addProposal(activity, lay, "  "))
                    .isInstanceOf(ValidationException.class);
            clock.advance(Duration.ofMinutes(95));
            workshops.beginRatings(activity);
            assertThatThrownBy(() -> workshops.rate(activity, lay, 6, 3)).isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> workshops.rate(activity, absent, 4, 3)).isInstanceOf(ValidationException.class);
            workshops.rate(activity, lay, 4, 5);
            workshops.reviewProposal(activity, proposal.id(), "Interpreter at every visit", ProposalOutcome.PENDING);
            workshops.close(activity);

            ActivityDraft stored = services.activities().load(activity).orElseThrow();
            assertThat(stored.durationMinutes()).isEqualTo(95);
            ParticipationDraft rated = stored.participations().get(0);
            assertThat(rated.heardRating()).isEqualTo(4);
            assertThat(rated.expressRating()).isEqualTo(5);
            assertThat(stored.proposals()).singleElement().satisfies(p -> {
                assertThat(p.outcome()).isEqualTo(ProposalOutcome.PENDING);
                assertThat(p.proposerCode()).isEqualTo("P-0001");
            });
            assertThat(workshops.isRunning(activity)).isFalse();
            // the record saves in the ordinary editor as any other
            assertThat(services.activities().save(stored).version()).isGreaterThan(stored.version());
        }
    }

    @Test
    void anEditorHoldingAnOlderCopyIsRefusedAfterATap() {
        try (AppServices services = TestStores.services(store, l10n)) {
            UUID lay = person(services.store().database(), "P-0001", PersonRole.PATIENT);
            ActivityDraft saved = services.activities().save(new ActivityDraft(null, 0, "Meeting", DAY, null, 60, 0,
                    "", ActivityDraft.blank(DAY).mode(), ActivityDraft.blank(DAY).level(), null, null, "", Set.of(),
                    null, null, null, "", "", Set.of(), Set.of(), List.of(ParticipationDraft.newInvitee(lay, "P-0001",
                    DAY)), List.of()));
            WorkshopService workshops = workshops(services);
            workshops.open(saved.id());
            workshops.checkIn(saved.id(), lay);
            assertThatThrownBy(() -> services.activities().save(saved)).isInstanceOf(EditConflictException.class);
        }
    }

    @Test
    void anActivityRunLiveCanBeEmptiedFromTheTrash() {
        try (AppServices services = TestStores.services(store, l10n)) {
            UUID lay = person(services.store().database(), "P-0001", PersonRole.PATIENT);
            ActivityDraft saved = services.activities().save(new ActivityDraft(null, 0, "Meeting", DAY, null, 60, 0,
                    "", ActivityDraft.blank(DAY).mode(), ActivityDraft.blank(DAY).level(), null, null, "", Set.of(),
                    null, null, null, "", "", Set.of(), Set.of(), List.of(ParticipationDraft.newInvitee(lay, "P-0001",
                    DAY)), List.of()));
            WorkshopService workshops = workshops(services);
            workshops.open(saved.id());
            workshops.checkIn(saved.id(), lay);
            services.trash().moveToTrash(org.inclusio.logic.trash.TrashKind.ACTIVITY, saved.id());
            assertThat(workshops.snapshot(saved.id())).isEmpty();
            assertThatThrownBy(() -> workshops.checkIn(saved.id(), lay)).isInstanceOf(EditConflictException.class);
            services.trash().purge(org.inclusio.logic.trash.TrashKind.ACTIVITY, saved.id());
            assertThat(services.store().database().sqlQuery("select count(*) from workshop_session")
                    .mapToScalar(Long.class).findOne()).isZero();
        }
    }

    private static WorkshopPerson find(WorkshopSnapshot snapshot, UUID person) {
        return snapshot.people().stream().filter(p -> p.personId().equals(person)).findFirst().orElseThrow();
    }

    @Test
    void barriersAndAccommodationsNotedLiveAreStoredForThePersonAndTheActivity() {
        try (AppServices services = TestStores.services(store, l10n)) {
            Database db = services.store().database();
            UUID lay = person(db, "P-0001", PersonRole.PATIENT);
            UUID other = person(db, "P-0002", PersonRole.PATIENT);
            ProcessTeam team = new ProcessTeam();
            team.setName("Diabetes");
            db.save(team);
            for (UUID member : List.of(lay, other)) {
                TeamMembership membership = new TeamMembership();
                membership.setTeam(team);
                membership.setPerson(db.reference(Person.class, member));
                db.save(membership);
            }
            List<UUID> barriers = db.find(org.inclusio.model.Barrier.class).orderBy("code").findIds();
            List<UUID> accommodations = db.find(org.inclusio.model.Accommodation.class).orderBy("code").findIds();
            WorkshopService workshops = workshops(services);
            UUID activity = workshops.newWorkshop(team.getId(), "Foot care workshop").activityId();

            assertThat(workshops.noteBarrier(activity, lay, barriers.get(0), true)).isTrue();
            assertThat(workshops.noteBarrier(activity, lay, barriers.get(0), true)).as("noted already").isFalse();
            assertThat(workshops.noteBarrier(activity, lay, barriers.get(1), true)).isTrue();
            assertThat(workshops.noteBarrier(activity, other, barriers.get(1), true)).isTrue();
            assertThat(workshops.noteAccommodation(activity, other, accommodations.get(0), true)).isTrue();
            assertThat(workshops.noteAccommodation(activity, lay, accommodations.get(1), true)).isTrue();
            // an undo takes it from the person only: it was still observed at the activity
            assertThat(workshops.noteBarrier(activity, lay, barriers.get(0), false)).isTrue();
            assertThat(workshops.noteBarrier(activity, lay, barriers.get(0), false)).as("gone already").isFalse();
            assertThat(workshops.noteAccommodation(activity, lay, accommodations.get(1), false)).isTrue();

            ActivityDraft stored = services.activities().load(activity).orElseThrow();
            assertThat(stored.barriersObserved()).containsExactlyInAnyOrder(barriers.get(0), barriers.get(1));
            assertThat(stored.accommodationsGiven())
                    .containsExactlyInAnyOrder(accommodations.get(0), accommodations.get(1));
            ParticipationDraft layRow = stored.participations().stream().filter(p -> p.personId().equals(lay))
                    .findFirst().orElseThrow();
            ParticipationDraft otherRow = stored.participations().stream().filter(p -> p.personId().equals(other))
                    .findFirst().orElseThrow();
            assertThat(layRow.barriersMet()).containsExactly(barriers.get(1));
            assertThat(layRow.accommodationsOffered()).isEmpty();
            assertThat(otherRow.barriersMet()).containsExactly(barriers.get(1));
            assertThat(otherRow.accommodationsOffered()).containsExactly(accommodations.get(0));
            assertThat(db.sqlQuery("select count(*) from participation_barrier").mapToScalar(Long.class).findOne())
                    .isEqualTo(2);
            assertThat(db.sqlQuery("select count(*) from participation_accommodation").mapToScalar(Long.class)
                    .findOne()).isEqualTo(1);
        }
    }
}
