package org.inclusio.logic.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ebean.Database;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.inclusio.logic.edit.EditConflictException;
import org.inclusio.logic.edit.FieldProblem;
import org.inclusio.logic.edit.ValidationException;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.store.VocabularyService;
import org.inclusio.model.AttendanceStatus;
import org.inclusio.model.Barrier;
import org.inclusio.model.BuiltInBarrier;
import org.inclusio.model.BuiltInGroup;
import org.inclusio.model.Consent;
import org.inclusio.model.ConsentScope;
import org.inclusio.model.DisadvantagedGroup;
import org.inclusio.model.ExclusionFlag;
import org.inclusio.model.ExclusionKind;
import org.inclusio.model.GroupMembership;
import org.inclusio.model.Level;
import org.inclusio.model.Mode;
import org.inclusio.model.Person;
import org.inclusio.model.PersonRole;
import org.inclusio.model.ProcessTeam;
import org.inclusio.model.ProposalOutcome;
import org.inclusio.model.ReasonForCoproducing;
import org.inclusio.persistence.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActivityServiceTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 14);

    @TempDir
    Path directory;

    private Store store;
    private Database db;
    private ActivityService service;
    private final List<Person> people = new ArrayList<>();
    private ProcessTeam team;
    private DisadvantagedGroup nonNative;
    private Barrier language;

    @BeforeEach
    void open() {
        store = org.inclusio.testing.TestStores.open(directory);
        db = store.database();
        Localization l10n = new Localization(Locale.ENGLISH);
        new VocabularyService(db).seedBuiltIns();
        service = new ActivityService(db, l10n);
        team = new ProcessTeam();
        team.setName("Diabetes");
        db.save(team);
        nonNative = db.find(DisadvantagedGroup.class).where().eq("code", BuiltInGroup.NON_NATIVE_SPEAKERS.name())
                .findOne();
        language = db.find(Barrier.class).where().eq("code", BuiltInBarrier.LANGUAGE.name()).findOne();
        for (int i = 1; i <= 3; i++) {
            Person person = new Person();
            person.setCode("P-" + i);
            person.setRole(i == 3 ? PersonRole.PROFESSIONAL : PersonRole.PATIENT);
            db.save(person);
            people.add(person);
        }
        Consent consent = new Consent();
        consent.setPerson(people.get(0));
        consent.setGivenOn(DAY.minusYears(1));
        consent.setScope(ConsentScope.EQUALITY_MONITORING);
        db.save(consent);
        GroupMembership membership = new GroupMembership();
        membership.setPerson(people.get(0));
        membership.setGroup(nonNative);
        membership.setConsent(consent);
        db.save(membership);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private ActivityDraft meeting(String title, LocalDate day, Mode mode, Level level) {
        ActivityDraft blank = ActivityDraft.blank(day);
        return new ActivityDraft(null, 0, title, day, null, 90, 0, "Room 3", mode, level, null, null, "Plan",
                Set.of(ReasonForCoproducing.JUSTICE), team.getId(), null, null, "", "", Set.of(), Set.of(),
                blank.participations(), blank.proposals());
    }

    private ParticipationDraft attended(Person person, int turns) {
        return new ParticipationDraft(person.getId(), person.getCode(), true, null, null, Set.of(),
                AttendanceStatus.ATTENDED, null, Set.of(), turns, 1, 4, 5);
    }

    private ActivityDraft withPeople(ActivityDraft draft, List<ParticipationDraft> participations,
                                     List<ProposalDraft> proposals) {
        return new ActivityDraft(draft.id(), draft.version(), draft.title(), draft.heldOn(), draft.startTime(),
                draft.durationMinutes(), draft.anonymousParticipants(), draft.place(), draft.mode(), draft.level(),
                draft.temporalNatureOverride(),
                draft.contributionOverride(), draft.purpose(), draft.reasons(), draft.teamId(), draft.organisationId(),
                draft.expectedRole(), draft.topicsAvoided(), draft.notes(), Set.of(language.getId()), Set.of(),
                participations, proposals);
    }

    @Test
    void savesAndLoadsAnActivityWithParticipantsAndProposalsFieldForField() {
        ActivityDraft draft = withPeople(meeting("Foot care day", DAY, Mode.CO_DESIGN, Level.GROUP),
                List.of(attended(people.get(0), 3), attended(people.get(2), 9)),
                List.of(new ProposalDraft(null, people.get(0).getId(), "P-1", "Evening clinic",
                        ProposalOutcome.ADOPTED, DAY.plusDays(30), "Budget found")));
        ActivityDraft saved = service.save(draft);

        assertThat(saved.id()).isNotNull();
        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved.title()).isEqualTo("Foot care day");
        assertThat(saved.reasons()).containsExactly(ReasonForCoproducing.JUSTICE);
        assertThat(saved.barriersObserved()).containsExactly(language.getId());
        assertThat(saved.participations()).extracting(ParticipationDraft::personCode).containsExactly("P-1", "P-3");
        assertThat(saved.participations().get(1).speakingTurns()).isEqualTo(9);
        assertThat(saved.proposals()).singleElement().satisfies(p -> {
            assertThat(p.content()).isEqualTo("Evening clinic");
            assertThat(p.outcome()).isEqualTo(ProposalOutcome.ADOPTED);
            assertThat(p.proposerCode()).isEqualTo("P-1");
        });
        assertThat(service.load(saved.id())).contains(saved);
    }

    @Test
    void theRegistersTotalLeavesOutTheTrashWithAndWithoutConditions() {
        List<UUID> saved = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            saved.add(service.save(meeting("Meeting " + i, DAY.plusDays(i), i < 2 ? Mode.CO_DESIGN : Mode.CO_DELIVERY,
                    Level.GROUP)).id());
        }
        new org.inclusio.logic.trash.TrashService(db).moveToTrash(org.inclusio.logic.trash.TrashKind.ACTIVITY,
                saved.get(0));
        ActivityQuery all = ActivityQuery.all();
        ActivityQuery coDesign = new ActivityQuery("", null, null, Mode.CO_DESIGN, null, null, null, null, true, false,
                all.sort(), all.ascending(), all.limit());

        // without conditions the total is the store's count; with them the matching activities are counted
        assertThat(service.count(all)).isEqualTo(4).isEqualTo(service.rows(all).size());
        assertThat(service.count(coDesign)).isEqualTo(1).isEqualTo(service.rows(coDesign).size());
    }

    @Test
    void changingOnlyParticipantsMovesTheVersionOnAndAStaleFormIsRefused() {
        ActivityDraft first = service.save(withPeople(meeting("Meeting", DAY, Mode.CO_DESIGN, Level.GROUP),
                List.of(attended(people.get(0), 1)), List.of()));
        ActivityDraft otherWindow = service.load(first.id()).orElseThrow();

        ActivityDraft second = service.save(withPeople(first, List.of(attended(people.get(0), 2)), List.of()));
        assertThat(second.version()).isEqualTo(first.version() + 1);

        ActivityDraft stale = withPeople(otherWindow, List.of(attended(people.get(0), 7)), List.of());
        assertThatThrownBy(() -> service.save(stale)).isInstanceOf(EditConflictException.class);
        assertThat(service.load(first.id()).orElseThrow().participations().get(0).speakingTurns()).isEqualTo(2);
    }

    private static ActivityDraft withAnonymous(ActivityDraft draft, int anonymous) {
        return new ActivityDraft(draft.id(), draft.version(), draft.title(), draft.heldOn(), draft.startTime(),
                draft.durationMinutes(), anonymous, draft.place(), draft.mode(), draft.level(),
                draft.temporalNatureOverride(), draft.contributionOverride(), draft.purpose(), draft.reasons(),
                draft.teamId(), draft.organisationId(), draft.expectedRole(), draft.topicsAvoided(), draft.notes(),
                draft.barriersObserved(), draft.accommodationsGiven(), draft.participations(), draft.proposals());
    }

    @Test
    void anonymousParticipantsAreSavedAndKeptWithinTheirLimits() {
        ActivityDraft survey = withAnonymous(meeting("Patient survey", DAY, Mode.CO_ASSESSMENT, Level.COLLECTIVE), 40);

        ActivityDraft saved = service.save(survey);
        assertThat(saved.anonymousParticipants()).isEqualTo(40);
        assertThat(service.load(saved.id()).orElseThrow().anonymousParticipants()).isEqualTo(40);
        assertThat(db.find(org.inclusio.model.Activity.class, saved.id()).getAnonymousParticipants()).isEqualTo(40);
        assertThat(service.save(withAnonymous(saved, 0)).anonymousParticipants()).isZero();

        for (int outside : new int[] {-1, 100_001}) {
            assertThatThrownBy(() -> service.save(withAnonymous(survey, outside)))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                            .singleElement().satisfies(problem -> {
                                assertThat(problem.field()).isEqualTo("anonymousParticipants");
                                assertThat(problem.message()).isEqualTo(
                                        "Enter the number of anonymous participants, from 0 to 100,000.");
                            }));
        }
        assertThat(service.search(ActivityQuery.all()).total()).isEqualTo(1);
        assertThat(service.save(withAnonymous(survey, 100_000)).anonymousParticipants()).isEqualTo(100_000);
    }

    @Test
    void linkListsAreStoredExactlyAndWrittenAgainOnlyWhenTheyChange() {
        List<UUID> barriers = db.find(Barrier.class).orderBy("code").findIds();
        List<UUID> accommodations = db.find(org.inclusio.model.Accommodation.class).orderBy("code").findIds();
        UUID b1 = barriers.get(0);
        UUID b2 = barriers.get(1);
        UUID a1 = accommodations.get(0);
        UUID a2 = accommodations.get(1);
        ActivityDraft meeting = meeting("Links", DAY, Mode.CO_DESIGN, Level.GROUP);
        ActivityDraft first = service.save(new ActivityDraft(null, 0, meeting.title(), DAY, null, 90, 0, "Room 3",
                meeting.mode(), meeting.level(), null, null, "Plan", Set.of(), team.getId(), null, null, "", "",
                Set.of(b1), Set.of(a1), List.of(linked(people.get(0), 1, Set.of(b1, b2), Set.of(a1)),
                        linked(people.get(1), 2, Set.of(b1), Set.of()), linked(people.get(2), 3, Set.of(), Set.of())),
                List.of()));
        // another activity with the same people and links must not leak into this one's lists
        ActivityDraft other = service.save(new ActivityDraft(null, 0, "Other", DAY, null, 60, 0, "", meeting.mode(),
                meeting.level(), null, null, "", Set.of(), team.getId(), null, null, "", "", Set.of(b2), Set.of(a2),
                List.of(linked(people.get(0), 1, Set.of(b2), Set.of(a2)), linked(people.get(2), 1, Set.of(b1),
                        Set.of(a1, a2))), List.of()));
        assertThat(first.barriersObserved()).containsExactly(b1);
        assertThat(first.accommodationsGiven()).containsExactly(a1);
        assertThat(first.participations()).extracting(ParticipationDraft::barriersMet)
                .containsExactly(Set.of(b1, b2), Set.of(b1), Set.of());
        assertThat(first.participations()).extracting(ParticipationDraft::accommodationsOffered)
                .containsExactly(Set.of(a1), Set.of(), Set.of());
        long before = lastAuditSeq();

        // P-1 loses a barrier, P-2 only speaks more, P-3 is offered an accommodation; the activity gives none
        List<ParticipationDraft> edited = List.of(linked(people.get(0), 1, Set.of(b2), Set.of(a1)),
                linked(people.get(1), 5, Set.of(b1), Set.of()), linked(people.get(2), 3, Set.of(), Set.of(a2)));
        ActivityDraft second = service.save(new ActivityDraft(first.id(), first.version(), "Links again", DAY, null, 90,
                0, "Room 3", meeting.mode(), meeting.level(), null, null, "Plan", Set.of(), team.getId(), null, null,
                "", "", Set.of(b1), Set.of(), edited, List.of()));

        assertThat(second.barriersObserved()).containsExactly(b1);
        assertThat(second.accommodationsGiven()).isEmpty();
        assertThat(second.participations()).isEqualTo(edited);
        assertThat(service.load(first.id())).contains(second);
        assertThat(service.load(other.id())).contains(other);
        UUID p1 = participationId(first.id(), people.get(0));
        UUID p3 = participationId(first.id(), people.get(2));
        assertThat(links("participation_barrier", "barrier_id", first.id()))
                .containsExactlyInAnyOrder(p1 + ">" + b2, participationId(first.id(), people.get(1)) + ">" + b1);
        assertThat(links("participation_accommodation", "accommodation_id", first.id()))
                .containsExactlyInAnyOrder(p1 + ">" + a1, p3 + ">" + a2);
        assertThat(db.sqlQuery("select barrier_id from activity_barrier where activity_id = :a")
                .setParameter("a", first.id()).mapToScalar(UUID.class).findList()).containsExactly(b1);
        assertThat(db.sqlQuery("select count(*) from activity_accommodation where activity_id = :a")
                .setParameter("a", first.id()).mapToScalar(Long.class).findOne()).isZero();
        // the audit trail names what changed: the unchanged lists are not written again
        assertThat(db.sqlQuery("select subject_kind || ':' || fields from audit_entry where seq > :seq"
                        + " and action = 'UPDATE'").setParameter("seq", before).mapToScalar(String.class).findList())
                .containsExactlyInAnyOrder("Activity:accommodationsGiven,title", "Participation:speakingTurns");

        // a participant with links leaves: the link rows go with the participation
        ActivityDraft third = service.save(new ActivityDraft(second.id(), second.version(), second.title(), DAY, null,
                90, 0, "Room 3", meeting.mode(), meeting.level(), null, null, "Plan", Set.of(), team.getId(), null,
                null, "", "", Set.of(b1), Set.of(), edited.subList(1, 3), List.of()));
        assertThat(third.participations()).isEqualTo(edited.subList(1, 3));
        assertThat(db.sqlQuery("select count(*) from participation_barrier where participation_id = :p")
                .setParameter("p", p1).mapToScalar(Long.class).findOne()).isZero();
        assertThat(db.sqlQuery("select count(*) from participation_accommodation where participation_id = :p")
                .setParameter("p", p1).mapToScalar(Long.class).findOne()).isZero();
        assertThat(service.load(other.id())).contains(other);
    }

    private ParticipationDraft linked(Person person, int turns, Set<UUID> barriers, Set<UUID> accommodations) {
        return new ParticipationDraft(person.getId(), person.getCode(), true, null, null, accommodations,
                AttendanceStatus.ATTENDED, null, barriers, turns, 1, 4, 5);
    }

    private long lastAuditSeq() {
        return db.sqlQuery("select coalesce(max(seq), 0) from audit_entry").mapToScalar(Long.class).findOne();
    }

    private UUID participationId(UUID activity, Person person) {
        return db.sqlQuery("select id from participation where activity_id = :a and person_id = :p")
                .setParameter("a", activity).setParameter("p", person.getId()).mapToScalar(UUID.class).findOne();
    }

    private List<String> links(String table, String column, UUID activity) {
        return db.sqlQuery("select l.participation_id, l." + column + " from " + table + " l"
                        + " join participation p on p.id = l.participation_id where p.activity_id = :a")
                .setParameter("a", activity)
                .mapTo((rs, row) -> rs.getObject(1, UUID.class) + ">" + rs.getObject(2, UUID.class)).findList();
    }

    @Test
    void anInvalidActivityIsRefusedWithMessagesAndNothingIsWritten() {
        ActivityDraft invalid = withPeople(meeting(" ", DAY, Mode.CO_DESIGN, Level.GROUP),
                List.of(new ParticipationDraft(people.get(1).getId(), "P-2", true, null, null, Set.of(),
                        AttendanceStatus.NO_SHOW, null, Set.of(), 2, 0, null, null)),
                List.of(new ProposalDraft(null, people.get(1).getId(), "P-2", "Idea", ProposalOutcome.REJECTED, null,
                        null)));
        assertThatThrownBy(() -> service.save(invalid))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field)
                        .containsExactlyInAnyOrder("title", "participations", "proposals", "proposals"));
        assertThat(service.search(ActivityQuery.all()).total()).isZero();
    }

    @Test
    void searchFiltersSortsAndLimitsInTheDatabase() {
        UUID design = service.save(withPeople(meeting("Design lab", DAY, Mode.CO_DESIGN, Level.GROUP),
                List.of(attended(people.get(0), 1), attended(people.get(2), 4)), List.of())).id();
        UUID survey = service.save(meeting("Patient survey", DAY.plusDays(10), Mode.CO_ASSESSMENT, Level.COLLECTIVE))
                .id();
        UUID older = service.save(withPeople(meeting("Old design lab", DAY.minusYears(1), Mode.CO_DESIGN,
                Level.INDIVIDUAL), List.of(attended(people.get(1), 1)), List.of())).id();
        ExclusionFlag flag = new ExclusionFlag();
        flag.setActivity(db.reference(org.inclusio.model.Activity.class, survey));
        flag.setKind(ExclusionKind.EXTERNAL);
        flag.setObservation("No interpreter");
        db.save(flag);

        ActivityQuery all = ActivityQuery.all();
        assertThat(ids(all)).containsExactly(survey, design, older);
        assertThat(ids(all.withSort(ActivitySort.TITLE, true))).containsExactly(design, older, survey);
        assertThat(ids(query("design", null, null, null, null, false))).containsExactly(design, older);
        assertThat(ids(query("", DAY.minusDays(1), Mode.CO_DESIGN, null, null, false))).containsExactly(design);
        assertThat(ids(query("", null, null, Level.COLLECTIVE, null, false))).containsExactly(survey);
        assertThat(ids(query("", null, null, null, true, false))).containsExactly(design);
        assertThat(ids(query("", null, null, null, false, false))).containsExactly(survey, older);
        assertThat(ids(query("", null, null, null, null, true))).containsExactly(survey);

        ActivityPage firstTwo = service.search(new ActivityQuery("", null, null, null, null, null, null, null, true,
                false, ActivitySort.DATE, false, 2));
        assertThat(firstTwo.rows()).hasSize(2);
        assertThat(firstTwo.total()).isEqualTo(3);
        ActivityRow designRow = service.search(all).rows().stream().filter(r -> r.id().equals(design)).findFirst()
                .orElseThrow();
        assertThat(designRow.attended()).isEqualTo(2);
        assertThat(designRow.teamName()).isEqualTo("Diabetes");
    }

    @Test
    void deletedActivitiesLeaveTheRegister() {
        UUID id = service.save(meeting("Gone", DAY, Mode.CO_DELIVERY, Level.GROUP)).id();
        new org.inclusio.logic.trash.TrashService(db).moveToTrash(org.inclusio.logic.trash.TrashKind.ACTIVITY, id);
        assertThat(service.search(ActivityQuery.all()).total()).isZero();
        assertThat(service.load(id)).isEmpty();
    }

    private ActivityQuery query(String text, LocalDate from, Mode mode, Level level, Boolean groupPresent,
                                boolean openFlags) {
        return new ActivityQuery(text, from, null, mode, level, null, null,
                groupPresent == null ? null : nonNative.getId(), groupPresent == null || groupPresent, openFlags,
                ActivitySort.DATE, false, 100);
    }

    private List<UUID> ids(ActivityQuery query) {
        return service.search(query).rows().stream().map(ActivityRow::id).toList();
    }
}
