package org.inclusio.logic.analysis.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.inclusio.logic.analysis.AnalysisFilter;
import org.inclusio.logic.analysis.AnalysisFixture;
import org.inclusio.model.Activity;
import org.inclusio.model.AttendanceStatus;
import org.inclusio.model.Consent;
import org.inclusio.model.DisadvantagedGroup;
import org.inclusio.model.Level;
import org.inclusio.model.Mode;
import org.inclusio.model.Organisation;
import org.inclusio.model.Person;
import org.inclusio.model.ProcessTeam;
import org.inclusio.persistence.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModeLevelMatrixAnalysisTest {

    @TempDir
    Path dir;

    private Store store;
    private AnalysisFixture data;
    private ModeLevelMatrixAnalysis analysis;

    @BeforeEach
    void open() {
        store = org.inclusio.testing.TestStores.open(dir);
        data = new AnalysisFixture(store.database());
        analysis = new ModeLevelMatrixAnalysis(store.database());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void noDataGivesTwelveEmptyCells() {
        ModeLevelMatrix matrix = analysis.compute(AnalysisFilter.all());

        assertThat(matrix.cells()).hasSize(12).allSatisfy(cell -> {
            assertThat(cell.empty()).isTrue();
            assertThat(cell.participants()).isZero();
            assertThat(cell.personHours()).isZero();
            assertThat(cell.groupsPresent()).isZero();
        });
        assertThat(matrix.cells().get(0).mode()).isEqualTo(Mode.CO_COMMISSIONING);
        assertThat(matrix.cells().get(0).level()).isEqualTo(Level.INDIVIDUAL);
        assertThat(matrix.cells().get(11).mode()).isEqualTo(Mode.CO_ASSESSMENT);
        assertThat(matrix.cells().get(11).level()).isEqualTo(Level.COLLECTIVE);
    }

    /**
     * A1 co-design/group 90 min: L1, L2, P1 attend, L3 no-show. A2 co-design/group 120 min: L1, P1.
     * A3 co-delivery/individual 30 min: L3. A4 co-assessment/collective 60 min in 2024: L2.
     * A5 co-commissioning/collective, deleted: L1. L1 is LOW_EDUCATION, L2 LOW_EDUCATION and
     * NON_NATIVE_SPEAKERS.
     */
    private final class Scenario {
        final ProcessTeam team = data.team("Diabetes", null);
        final DisadvantagedGroup lowEducation = data.group("LOW_EDUCATION");
        final DisadvantagedGroup nonNative = data.group("NON_NATIVE_SPEAKERS");
        final Person l1 = data.lay();
        final Person l2 = data.lay();
        final Person l3 = data.lay();
        final Person p1 = data.professional();
        final Activity a1 = data.activity(team, LocalDate.of(2025, 3, 1), Mode.CO_DESIGN, Level.GROUP, 90);
        final Activity a2 = data.activity(team, LocalDate.of(2025, 4, 1), Mode.CO_DESIGN, Level.GROUP, 120);
        final Activity a3 = data.activity(team, LocalDate.of(2025, 5, 1), Mode.CO_DELIVERY, Level.INDIVIDUAL, 30);
        final Activity a4 = data.activity(team, LocalDate.of(2024, 12, 1), Mode.CO_ASSESSMENT, Level.COLLECTIVE, 60);
        final Activity a5 = data.activity(team, LocalDate.of(2025, 6, 1), Mode.CO_COMMISSIONING, Level.COLLECTIVE, 60);
        final Consent l2Consent;

        Scenario() {
            data.member(l1, lowEducation);
            l2Consent = data.member(l2, lowEducation, nonNative);
            data.attended(a1, l1);
            data.attended(a1, l2);
            data.attended(a1, p1);
            data.invited(a1, l3, AttendanceStatus.NO_SHOW);
            data.attended(a2, l1);
            data.attended(a2, p1);
            data.attended(a3, l3);
            data.attended(a4, l2);
            data.attended(a5, l1);
            a5.setDeleted(true);
            data.db().save(a5);
        }
    }

    @Test
    void countsActivitiesPeopleHoursAndGroupsPerCell() {
        Scenario s = new Scenario();

        ModeLevelMatrix matrix = analysis.compute(AnalysisFilter.all());

        assertThat(matrix.cell(Mode.CO_DESIGN, Level.GROUP))
                .isEqualTo(new MatrixCell(Mode.CO_DESIGN, Level.GROUP, 2, 3, 2, 8.5, 2, 0));
        assertThat(matrix.cell(Mode.CO_DELIVERY, Level.INDIVIDUAL))
                .isEqualTo(new MatrixCell(Mode.CO_DELIVERY, Level.INDIVIDUAL, 1, 1, 1, 0.5, 0, 0));
        assertThat(matrix.cell(Mode.CO_ASSESSMENT, Level.COLLECTIVE))
                .isEqualTo(new MatrixCell(Mode.CO_ASSESSMENT, Level.COLLECTIVE, 1, 1, 1, 1.0, 2, 0));
        assertThat(matrix.cell(Mode.CO_COMMISSIONING, Level.COLLECTIVE).empty()).isTrue();
        assertThat(matrix.emptyCells()).hasSize(9);
        assertThat(analysis.activityIds(AnalysisFilter.all(), Mode.CO_DESIGN, Level.GROUP))
                .containsExactly(s.a1.getId(), s.a2.getId());
        assertThat(analysis.activityIds(AnalysisFilter.all(), Mode.CO_COMMISSIONING, Level.COLLECTIVE)).isEmpty();
    }

    @Test
    void periodLeavesOutActivitiesHeldOutsideIt() {
        new Scenario();

        ModeLevelMatrix matrix = analysis.compute(
                AnalysisFilter.all().withPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31)));

        assertThat(matrix.cell(Mode.CO_DESIGN, Level.GROUP))
                .isEqualTo(new MatrixCell(Mode.CO_DESIGN, Level.GROUP, 1, 3, 2, 4.5, 2, 0));
        assertThat(matrix.emptyCells()).hasSize(11);
    }

    @Test
    void groupKeepsActivitiesAMemberAttendedAndWithdrawnConsentStopsMembershipsFromThatDay() {
        Scenario s = new Scenario();
        AnalysisFilter nonNative = AnalysisFilter.all().withGroup(s.nonNative.getId());

        ModeLevelMatrix matrix = analysis.compute(nonNative);
        assertThat(matrix.cell(Mode.CO_DESIGN, Level.GROUP))
                .isEqualTo(new MatrixCell(Mode.CO_DESIGN, Level.GROUP, 1, 3, 2, 4.5, 2, 0));
        assertThat(matrix.cell(Mode.CO_ASSESSMENT, Level.COLLECTIVE).activities()).isEqualTo(1);
        assertThat(matrix.emptyCells()).hasSize(10);
        assertThat(analysis.activityIds(nonNative, Mode.CO_DESIGN, Level.GROUP)).containsExactly(s.a1.getId());

        // withdrawn after every activity: nothing changes
        data.withdraw(s.l2Consent, LocalDate.of(2025, 7, 1));
        assertThat(analysis.compute(nonNative)).isEqualTo(matrix);

        // withdrawn on the day of A1: L2 no longer counts as a member there (nor for low education), but
        // still on 1 December 2024 at A4
        data.withdraw(s.l2Consent, LocalDate.of(2025, 3, 1));
        ModeLevelMatrix after = analysis.compute(nonNative);
        assertThat(after.emptyCells()).hasSize(11);
        assertThat(after.cell(Mode.CO_ASSESSMENT, Level.COLLECTIVE).activities()).isEqualTo(1);
        ModeLevelMatrix everyone = analysis.compute(AnalysisFilter.all());
        assertThat(everyone.cell(Mode.CO_DESIGN, Level.GROUP).groupsPresent()).isEqualTo(1);
        assertThat(everyone.cell(Mode.CO_ASSESSMENT, Level.COLLECTIVE).groupsPresent()).isEqualTo(2);

        // withdrawn before A4 too: the group is present nowhere
        data.withdraw(s.l2Consent, LocalDate.of(2024, 11, 1));
        assertThat(analysis.compute(nonNative).emptyCells()).hasSize(12);
        assertThat(analysis.compute(AnalysisFilter.all()).cell(Mode.CO_ASSESSMENT, Level.COLLECTIVE).groupsPresent())
                .isZero();
    }

    @Test
    void teamAndOrganisationRestrictTheActivities() {
        Scenario s = new Scenario();
        Organisation region = data.organisation("Region");
        ProcessTeam copd = data.team("COPD", region);
        Activity teamActivity = data.activity(copd, LocalDate.of(2025, 2, 1), Mode.CO_DESIGN, Level.COLLECTIVE, 60);
        data.attended(teamActivity, s.l1);
        Activity direct = data.activity(null, LocalDate.of(2025, 2, 2), Mode.CO_COMMISSIONING, Level.COLLECTIVE, 180);
        direct.setOrganisation(region);
        data.db().save(direct);
        data.attended(direct, s.l1);
        data.attended(direct, s.l3);

        ModeLevelMatrix byOrganisation = analysis.compute(AnalysisFilter.all().withOrganisation(region.getId()));
        assertThat(byOrganisation.cell(Mode.CO_DESIGN, Level.COLLECTIVE))
                .isEqualTo(new MatrixCell(Mode.CO_DESIGN, Level.COLLECTIVE, 1, 1, 1, 1.0, 1, 0));
        assertThat(byOrganisation.cell(Mode.CO_COMMISSIONING, Level.COLLECTIVE))
                .isEqualTo(new MatrixCell(Mode.CO_COMMISSIONING, Level.COLLECTIVE, 1, 2, 2, 6.0, 1, 0));
        assertThat(byOrganisation.emptyCells()).hasSize(10);

        ModeLevelMatrix byTeam = analysis.compute(AnalysisFilter.all().withTeam(s.team.getId()));
        assertThat(byTeam.emptyCells()).hasSize(9);
        assertThat(byTeam.cell(Mode.CO_DESIGN, Level.COLLECTIVE).empty()).isTrue();

        ModeLevelMatrix unknownTeam = analysis.compute(AnalysisFilter.all().withTeam(UUID.randomUUID()));
        assertThat(unknownTeam.emptyCells()).hasSize(12);
    }

    @Test
    void deletedPeopleAndDeletedTeamsAreLeftOut() {
        Scenario s = new Scenario();
        // Without P1: A1 has L1 and L2 (2 x 90 min), A2 has L1 (120 min): 300 min = 5 h.
        s.p1.setDeleted(true);
        data.db().save(s.p1);

        assertThat(analysis.compute(AnalysisFilter.all()).cell(Mode.CO_DESIGN, Level.GROUP))
                .isEqualTo(new MatrixCell(Mode.CO_DESIGN, Level.GROUP, 2, 2, 2, 5.0, 2, 0));

        s.team.setDeleted(true);
        data.db().save(s.team);
        assertThat(analysis.compute(AnalysisFilter.all()).emptyCells()).hasSize(12);
    }

    /**
     * Anonymous participants are a figure of their own: A1 (90 min) with 12 survey respondents besides
     * L1, L2 and P1, A2 (120 min) with 3, a new co-assessment survey (45 min) with 20 and no one from the
     * register. Co-design/group: 15 anonymous; person-hours 8.5 + 12 x 1.5 + 3 x 2 = 32.5; participants
     * and groups as before. The survey: 20 anonymous, 20 x 0.75 = 15 person-hours, no participants. A
     * group filter keeps only activities a member of the group attended, anonymous people included.
     */
    @Test
    void anonymousParticipantsAreCountedApartAndAddTheirHours() {
        Scenario s = new Scenario();
        s.a1.setAnonymousParticipants(12);
        data.db().save(s.a1);
        s.a2.setAnonymousParticipants(3);
        data.db().save(s.a2);
        Activity survey = data.activity(s.team, LocalDate.of(2025, 2, 1), Mode.CO_ASSESSMENT, Level.GROUP, 45);
        survey.setAnonymousParticipants(20);
        data.db().save(survey);

        ModeLevelMatrix matrix = analysis.compute(AnalysisFilter.all());

        assertThat(matrix.cell(Mode.CO_DESIGN, Level.GROUP))
                .isEqualTo(new MatrixCell(Mode.CO_DESIGN, Level.GROUP, 2, 3, 2, 32.5, 2, 15));
        assertThat(matrix.cell(Mode.CO_ASSESSMENT, Level.GROUP))
                .isEqualTo(new MatrixCell(Mode.CO_ASSESSMENT, Level.GROUP, 1, 0, 0, 15.0, 0, 20));
        assertThat(matrix.cell(Mode.CO_DELIVERY, Level.INDIVIDUAL).anonymousParticipants()).isZero();

        // L2 (non-native) attended A1 only: A1's 12 respondents, not A2's 3
        AnalysisFilter nonNative = AnalysisFilter.all().withGroup(s.nonNative.getId());
        assertThat(analysis.compute(nonNative).cell(Mode.CO_DESIGN, Level.GROUP))
                .isEqualTo(new MatrixCell(Mode.CO_DESIGN, Level.GROUP, 1, 3, 2, 4.5 + 18.0, 2, 12));
        assertThat(analysis.compute(nonNative).cell(Mode.CO_ASSESSMENT, Level.GROUP).empty()).isTrue();
    }
}
