package org.inclusio.logic.analysis.funnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.inclusio.logic.analysis.AnalysisFilter;
import org.inclusio.logic.analysis.AnalysisFixture;
import org.inclusio.logic.analysis.Count;
import org.inclusio.logic.analysis.Suppression;
import org.inclusio.model.Activity;
import org.inclusio.model.AttendanceStatus;
import org.inclusio.model.DisadvantagedGroup;
import org.inclusio.model.Person;
import org.inclusio.model.ProcessTeam;
import org.inclusio.model.ProposalOutcome;
import org.inclusio.persistence.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParticipationFunnelTest {

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

    private static Count[] counts(long... values) {
        Count[] counts = new Count[values.length];
        for (int i = 0; i < values.length; i++) {
            counts[i] = Count.of(values[i]);
        }
        return counts;
    }

    private static void assertStages(FunnelRow row, long invited, long attended, long spoke, long proposed,
                                     long adopted) {
        assertThat(new Count[] {row.invited(), row.attended(), row.spoke(), row.proposed(), row.adopted()})
                .containsExactly(counts(invited, attended, spoke, proposed, adopted));
    }

    /**
     * A1 (Feb): L1 (low education) invited, attends, speaks twice, proposal adopted; L2 (low
     * education) invited, attends silently, proposal rejected; L3 (low education) invited, no-show
     * (and no-show again at A2); professional P invited, attends, speaks, proposal adopted.
     * A2 (Apr): L4 walks in uninvited and speaks once; L5 (non-native speaker) invited, declines.
     */
    private final class Scenario {
        final ProcessTeam team = data.team("Diabetes", null);
        final DisadvantagedGroup lowEducation = data.group("LOW_EDUCATION");
        final DisadvantagedGroup nonNative = data.group("NON_NATIVE_SPEAKERS");
        final DisadvantagedGroup young = data.group("YOUNG_PEOPLE");

        Scenario() {
            Person l1 = data.lay();
            Person l2 = data.lay();
            Person l3 = data.lay();
            Person l4 = data.lay();
            Person l5 = data.lay();
            Person professional = data.professional();
            data.member(l1, lowEducation);
            data.member(l2, lowEducation);
            data.member(l3, lowEducation);
            data.member(l5, nonNative);
            data.member(professional, lowEducation);
            Activity a1 = data.meeting(team, LocalDate.of(2025, 2, 1));
            Activity a2 = data.meeting(team, LocalDate.of(2025, 4, 1));
            data.attended(a1, l1, 2);
            data.attended(a1, l2, 0);
            data.invited(a1, l3, AttendanceStatus.NO_SHOW);
            data.invited(a2, l3, AttendanceStatus.NO_SHOW);
            data.attended(a1, professional, 5);
            data.walkIn(a2, l4, 1);
            data.invited(a2, l5, AttendanceStatus.DECLINED);
            data.proposal(a1, l1, ProposalOutcome.ADOPTED);
            data.proposal(a1, l1, ProposalOutcome.REJECTED);
            data.proposal(a1, l2, ProposalOutcome.REJECTED);
            data.proposal(a1, professional, ProposalOutcome.ADOPTED);
        }
    }

    @Test
    void noDataGivesZeroFunnelForAllLayParticipantsOnly() {
        List<FunnelRow> rows = new ParticipationFunnel(store.database(), NONE).compute(AnalysisFilter.all());

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.allLayParticipants()).isTrue();
            assertStages(row, 0, 0, 0, 0, 0);
        });
    }

    @Test
    void countsDistinctLayPeoplePerStageAndGroup() {
        new Scenario();

        List<FunnelRow> rows = new ParticipationFunnel(store.database(), NONE).compute(AnalysisFilter.all());

        assertThat(rows).hasSize(4);
        assertThat(rows.get(0).allLayParticipants()).isTrue();
        // Invited L1, L2, L3, L5; attended L1, L2, L4; spoke L1, L4; proposed L1, L2; adopted L1.
        assertStages(rows.get(0), 4, 3, 2, 2, 1);
        assertThat(rows.get(1).group().code()).isEqualTo("LOW_EDUCATION");
        assertStages(rows.get(1), 3, 2, 1, 2, 1);
        assertThat(rows.get(2).group().code()).isEqualTo("NON_NATIVE_SPEAKERS");
        assertStages(rows.get(2), 1, 0, 0, 0, 0);
        assertThat(rows.get(3).group().code()).isEqualTo("YOUNG_PEOPLE");
        assertStages(rows.get(3), 0, 0, 0, 0, 0);
        assertThat(rows.get(1).stage(FunnelStage.PROPOSED)).isEqualTo(Count.of(2));
    }

    @Test
    void periodAndGroupNarrowTheFunnel() {
        Scenario s = new Scenario();

        List<FunnelRow> rows = new ParticipationFunnel(store.database(), NONE).compute(AnalysisFilter.all()
                .withPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31)).withGroup(s.nonNative.getId()));

        assertThat(rows).hasSize(2);
        // Without A2: invited L1, L2, L3; attended L1, L2; spoke L1.
        assertStages(rows.get(0), 3, 2, 1, 2, 1);
        assertThat(rows.get(1).group().id()).isEqualTo(s.nonNative.getId());
        assertStages(rows.get(1), 0, 0, 0, 0, 0);
    }

    @Test
    void everythingSuppressedBelowTheThresholdButZerosShown() {
        new Scenario();

        List<FunnelRow> rows = new ParticipationFunnel(store.database(), Suppression.standard())
                .compute(AnalysisFilter.all());

        assertThat(rows.get(0).invited()).isEqualTo(Count.withheld());
        assertThat(rows.get(0).adopted()).isEqualTo(Count.withheld());
        assertThat(rows.get(1).attended()).isEqualTo(Count.withheld());
        assertThat(rows.get(2).invited()).isEqualTo(Count.withheld());
        assertThat(rows.get(2).attended()).isEqualTo(Count.of(0));
        for (FunnelStage stage : FunnelStage.values()) {
            assertThat(rows.get(3).stage(stage)).isEqualTo(Count.of(0));
        }
    }
}
