package org.inclusio.logic.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.inclusio.logic.analysis.funnel.FunnelRow;
import org.inclusio.logic.analysis.funnel.ParticipationFunnel;
import org.inclusio.logic.analysis.matrix.ModeLevelMatrixAnalysis;
import org.inclusio.logic.analysis.representation.Breakdown;
import org.inclusio.logic.analysis.representation.RepresentationAnalysis;
import org.inclusio.logic.analysis.representation.RepresentationRow;
import org.inclusio.model.Activity;
import org.inclusio.model.Consent;
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

/**
 * A membership whose consent was withdrawn counts for the activities before the withdrawal and for none
 * from that day on, in every analysis.
 *
 * <p>Team "Diabetes", groups "Low education" and "Non-native speakers". Lay L1 (low education and
 * non-native speaker under one consent, withdrawn on 1 April 2025),
 * lay L2 (low education, consent standing), lay L3 (no group). Four quarterly meetings, each attended by
 * all three; L1 speaks twice at each and makes one proposal (adopted) at the January and the July
 * meeting: 15 January, 15 March (before the withdrawal), 1 April (the day of it), 15 July.
 */
class WithdrawnConsentTest {

    private static final Suppression NONE = new Suppression(1);
    private static final LocalDate WITHDRAWN = LocalDate.of(2025, 4, 1);

    @TempDir
    Path dir;

    private Store store;
    private AnalysisFixture data;
    private DisadvantagedGroup lowEducation;
    private DisadvantagedGroup nonNative;

    @BeforeEach
    void open() {
        store = org.inclusio.testing.TestStores.open(dir);
        data = new AnalysisFixture(store.database());
        ProcessTeam team = data.team("Diabetes", null);
        lowEducation = data.group("LOW_EDUCATION");
        nonNative = data.group("NON_NATIVE_SPEAKERS");
        Person l1 = data.lay();
        Person l2 = data.lay();
        Person l3 = data.lay();
        Consent l1Consent = data.member(l1, lowEducation, nonNative);
        data.member(l2, lowEducation);
        for (LocalDate day : List.of(LocalDate.of(2025, 1, 15), LocalDate.of(2025, 3, 15), WITHDRAWN,
                LocalDate.of(2025, 7, 15))) {
            Activity meeting = data.activity(team, day, Mode.CO_DESIGN, Level.GROUP, 60);
            data.attended(meeting, l1, 2);
            data.attended(meeting, l2);
            data.attended(meeting, l3);
            if (day.getMonthValue() == 1 || day.getMonthValue() == 7) {
                data.proposal(meeting, l1, ProposalOutcome.ADOPTED);
            }
        }
        data.withdraw(l1Consent, WITHDRAWN);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static AnalysisFilter period(int fromMonth, int toMonth) {
        return AnalysisFilter.all().withPeriod(LocalDate.of(2025, fromMonth, 1),
                LocalDate.of(2025, toMonth, 1).plusMonths(1).minusDays(1));
    }

    private RepresentationRow lowEducationRow(AnalysisFilter filter) {
        return new RepresentationAnalysis(store.database(), NONE).representation(filter, Breakdown.NONE).stream()
                .filter(row -> row.group().id().equals(lowEducation.getId()))
                .findFirst().orElseThrow();
    }

    @Test
    void representationCountsTheMemberOnlyBeforeTheWithdrawal() {
        // January to March: L1 and L2 of the 3 lay attendees belong to the group
        RepresentationRow before = lowEducationRow(period(1, 3));
        assertThat(before.groupParticipants()).isEqualTo(Count.of(2));
        assertThat(before.participants()).isEqualTo(Count.of(3));
        // April to July: only L2 does
        RepresentationRow after = lowEducationRow(period(4, 7));
        assertThat(after.groupParticipants()).isEqualTo(Count.of(1));
        assertThat(after.participants()).isEqualTo(Count.of(3));
        // the whole year: L1 counts, through the first two meetings
        assertThat(lowEducationRow(period(1, 12)).groupParticipants()).isEqualTo(Count.of(2));
    }

    @Test
    void funnelCountsTheMemberOnlyBeforeTheWithdrawal() {
        ParticipationFunnel funnel = new ParticipationFunnel(store.database(), NONE);
        FunnelRow before = funnel.compute(period(1, 3).withGroup(lowEducation.getId())).get(1);
        // invited (attended without invitation here), attended, spoke, proposed, adopted
        assertThat(List.of(before.attended(), before.spoke(), before.proposed(), before.adopted()))
                .containsExactly(Count.of(2), Count.of(1), Count.of(1), Count.of(1));
        FunnelRow after = funnel.compute(period(4, 12).withGroup(lowEducation.getId())).get(1);
        // L1 spoke and proposed in July, but no longer as a member of the group
        assertThat(List.of(after.attended(), after.spoke(), after.proposed(), after.adopted()))
                .containsExactly(Count.of(1), Count.of(0), Count.of(0), Count.of(0));
        // all lay participants are counted as before, whatever their memberships
        FunnelRow everyone = funnel.compute(period(4, 12)).get(0);
        assertThat(List.of(everyone.attended(), everyone.spoke(), everyone.proposed()))
                .containsExactly(Count.of(3), Count.of(1), Count.of(1));
    }

    @Test
    void matrixGroupFilterKeepsOnlyMeetingsWithAMemberWhoseConsentStood() {
        ModeLevelMatrixAnalysis matrix = new ModeLevelMatrixAnalysis(store.database());
        // L1 is the only non-native speaker: the two meetings before the withdrawal count
        assertThat(matrix.compute(AnalysisFilter.all().withGroup(nonNative.getId()))
                .cell(Mode.CO_DESIGN, Level.GROUP).activities()).isEqualTo(2);
        assertThat(matrix.activityIds(AnalysisFilter.all().withGroup(nonNative.getId()), Mode.CO_DESIGN,
                Level.GROUP)).hasSize(2);
        // L2 is a member of low education throughout
        assertThat(matrix.compute(AnalysisFilter.all().withGroup(lowEducation.getId()))
                .cell(Mode.CO_DESIGN, Level.GROUP).activities()).isEqualTo(4);
        // groups present: both up to March, only low education from April on
        assertThat(matrix.compute(period(1, 3)).cell(Mode.CO_DESIGN, Level.GROUP).groupsPresent()).isEqualTo(2);
        assertThat(matrix.compute(period(4, 12)).cell(Mode.CO_DESIGN, Level.GROUP).groupsPresent()).isEqualTo(1);
        // the activity and participant totals do not depend on memberships
        assertThat(matrix.compute(period(4, 12)).cell(Mode.CO_DESIGN, Level.GROUP).participants()).isEqualTo(3);
    }
}
