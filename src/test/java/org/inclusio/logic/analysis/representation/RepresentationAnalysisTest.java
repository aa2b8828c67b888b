package org.inclusio.logic.analysis.representation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.assertj.core.data.Offset;
import org.inclusio.logic.analysis.AnalysisFilter;
import org.inclusio.logic.analysis.AnalysisFixture;
import org.inclusio.logic.analysis.Count;
import org.inclusio.logic.analysis.Estimate;
import org.inclusio.logic.analysis.Suppression;
import org.inclusio.model.Activity;
import org.inclusio.model.DisadvantagedGroup;
import org.inclusio.model.Level;
import org.inclusio.model.Mode;
import org.inclusio.model.Person;
import org.inclusio.model.ProcessTeam;
import org.inclusio.model.ProposalOutcome;
import org.inclusio.persistence.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepresentationAnalysisTest {

    private static final Offset<Double> CLOSE = within(1e-4);
    /** No suppression, so small hand-made data shows every figure. */
    private static final Suppression NONE = new Suppression(1);

    @TempDir
    Path dir;

    private Store store;
    private AnalysisFixture data;

    @BeforeEach
    void open() {
        store = org.inclusio.testing.TestStores.open(dir);
        data = new AnalysisFixture(store.database());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private RepresentationAnalysis analysis(Suppression suppression) {
        return new RepresentationAnalysis(store.database(), suppression);
    }

    /**
     * Team T with reference shares low education 0.4 (2024; 0.1 in 2023), non-native speakers 0, none
     * for young people. A1 (co-design, group, Feb 2025): lay L1..L6 and professional P. A2
     * (co-assessment, collective, May 2025): L5..L10 and P. Low education: L1, L2, L7 (and P);
     * non-native: L3. Proposals: L1 adopted, L5 partly adopted, L8 adopted, L9 rejected, L2 pending,
     * P adopted, one adopted without proposer.
     */
    private final class Scenario {
        final ProcessTeam team = data.team("Diabetes", null);
        final DisadvantagedGroup lowEducation = data.group("LOW_EDUCATION");
        final DisadvantagedGroup nonNative = data.group("NON_NATIVE_SPEAKERS");
        final DisadvantagedGroup young = data.group("YOUNG_PEOPLE");
        final List<Person> lay = new ArrayList<>();
        final Person professional = data.professional();
        final Activity a1 = data.activity(team, LocalDate.of(2025, 2, 1), Mode.CO_DESIGN, Level.GROUP, 60);
        final Activity a2 = data.activity(team, LocalDate.of(2025, 5, 1), Mode.CO_ASSESSMENT, Level.COLLECTIVE, 60);

        Scenario() {
            data.reference(team, lowEducation, 0.1, 2023);
            data.reference(team, lowEducation, 0.4, 2024);
            data.reference(team, nonNative, 0.0, 2024);
            for (int i = 1; i <= 10; i++) {
                lay.add(data.lay());
            }
            data.member(l(1), lowEducation);
            data.member(l(2), lowEducation);
            data.member(l(7), lowEducation);
            data.member(l(3), nonNative);
            data.member(professional, lowEducation);
            for (int i = 1; i <= 6; i++) {
                data.attended(a1, l(i));
            }
            for (int i = 5; i <= 10; i++) {
                data.attended(a2, l(i));
            }
            data.attended(a1, professional);
            data.attended(a2, professional);
            data.proposal(a1, l(1), ProposalOutcome.ADOPTED);
            data.proposal(a1, l(5), ProposalOutcome.PARTLY_ADOPTED);
            data.proposal(a2, l(8), ProposalOutcome.ADOPTED);
            data.proposal(a2, l(9), ProposalOutcome.REJECTED);
            data.proposal(a1, l(2), ProposalOutcome.PENDING);
            data.proposal(a2, professional, ProposalOutcome.ADOPTED);
            data.proposal(a2, null, ProposalOutcome.ADOPTED);
        }

        Person l(int number) {
            return lay.get(number - 1);
        }
    }

    private static RepresentationRow row(List<RepresentationRow> rows, DisadvantagedGroup group) {
        return rows.stream().filter(r -> r.group().id().equals(group.getId())).findFirst().orElseThrow();
    }

    private static InfluenceRow influence(List<InfluenceRow> rows, DisadvantagedGroup group) {
        return rows.stream().filter(r -> r.group().id().equals(group.getId())).findFirst().orElseThrow();
    }

    @Test
    void noDataGivesNoRows() {
        assertThat(analysis(NONE).representation(AnalysisFilter.all(), Breakdown.NONE)).isEmpty();
        assertThat(analysis(NONE).influence(AnalysisFilter.all(), Breakdown.NONE)).isEmpty();
    }

    @Test
    void shareOfDistinctLayAttendeesAgainstTheLatestReferenceShare() {
        Scenario s = new Scenario();

        List<RepresentationRow> rows = analysis(NONE).representation(AnalysisFilter.all(), Breakdown.NONE);

        assertThat(rows).hasSize(3).extracting(r -> r.group().code())
                .containsExactly("LOW_EDUCATION", "NON_NATIVE_SPEAKERS", "YOUNG_PEOPLE");
        RepresentationRow low = row(rows, s.lowEducation);
        assertThat(low.slice()).isEqualTo(new Slice(s.team.getId(), null, null, null, null));
        assertThat(low.teamName()).isEqualTo("Diabetes");
        // 3 of 10 distinct lay attendees (the professional does not count): 0.3, Wilson [0.1078, 0.6032].
        assertThat(low.groupParticipants()).isEqualTo(Count.of(3));
        assertThat(low.participants()).isEqualTo(Count.of(10));
        assertThat(low.share().value()).isCloseTo(0.3, CLOSE);
        assertThat(low.share().interval().lower()).isCloseTo(0.1078, CLOSE);
        assertThat(low.share().interval().upper()).isCloseTo(0.6032, CLOSE);
        assertThat(low.referenceShare()).isEqualTo(OptionalDouble.of(0.4));
        // 0.3 / 0.4 = 0.75; interval [0.1078 / 0.4, 0.6032 / 0.4] = [0.2695, 1.5081].
        assertThat(low.ratio().value()).isCloseTo(0.75, CLOSE);
        assertThat(low.ratio().interval().lower()).isCloseTo(0.2695, CLOSE);
        assertThat(low.ratio().interval().upper()).isCloseTo(1.5081, CLOSE);
    }

    @Test
    void referenceShareZeroOrMissingLeavesTheRatioUndefined() {
        Scenario s = new Scenario();

        List<RepresentationRow> rows = analysis(NONE).representation(AnalysisFilter.all(), Breakdown.NONE);

        RepresentationRow nonNative = row(rows, s.nonNative);
        assertThat(nonNative.share().value()).isCloseTo(0.1, CLOSE);
        assertThat(nonNative.referenceShare()).isEqualTo(OptionalDouble.of(0.0));
        assertThat(nonNative.ratio()).isEqualTo(Estimate.undefined());
        RepresentationRow young = row(rows, s.young);
        assertThat(young.groupParticipants()).isEqualTo(Count.of(0));
        assertThat(young.share().value()).isZero();
        assertThat(young.share().interval().upper()).isCloseTo(0.2775, CLOSE);
        assertThat(young.referenceShare()).isEmpty();
        assertThat(young.ratio()).isEqualTo(Estimate.undefined());
    }

    @Test
    void breakdownsSplitEachTeamByModeLevelOrPeriod() {
        Scenario s = new Scenario();
        Activity earlier = data.activity(s.team, LocalDate.of(2024, 11, 1), Mode.CO_DESIGN, Level.GROUP, 60);
        data.attended(earlier, s.l(1));

        List<RepresentationRow> byMode = analysis(NONE).representation(
                AnalysisFilter.all().withGroup(s.lowEducation.getId()), Breakdown.MODE);
        assertThat(byMode).extracting(RepresentationRow::slice).containsExactly(
                new Slice(s.team.getId(), Mode.CO_DESIGN, null, null, null),
                new Slice(s.team.getId(), Mode.CO_ASSESSMENT, null, null, null));
        // Co-design: L1..L6 attended A1 and L1 the earlier one: low education L1, L2 of 6.
        assertThat(byMode.get(0).share().value()).isCloseTo(2.0 / 6, CLOSE);
        assertThat(byMode.get(0).ratio().value()).isCloseTo(2.0 / 6 / 0.4, CLOSE);
        // Co-assessment: L5..L10: L7 of 6.
        assertThat(byMode.get(1).groupParticipants()).isEqualTo(Count.of(1));
        assertThat(byMode.get(1).participants()).isEqualTo(Count.of(6));

        List<RepresentationRow> byYear = analysis(NONE).representation(
                AnalysisFilter.all().withGroup(s.lowEducation.getId()), Breakdown.YEAR);
        assertThat(byYear).extracting(r -> r.slice().year()).containsExactly(2024, 2025);
        assertThat(byYear).extracting(r -> r.slice().quarter()).containsOnlyNulls();
        assertThat(byYear.get(0).groupParticipants()).isEqualTo(Count.of(1));
        assertThat(byYear.get(0).participants()).isEqualTo(Count.of(1));

        List<RepresentationRow> byQuarter = analysis(NONE).representation(
                AnalysisFilter.all().withGroup(s.lowEducation.getId()), Breakdown.QUARTER);
        assertThat(byQuarter).extracting(r -> List.of(r.slice().year(), r.slice().quarter()))
                .containsExactly(List.of(2024, 4), List.of(2025, 1), List.of(2025, 2));

        List<RepresentationRow> byLevel = analysis(NONE).representation(
                AnalysisFilter.all().withGroup(s.lowEducation.getId()), Breakdown.LEVEL);
        assertThat(byLevel).extracting(r -> r.slice().level()).containsExactly(Level.GROUP, Level.COLLECTIVE);
    }

    @Test
    void activitiesWithoutTeamFormTheirOwnSliceWithoutReference() {
        Scenario s = new Scenario();
        Activity dialogue = data.activity(null, LocalDate.of(2025, 3, 1), Mode.CO_COMMISSIONING, Level.COLLECTIVE, 90);
        data.attended(dialogue, s.l(1));
        data.attended(dialogue, s.l(3));

        List<RepresentationRow> rows = analysis(NONE).representation(
                AnalysisFilter.all().withGroup(s.lowEducation.getId()), Breakdown.NONE);

        assertThat(rows).hasSize(2);
        RepresentationRow noTeam = rows.get(1);
        assertThat(noTeam.slice().teamId()).isNull();
        assertThat(noTeam.teamName()).isNull();
        assertThat(noTeam.share().value()).isCloseTo(0.5, CLOSE);
        assertThat(noTeam.referenceShare()).isEmpty();
        assertThat(noTeam.ratio()).isEqualTo(Estimate.undefined());
    }

    @Test
    void smallCountsAreSuppressedWithEverythingDerivedFromThem() {
        Scenario s = new Scenario();

        List<RepresentationRow> rows = analysis(Suppression.standard()).representation(AnalysisFilter.all(),
                Breakdown.NONE);

        RepresentationRow low = row(rows, s.lowEducation);
        assertThat(low.groupParticipants()).isEqualTo(Count.withheld());
        assertThat(low.participants()).isEqualTo(Count.of(10));
        assertThat(low.share()).isEqualTo(Estimate.suppressed());
        assertThat(low.ratio()).isEqualTo(Estimate.suppressed());
        // Zero identifies no one and stays visible.
        assertThat(row(rows, s.young).share().value()).isZero();
        // A reference share of 0 makes the ratio undefined whatever the counts.
        assertThat(row(rows, s.nonNative).ratio()).isEqualTo(Estimate.undefined());
    }

    @Test
    void everythingSuppressedInATinyTeam() {
        ProcessTeam team = data.team("Rare disease", null);
        DisadvantagedGroup group = data.group("LOW_EDUCATION");
        data.reference(team, group, 0.5, 2024);
        Activity meeting = data.meeting(team, LocalDate.of(2025, 1, 1));
        for (int i = 0; i < 3; i++) {
            Person person = data.lay();
            data.member(person, group);
            data.attended(meeting, person);
            data.proposal(meeting, person, ProposalOutcome.ADOPTED);
        }

        RepresentationRow row = analysis(Suppression.standard())
                .representation(AnalysisFilter.all(), Breakdown.NONE).get(0);
        assertThat(row).isEqualTo(new RepresentationRow(new Slice(team.getId(), null, null, null, null), "Rare disease",
                row.group(), Count.withheld(), Count.withheld(), Estimate.suppressed(), OptionalDouble.of(0.5),
                Estimate.suppressed()));
        InfluenceRow influence = analysis(Suppression.standard()).influence(AnalysisFilter.all(), Breakdown.NONE).get(0);
        assertThat(influence.groupAdopted()).isEqualTo(Count.withheld());
        assertThat(influence.adopted()).isEqualTo(Count.withheld());
        assertThat(influence.attendances()).isEqualTo(Count.withheld());
        assertThat(influence.ratio()).isEqualTo(Estimate.suppressed());
    }

    @Test
    void onePersonIsAWholeTeamWithoutSuppression() {
        ProcessTeam team = data.team("Single", null);
        DisadvantagedGroup group = data.group("LOW_EDUCATION");
        data.reference(team, group, 0.25, 2024);
        Person only = data.lay();
        data.member(only, group);
        data.attended(data.meeting(team, LocalDate.of(2025, 1, 1)), only);

        RepresentationRow row = analysis(NONE).representation(AnalysisFilter.all(), Breakdown.NONE).get(0);

        // 1 of 1: share 1, Wilson [0.2065, 1]; ratio 1 / 0.25 = 4, interval [0.8262, 4].
        assertThat(row.share().value()).isEqualTo(1.0);
        assertThat(row.ratio().value()).isCloseTo(4.0, CLOSE);
        assertThat(row.ratio().interval().lower()).isCloseTo(0.8262, CLOSE);
        assertThat(row.ratio().interval().upper()).isCloseTo(4.0, CLOSE);
    }

    @Test
    void influenceComparesShareOfAdoptedLayProposalsWithShareOfLayAttendances() {
        Scenario s = new Scenario();

        List<InfluenceRow> rows = analysis(NONE).influence(AnalysisFilter.all(), Breakdown.NONE);

        // Lay attendances 6 + 6 = 12; low education L1, L2 (A1), L7 (A2) = 3: share 0.25.
        // Adopted lay proposals: L1, L5, L8 = 3 (P's and the unattributed one left out); low education: L1.
        InfluenceRow low = influence(rows, s.lowEducation);
        assertThat(low.groupAttendances()).isEqualTo(Count.of(3));
        assertThat(low.attendances()).isEqualTo(Count.of(12));
        assertThat(low.attendanceShare().value()).isCloseTo(0.25, CLOSE);
        assertThat(low.groupAdopted()).isEqualTo(Count.of(1));
        assertThat(low.adopted()).isEqualTo(Count.of(3));
        assertThat(low.adoptedShare().value()).isCloseTo(1.0 / 3, CLOSE);
        // (1/3) / 0.25 = 1.3333; Wilson 1 of 3 is [0.0615, 0.7923], divided by 0.25: [0.2460, 3.1694].
        assertThat(low.ratio().value()).isCloseTo(4.0 / 3, CLOSE);
        assertThat(low.ratio().interval().lower()).isCloseTo(0.2460, CLOSE);
        assertThat(low.ratio().interval().upper()).isCloseTo(3.1694, CLOSE);

        InfluenceRow nonNative = influence(rows, s.nonNative);
        assertThat(nonNative.attendanceShare().value()).isCloseTo(1.0 / 12, CLOSE);
        assertThat(nonNative.ratio().value()).isZero();
        assertThat(nonNative.ratio().interval().upper()).isCloseTo(6.7380, CLOSE);

        // Young people never attended: attendance share 0, so the ratio is undefined.
        InfluenceRow young = influence(rows, s.young);
        assertThat(young.attendanceShare().value()).isZero();
        assertThat(young.adoptedShare().value()).isZero();
        assertThat(young.ratio()).isEqualTo(Estimate.undefined());
    }

    @Test
    void influenceWithoutAdoptedProposalsIsUndefined() {
        ProcessTeam team = data.team("Quiet", null);
        DisadvantagedGroup group = data.group("LOW_EDUCATION");
        Person person = data.lay();
        data.member(person, group);
        data.attended(data.meeting(team, LocalDate.of(2025, 1, 1)), person);

        InfluenceRow row = analysis(NONE).influence(AnalysisFilter.all(), Breakdown.NONE).get(0);

        assertThat(row.adopted()).isEqualTo(Count.of(0));
        assertThat(row.adoptedShare()).isEqualTo(Estimate.undefined());
        assertThat(row.ratio()).isEqualTo(Estimate.undefined());
    }
}
