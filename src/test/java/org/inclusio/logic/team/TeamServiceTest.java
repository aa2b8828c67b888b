package org.inclusio.logic.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ebean.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.inclusio.logic.edit.EditConflictException;
import org.inclusio.logic.edit.FieldProblem;
import org.inclusio.logic.edit.ValidationException;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.model.CareLevel;
import org.inclusio.model.GovernanceModel;
import org.inclusio.model.PersonRole;
import org.inclusio.model.RecruitmentRoute;
import org.inclusio.model.ReferenceShare;
import org.inclusio.persistence.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Process teams saved, read back, searched, validated and protected against lost updates. */
class TeamServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    @TempDir
    Path dir;

    private Store store;
    private Database db;
    private TeamService teams;
    private OrganisationService organisations;
    private TeamFixture fixture;
    private Localization l10n;
    private UUID nurse;
    private UUID patient;
    private UUID relative;
    private UUID migrants;
    private UUID lowIncome;

    @BeforeEach
    void open() {
        store = org.inclusio.testing.TestStores.open(dir);
        db = store.database();
        l10n = new Localization(Locale.ENGLISH);
        teams = new TeamService(db, l10n, Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        organisations = new OrganisationService(db, l10n);
        fixture = new TeamFixture(db);
        nurse = fixture.person("N-001", PersonRole.PROFESSIONAL, null);
        patient = fixture.person("P-001", PersonRole.PATIENT, RecruitmentRoute.OPEN_CALL);
        relative = fixture.person("P-002", PersonRole.RELATIVE, RecruitmentRoute.HAND_PICKED);
        migrants = fixture.group("T-MIGRANTS", "Recent migrants");
        lowIncome = fixture.group("T-LOWINCOME", "Low income");
    }

    @AfterEach
    void close() {
        store.close();
    }

    private TeamDraft diabetesTeam(UUID organisationId) {
        return new TeamDraft(null, 0, "  Diabetes team ", organisationId, "Adults with type 2 diabetes", "Regional",
                List.of(new ProfessionalDraft(nurse, "N-001", "Diabetes nurse", "Endocrinology",
                        CareLevel.PRIMARY_CARE, LocalDate.of(2024, 1, 10), null)),
                List.of(new LayMemberDraft(patient, "P-001", PersonRole.PATIENT, RecruitmentRoute.OPEN_CALL,
                                LocalDate.of(2024, 2, 1), null),
                        new LayMemberDraft(relative, "P-002", PersonRole.RELATIVE, RecruitmentRoute.HAND_PICKED,
                                null, null)),
                List.of(new ReferenceShareDraft(migrants, 12.5, "Census", 2024),
                        new ReferenceShareDraft(lowIncome, 30.0, null, 2023)));
    }

    @Test
    void aTeamWithMembersAndReferenceSharesComesBackAsSaved() {
        UUID org = organisations.save(new OrganisationDraft(null, 0, "North region", GovernanceModel.STEWARDSHIP, ""))
                .id();
        TeamDraft saved = teams.save(diabetesTeam(org));

        TeamDraft loaded = teams.load(saved.id()).orElseThrow();
        assertThat(loaded.name()).isEqualTo("Diabetes team");
        assertThat(loaded.organisationId()).isEqualTo(org);
        assertThat(loaded.patientGroupServed()).isEqualTo("Adults with type 2 diabetes");
        assertThat(loaded.description()).isEqualTo("Regional");
        assertThat(loaded.professionals()).containsExactly(new ProfessionalDraft(nurse, "N-001", "Diabetes nurse",
                "Endocrinology", CareLevel.PRIMARY_CARE, LocalDate.of(2024, 1, 10), null));
        assertThat(loaded.layMembers()).containsExactly(
                new LayMemberDraft(patient, "P-001", PersonRole.PATIENT, RecruitmentRoute.OPEN_CALL,
                        LocalDate.of(2024, 2, 1), null),
                new LayMemberDraft(relative, "P-002", PersonRole.RELATIVE, RecruitmentRoute.HAND_PICKED, null, null));
        // sorted by group name: Low income before Recent migrants
        assertThat(loaded.referenceShares()).containsExactly(
                new ReferenceShareDraft(lowIncome, 30.0, null, 2023),
                new ReferenceShareDraft(migrants, 12.5, "Census", 2024));
        ReferenceShare stored = db.find(ReferenceShare.class).where().eq("group.id", migrants).findOne();
        assertThat(stored.getShare()).isEqualTo(0.125);
        assertThat(loaded).isEqualTo(saved);
    }

    @Test
    void removingAMemberAndChangingAShareKeepsTheRestAndMovesTheVersionOn() {
        TeamDraft saved = teams.save(diabetesTeam(null));
        TeamDraft changed = new TeamDraft(saved.id(), saved.version(), saved.name(), null, saved.patientGroupServed(),
                saved.description(), saved.professionals(), List.of(saved.layMembers().get(0)),
                List.of(new ReferenceShareDraft(migrants, 14.0, "Census", 2024)));

        TeamDraft again = teams.save(changed);

        assertThat(again.version()).isGreaterThan(saved.version());
        assertThat(again.layMembers()).extracting(LayMemberDraft::personCode).containsExactly("P-001");
        assertThat(again.professionals()).hasSize(1);
        assertThat(again.referenceShares()).containsExactly(new ReferenceShareDraft(migrants, 14.0, "Census", 2024));
        assertThat(db.find(ReferenceShare.class).findCount()).isEqualTo(1);
    }

    @Test
    void theRegisterCountsCurrentMembersAndLastYearsActivities() {
        TeamDraft diabetes = teams.save(diabetesTeam(null));
        UUID otherPatient = fixture.person("P-003", PersonRole.PATIENT, null);
        TeamDraft copd = teams.save(new TeamDraft(null, 0, "COPD team", null, "", "", List.of(),
                List.of(new LayMemberDraft(otherPatient, "P-003", PersonRole.PATIENT, null,
                        LocalDate.of(2023, 1, 1), LocalDate.of(2025, 12, 31))), List.of()));
        fixture.activity(diabetes.id(), "Inside the year", LocalDate.of(2025, 3, 16));
        fixture.activity(diabetes.id(), "Today", TODAY);
        fixture.activity(diabetes.id(), "Just too old", LocalDate.of(2025, 3, 15));
        fixture.activity(diabetes.id(), "Planned", LocalDate.of(2026, 4, 1));

        TeamPage page = teams.search(TeamQuery.all());

        assertThat(page.total()).isEqualTo(2);
        assertThat(page.rows()).containsExactly(
                new TeamRow(copd.id(), "COPD team", null, null, 0, 0, 0),
                new TeamRow(diabetes.id(), "Diabetes team", null, "Adults with type 2 diabetes", 1, 2, 2));
        TeamPage byLay = teams.search(new TeamQuery("", TeamSort.LAY_MEMBERS, false, 500));
        assertThat(byLay.rows()).extracting(TeamRow::name).containsExactly("Diabetes team", "COPD team");
        TeamPage found = teams.search(new TeamQuery("copd", TeamSort.NAME, true, 500));
        assertThat(found.rows()).extracting(TeamRow::name).containsExactly("COPD team");
        assertThat(found.total()).isEqualTo(1);
        assertThat(teams.activities(diabetes.id())).extracting(TeamActivityRow::title)
                .containsExactly("Planned", "Today", "Inside the year", "Just too old");
    }

    @Test
    void invalidTeamsAreRefusedWithMessagesNamingTheProblem() {
        TeamDraft bad = new TeamDraft(null, 0, " ", null, "", "",
                List.of(new ProfessionalDraft(patient, "P-001", null, null, null, null, null)),
                List.of(new LayMemberDraft(nurse, "N-001", PersonRole.PROFESSIONAL, null,
                        LocalDate.of(2025, 5, 1), LocalDate.of(2025, 4, 1))),
                List.of(new ReferenceShareDraft(migrants, 100.5, null, 2024),
                        new ReferenceShareDraft(migrants, 12.25, null, 2024),
                        new ReferenceShareDraft(null, 5.0, null, 1899),
                        new ReferenceShareDraft(lowIncome, 0.0, null, 2028),
                        new ReferenceShareDraft(lowIncome, 100.0, null, 2027)));

        assertThatThrownBy(() -> teams.save(bad))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).containsExactly(
                        new FieldProblem("name", "Give the process team a name."),
                        new FieldProblem("professionals",
                                "P-001 is recorded as " + l10n.label(PersonRole.PATIENT)
                                        + ", not as a professional. Add them under Lay members instead."),
                        new FieldProblem("layMembers",
                                "N-001 is recorded as a professional. Add them under Professionals instead."),
                        new FieldProblem("layMembers", "N-001: the day they left is before the day they joined."),
                        new FieldProblem("referenceShares", "Reference share 1: enter the share in percent, from 0 to"
                                + " 100 with at most one decimal, e.g. 12.5."),
                        new FieldProblem("referenceShares", "Reference share 2: enter the share in percent, from 0 to"
                                + " 100 with at most one decimal, e.g. 12.5."),
                        new FieldProblem("referenceShares",
                                "Reference share 2: this group already has a share for 2024."),
                        new FieldProblem("referenceShares", "Reference share 3: choose the disadvantaged group."),
                        new FieldProblem("referenceShares",
                                "Reference share 3: enter the population year, from 1900 to 2027."),
                        new FieldProblem("referenceShares",
                                "Reference share 4: enter the population year, from 1900 to 2027.")));
        assertThat(teams.search(TeamQuery.all()).total()).isZero();
    }

    @Test
    void aPersonOnBothListsIsNamedOnce() {
        TeamDraft twice = new TeamDraft(null, 0, "Team", null, "", "",
                List.of(new ProfessionalDraft(nurse, "N-001", null, null, null, null, null),
                        new ProfessionalDraft(nurse, "N-001", null, null, null, null, null)),
                List.of(), List.of());
        assertThat(teams.check(twice)).containsExactly(new FieldProblem("professionals",
                "N-001 is listed twice; a person sits on a team once."));
    }

    @Test
    void savingOverSomeoneElsesChangeIsRefusedAndChangesNothing() {
        TeamDraft first = teams.save(diabetesTeam(null));
        TeamDraft mine = new TeamDraft(first.id(), first.version(), "Mine", null, "", "", List.of(), List.of(),
                List.of());
        TeamDraft theirs = new TeamDraft(first.id(), first.version(), "Theirs", null, "", "", first.professionals(),
                first.layMembers(), first.referenceShares());
        teams.save(theirs);

        assertThatThrownBy(() -> teams.save(mine)).isInstanceOf(EditConflictException.class);
        TeamDraft stored = teams.load(first.id()).orElseThrow();
        assertThat(stored.name()).isEqualTo("Theirs");
        assertThat(stored.layMembers()).hasSize(2);
    }
}
