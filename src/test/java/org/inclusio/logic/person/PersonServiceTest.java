package org.inclusio.logic.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ebean.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.inclusio.app.AppServices;
import org.inclusio.logic.common.Choice;
import org.inclusio.logic.edit.EditConflictException;
import org.inclusio.logic.edit.FieldProblem;
import org.inclusio.logic.edit.ValidationException;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.trash.TrashKind;
import org.inclusio.model.Activity;
import org.inclusio.model.AttendanceStatus;
import org.inclusio.model.ConsentScope;
import org.inclusio.model.EducationLevel;
import org.inclusio.model.Level;
import org.inclusio.model.Mode;
import org.inclusio.model.Participation;
import org.inclusio.model.Person;
import org.inclusio.model.PersonRole;
import org.inclusio.model.ProcessTeam;
import org.inclusio.model.RecruitmentRoute;
import org.inclusio.model.TeamMembership;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The people service on a real store: search, round trip, the consent rule, unique codes, conflicts. */
class PersonServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 14);

    @TempDir
    Path store;

    private AppServices services;
    private Database db;
    private PersonService people;
    private UUID groupA;
    private UUID groupB;

    @BeforeEach
    void open() {
        Localization l10n = new Localization(Locale.ENGLISH);
        services = org.inclusio.testing.TestStores.services(store, l10n);
        db = services.store().database();
        people = new PersonService(db, l10n, Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC),
                ZoneOffset.UTC));
        List<Choice> groups = services.choices().groups();
        groupA = groups.get(0).id();
        groupB = groups.get(1).id();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private static PersonDraft person(String code, PersonRole role, RecruitmentRoute route, boolean paid,
                                      boolean lead, List<ConsentDraft> consents, Set<UUID> groups) {
        return new PersonDraft(null, 0, code, role, route, paid, "", lead, null, consents, groups, Map.of());
    }

    private static ConsentDraft consentGiven(LocalDate day) {
        return new ConsentDraft(null, day, ConsentScope.EQUALITY_MONITORING, null);
    }

    @Test
    void savesAndLoadsEveryFieldWithConsentAndMemberships() {
        PersonDraft draft = new PersonDraft(null, 0, " P-0001 ", PersonRole.PATIENT,
                RecruitmentRoute.ASSOCIATION_NOMINATED, true, "Diabetes association", true,
                EducationLevel.UPPER_SECONDARY, List.of(consentGiven(TODAY.minusDays(10))), Set.of(groupA, groupB),
                Map.of());
        PersonDraft saved = people.save(draft);

        PersonDraft loaded = people.load(saved.id()).orElseThrow();
        assertThat(loaded).isEqualTo(saved);
        assertThat(loaded.code()).isEqualTo("P-0001");
        assertThat(loaded.role()).isEqualTo(PersonRole.PATIENT);
        assertThat(loaded.route()).isEqualTo(RecruitmentRoute.ASSOCIATION_NOMINATED);
        assertThat(loaded.paid()).isTrue();
        assertThat(loaded.leadPatient()).isTrue();
        assertThat(loaded.association()).isEqualTo("Diabetes association");
        assertThat(loaded.education()).isEqualTo(EducationLevel.UPPER_SECONDARY);
        assertThat(loaded.consents()).hasSize(1);
        ConsentDraft consent = loaded.consents().get(0);
        assertThat(consent.id()).isNotNull();
        assertThat(consent.givenOn()).isEqualTo(TODAY.minusDays(10));
        assertThat(consent.withdrawnOn()).isNull();
        assertThat(loaded.groups()).containsExactlyInAnyOrder(groupA, groupB);
        assertThat(loaded.groupConsents()).containsEntry(groupA, consent.id()).containsEntry(groupB, consent.id());
    }

    @Test
    void newMembershipsAreRecordedUnderTheNewestValidConsent() {
        PersonDraft saved = people.save(person("P-0002", PersonRole.PATIENT, null, false, false,
                List.of(consentGiven(TODAY.minusDays(30))), Set.of(groupA)));
        UUID older = saved.consents().get(0).id();
        PersonDraft second = new PersonDraft(saved.id(), saved.version(), saved.code(), saved.role(), null, false, "",
                false, null, List.of(saved.consents().get(0), consentGiven(TODAY.minusDays(2))),
                Set.of(groupA, groupB), saved.groupConsents());
        PersonDraft again = people.save(second);
        UUID newer = again.consents().stream().filter(c -> c.givenOn().equals(TODAY.minusDays(2))).findFirst()
                .orElseThrow().id();
        assertThat(again.groupConsents()).containsEntry(groupA, older).containsEntry(groupB, newer);
    }

    @Test
    void membershipsWithoutAValidConsentAreRefusedNamingTheField() {
        PersonDraft noConsent = person("P-0003", PersonRole.PATIENT, null, false, false, List.of(), Set.of(groupA));
        PersonDraft futureConsent = person("P-0004", PersonRole.PATIENT, null, false, false,
                List.of(consentGiven(TODAY.plusDays(1))), Set.of(groupA));
        PersonDraft withdrawnConsent = person("P-0005", PersonRole.PATIENT, null, false, false,
                List.of(new ConsentDraft(null, TODAY.minusDays(9), ConsentScope.EQUALITY_MONITORING, TODAY)),
                Set.of(groupA));
        for (PersonDraft draft : List.of(noConsent, futureConsent, withdrawnConsent)) {
            assertThatThrownBy(() -> people.save(draft))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                            .extracting(FieldProblem::field).containsExactly("groups"));
        }
        assertThat(people.search(PersonQuery.all()).total()).isZero();
    }

    @Test
    void withdrawingAConsentTakesTheMembershipsOutOfTheFormAndKeepsThemForEarlierActivities() {
        PersonDraft saved = people.save(person("P-0006", PersonRole.PATIENT, null, false, false,
                List.of(consentGiven(TODAY.minusDays(30))), Set.of(groupA, groupB)));
        ConsentDraft withdrawn = saved.consents().get(0).withdrawn(TODAY);
        PersonDraft withdrawal = new PersonDraft(saved.id(), saved.version(), saved.code(), saved.role(), null,
                false, "", false, null, List.of(withdrawn), Set.of(), saved.groupConsents());
        PersonDraft after = people.save(withdrawal);
        assertThat(after.groups()).isEmpty();
        assertThat(after.consents()).extracting(ConsentDraft::withdrawnOn).containsExactly(TODAY);
        // stored with the withdrawn consent: the analyses count them for activities before today only
        assertThat(db.sqlQuery("select count(*) from group_membership gm join consent c on c.id = gm.consent_id"
                + " where c.withdrawn_on is not null").mapToScalar(Long.class).findOne()).isEqualTo(2);

        // chosen again under a new consent: recorded under it
        PersonDraft again = people.save(new PersonDraft(after.id(), after.version(), after.code(), after.role(), null,
                false, "", false, null, List.of(after.consents().get(0), consentGiven(TODAY)), Set.of(groupA),
                after.groupConsents()));
        assertThat(again.groups()).containsExactly(groupA);
        assertThat(again.groupConsents().get(groupA)).isEqualTo(again.consents().get(1).id());
    }

    @Test
    void withdrawingOneOfTwoConsentsKeepsTheMembershipsOfTheOther() {
        PersonDraft first = people.save(person("P-0007", PersonRole.PATIENT, null, false, false,
                List.of(consentGiven(TODAY.minusDays(30))), Set.of(groupA)));
        PersonDraft second = people.save(new PersonDraft(first.id(), first.version(), first.code(), first.role(),
                null, false, "", false, null, List.of(first.consents().get(0), consentGiven(TODAY.minusDays(1))),
                Set.of(groupA, groupB), first.groupConsents()));
        List<ConsentDraft> consents = List.of(second.consents().get(0).withdrawn(TODAY), second.consents().get(1));
        // the draft still lists group A; it was recorded under the withdrawn consent, so it goes with it
        PersonDraft after = people.save(new PersonDraft(second.id(), second.version(), second.code(), second.role(),
                null, false, "", false, null, consents, Set.of(groupA, groupB), second.groupConsents()));
        assertThat(after.groups()).containsExactly(groupB);
    }

    @Test
    void codesAreRequiredValidAndUnique() {
        people.save(person("P-0008", PersonRole.CITIZEN, null, false, false, List.of(), Set.of()));
        assertThatThrownBy(() -> people.save(person("p-0008", PersonRole.CITIZEN, null, false, false, List.of(),
                Set.of())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .containsExactly(new FieldProblem("code", "The code p-0008 is already used by another"
                                + " person (perhaps one in the trash). Choose another code.")));
        assertThatThrownBy(() -> people.save(person("  ", PersonRole.CITIZEN, null, false, false, List.of(),
                Set.of())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("code"));
        assertThatThrownBy(() -> people.save(person("Anna Svensson", PersonRole.CITIZEN, null, false, false,
                List.of(), Set.of())))
                .isInstanceOf(ValidationException.class);
        assertThat(people.search(PersonQuery.all()).total()).isEqualTo(1);
    }

    @Test
    void aStaleDraftIsRefusedAsAConflict() {
        PersonDraft saved = people.save(person("P-0009", PersonRole.RELATIVE, null, false, false, List.of(),
                Set.of()));
        people.save(new PersonDraft(saved.id(), saved.version(), saved.code(), saved.role(), RecruitmentRoute.OPEN_CALL,
                false, "", false, null, List.of(), Set.of(), Map.of()));
        PersonDraft stale = new PersonDraft(saved.id(), saved.version(), saved.code(), saved.role(), null, true, "",
                false, null, List.of(), Set.of(), Map.of());
        assertThatThrownBy(() -> people.save(stale)).isInstanceOf(EditConflictException.class);
        assertThat(people.load(saved.id()).orElseThrow().route()).isEqualTo(RecruitmentRoute.OPEN_CALL);
    }

    @Test
    void searchFiltersAndSortsInTheDatabase() {
        PersonDraft a = people.save(person("A-1", PersonRole.PATIENT, RecruitmentRoute.HAND_PICKED, true, true,
                List.of(consentGiven(TODAY)), Set.of(groupA)));
        people.save(person("B-2", PersonRole.RELATIVE, RecruitmentRoute.OPEN_CALL, false, false, List.of(), Set.of()));
        PersonDraft c = people.save(person("C-3", PersonRole.PATIENT, RecruitmentRoute.OPEN_CALL, false, false,
                List.of(consentGiven(TODAY)), Set.of(groupB)));
        attend(c.id(), 2);
        attend(a.id(), 1);

        assertThat(codes(PersonQuery.all())).containsExactly("A-1", "B-2", "C-3");
        assertThat(codes(new PersonQuery("c-", null, null, null, null, null, PersonSort.CODE, true, 10)))
                .containsExactly("C-3");
        assertThat(codes(new PersonQuery("", PersonRole.PATIENT, null, null, null, null, PersonSort.CODE, true, 10)))
                .containsExactly("A-1", "C-3");
        assertThat(codes(new PersonQuery("", null, RecruitmentRoute.OPEN_CALL, null, null, null, PersonSort.CODE,
                false, 10))).containsExactly("C-3", "B-2");
        assertThat(codes(new PersonQuery("", null, null, groupB, null, null, PersonSort.CODE, true, 10)))
                .containsExactly("C-3");
        assertThat(codes(new PersonQuery("", null, null, null, false, null, PersonSort.CODE, true, 10)))
                .containsExactly("B-2", "C-3");
        assertThat(codes(new PersonQuery("", null, null, null, null, true, PersonSort.CODE, true, 10)))
                .containsExactly("A-1");
        PersonPage byAttendance = people.search(PersonQuery.all().withSort(PersonSort.ATTENDED, false));
        assertThat(byAttendance.rows()).extracting(PersonRow::code).containsExactly("C-3", "A-1", "B-2");
        assertThat(byAttendance.rows()).extracting(PersonRow::attended).containsExactly(2L, 1L, 0L);
        PersonPage limited = people.search(new PersonQuery("", null, null, null, null, null, PersonSort.CODE, true,
                2));
        assertThat(limited.rows()).hasSize(2);
        assertThat(limited.total()).isEqualTo(3);
    }

    @Test
    void identifyingDetailsAreSavedOnlyWhenGivenAndReadOnRequest() {
        PersonDraft saved = people.save(person("P-0010", PersonRole.PATIENT, null, false, false, List.of(), Set.of()),
                new IdentityDraft("Anna Svensson", "anna@example.org", "070-123", "Storgatan 1"));
        assertThat(people.loadIdentity(saved.id()))
                .isEqualTo(new IdentityDraft("Anna Svensson", "anna@example.org", "070-123", "Storgatan 1"));
        PersonDraft again = people.save(new PersonDraft(saved.id(), saved.version(), saved.code(), saved.role(),
                null, true, "", false, null, List.of(), Set.of(), Map.of()));
        assertThat(people.loadIdentity(again.id()).fullName()).isEqualTo("Anna Svensson");
        assertThatThrownBy(() -> people.save(again, new IdentityDraft("", "not an address", "", "")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("email"));
        people.save(again, IdentityDraft.empty());
        assertThat(people.loadIdentity(again.id())).isEqualTo(IdentityDraft.empty());
        assertThat(String.valueOf(new IdentityDraft("Anna", "", "", ""))).doesNotContain("Anna");
    }

    @Test
    void historyListsActivitiesAndTeamSeats() {
        PersonDraft saved = people.save(person("P-0011", PersonRole.PATIENT, null, false, false, List.of(), Set.of()));
        attend(saved.id(), 2);
        ProcessTeam team = new ProcessTeam();
        team.setName("Diabetes team");
        db.save(team);
        TeamMembership seat = new TeamMembership();
        seat.setTeam(team);
        seat.setPerson(db.reference(Person.class, saved.id()));
        seat.setJoinedOn(LocalDate.of(2025, 1, 1));
        db.save(seat);

        PersonHistory history = people.history(saved.id());
        assertThat(history.activities()).extracting(ActivityTaken::title).containsExactly("Meeting 2", "Meeting 1");
        assertThat(history.activities()).extracting(ActivityTaken::attendance)
                .containsOnly(AttendanceStatus.ATTENDED);
        assertThat(history.teams()).containsExactly(new TeamSeat("Diabetes team", null, LocalDate.of(2025, 1, 1),
                null));
    }

    @Test
    void aPersonInTheTrashLeavesTheRegister() {
        PersonDraft saved = people.save(person("P-0012", PersonRole.PATIENT, null, false, false,
                List.of(consentGiven(TODAY)), Set.of(groupA)));
        services.trash().moveToTrash(TrashKind.PERSON, saved.id());
        assertThat(people.search(PersonQuery.all()).total()).isZero();
        assertThat(people.load(saved.id())).isEmpty();
        services.trash().restore(TrashKind.PERSON, saved.id());
        assertThat(people.load(saved.id()).orElseThrow().groups()).containsExactly(groupA);
    }

    private void attend(UUID personId, int activities) {
        for (int i = 1; i <= activities; i++) {
            Activity activity = new Activity();
            activity.setTitle("Meeting " + i);
            activity.setHeldOn(TODAY.minusDays(10 - i));
            activity.setDurationMinutes(60);
            activity.setMode(Mode.CO_DESIGN);
            activity.setLevel(Level.GROUP);
            db.save(activity);
            Participation participation = new Participation();
            participation.setActivity(activity);
            participation.setPerson(db.reference(Person.class, personId));
            participation.setInvited(true);
            participation.setAttendance(AttendanceStatus.ATTENDED);
            db.save(participation);
        }
    }

    private List<String> codes(PersonQuery query) {
        return people.search(query).rows().stream().map(PersonRow::code).toList();
    }
}
