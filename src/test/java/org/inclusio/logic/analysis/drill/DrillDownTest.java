package org.inclusio.logic.analysis.drill;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.inclusio.logic.analysis.AnalysisFilter;
import org.inclusio.logic.analysis.AnalysisFixture;
import org.inclusio.logic.analysis.Suppression;
import org.inclusio.logic.analysis.funnel.FunnelStage;
import org.inclusio.logic.analysis.representation.Slice;
import org.inclusio.logic.analysis.rules.ExclusionDetector;
import org.inclusio.logic.analysis.rules.RuleParameterStore;
import org.inclusio.logic.analysis.rules.builtin.BuiltInRules;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.model.Activity;
import org.inclusio.model.AttendanceStatus;
import org.inclusio.model.DisadvantagedGroup;
import org.inclusio.model.Level;
import org.inclusio.model.Mode;
import org.inclusio.model.Participation;
import org.inclusio.model.Person;
import org.inclusio.model.ProcessTeam;
import org.inclusio.model.Proposal;
import org.inclusio.model.ProposalOutcome;
import org.inclusio.model.ReferenceShare;
import org.inclusio.model.TeamMembership;
import org.inclusio.persistence.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DrillDownTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 12, 31);
    private static final Suppression NONE = new Suppression(1);

    @TempDir
    Path dir;

    private Store store;
    private AnalysisFixture data;
    private ProcessTeam team;
    private DisadvantagedGroup low;
    private Activity march;
    private Activity june;
    private Activity other;

    @BeforeEach
    void open() {
        store = org.inclusio.testing.TestStores.open(dir);
        data = new AnalysisFixture(store.database());
        team = data.team("Diabetes", data.organisation("Hospital"));
        low = data.group("LOW_INCOME");
        march = data.activity(team, LocalDate.of(2024, 3, 5), Mode.CO_DESIGN, Level.GROUP, 60);
        june = data.activity(team, LocalDate.of(2024, 6, 5), Mode.CO_DELIVERY, Level.GROUP, 60);
        other = data.activity(team, LocalDate.of(2024, 9, 5), Mode.CO_DESIGN, Level.GROUP, 60);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Person member() {
        Person person = data.lay();
        data.member(person, low);
        return person;
    }

    @Test
    void representationListsTheActivitiesAMemberOfTheGroupAttendedWithinTheSlice() {
        Person a = member();
        Person b = member();
        data.attended(march, a);
        data.attended(june, b);
        data.attended(other, data.lay());
        data.invited(other, member(), AttendanceStatus.NO_SHOW);
        data.attended(other, data.professional());
        RowActivities rows = new RowActivities(store.database(), NONE);

        ActivityPage all = rows.representation(AnalysisFilter.all(), new Slice(team.getId(), null, null, null, null),
                low.getId());
        assertThat(all.hidden()).isFalse();
        assertThat(all.total()).isEqualTo(2);
        assertThat(all.activities()).extracting(ActivityRef::id).containsExactly(march.getId(), june.getId());
        assertThat(all.activities().get(0)).isEqualTo(new ActivityRef(march.getId(), LocalDate.of(2024, 3, 5),
                march.getTitle()));

        ActivityPage design = rows.representation(AnalysisFilter.all(),
                new Slice(team.getId(), Mode.CO_DESIGN, null, null, null), low.getId());
        assertThat(design.activities()).extracting(ActivityRef::id).containsExactly(march.getId());

        ActivityPage secondQuarter = rows.representation(AnalysisFilter.all(),
                new Slice(team.getId(), null, null, 2024, 2), low.getId());
        assertThat(secondQuarter.activities()).extracting(ActivityRef::id).containsExactly(june.getId());

        ActivityPage noTeam = rows.representation(AnalysisFilter.all(), new Slice(null, null, null, null, null),
                low.getId());
        assertThat(noTeam.total()).isZero();
        assertThat(noTeam.activities()).isEmpty();
    }

    @Test
    void influenceAddsActivitiesWhereAMemberHadAProposalAdopted() {
        Person a = member();
        data.attended(march, a);
        data.proposal(other, a, ProposalOutcome.ADOPTED);
        data.proposal(june, a, ProposalOutcome.REJECTED);
        RowActivities rows = new RowActivities(store.database(), NONE);

        ActivityPage page = rows.influence(AnalysisFilter.all(), new Slice(team.getId(), null, null, null, null),
                low.getId());

        assertThat(page.total()).isEqualTo(2);
        assertThat(page.activities()).extracting(ActivityRef::id).containsExactly(march.getId(), other.getId());
    }

    @Test
    void theFunnelListsTheActivitiesWhereTheStageHappened() {
        Person a = member();
        data.invited(march, a, AttendanceStatus.NO_SHOW);
        data.walkIn(june, a, 3);
        data.proposal(other, a, ProposalOutcome.PARTLY_ADOPTED);
        data.attended(other, data.lay(), 1);
        RowActivities rows = new RowActivities(store.database(), NONE);
        AnalysisFilter all = AnalysisFilter.all();

        assertThat(rows.funnel(all, low.getId(), FunnelStage.INVITED).activities()).extracting(ActivityRef::id)
                .containsExactly(march.getId());
        assertThat(rows.funnel(all, low.getId(), FunnelStage.SPOKE).activities()).extracting(ActivityRef::id)
                .containsExactly(june.getId());
        assertThat(rows.funnel(all, low.getId(), FunnelStage.ADOPTED).activities()).extracting(ActivityRef::id)
                .containsExactly(other.getId());
        assertThat(rows.funnel(all, low.getId(), null).total()).isEqualTo(3);
        assertThat(rows.funnel(all, null, FunnelStage.SPOKE).activities()).extracting(ActivityRef::id)
                .containsExactly(june.getId(), other.getId());
        assertThat(rows.funnel(all.withPeriod(LocalDate.of(2024, 6, 1), null), low.getId(), null).activities())
                .extracting(ActivityRef::id).containsExactly(june.getId(), other.getId());
    }

    @Test
    void fewerPeopleThanTheThresholdHideTheList() {
        for (int i = 0; i < 4; i++) {
            data.attended(march, member());
        }
        RowActivities rows = new RowActivities(store.database(), Suppression.standard());
        Slice whole = new Slice(team.getId(), null, null, null, null);

        assertThat(rows.representation(AnalysisFilter.all(), whole, low.getId()))
                .isEqualTo(ActivityPage.withheld());

        data.attended(june, member());
        ActivityPage five = rows.representation(AnalysisFilter.all(), whole, low.getId());
        assertThat(five.hidden()).isFalse();
        assertThat(five.activities()).extracting(ActivityRef::id).containsExactly(march.getId(), june.getId());
    }

    @Test
    void describesEachKindOfRecordWithPersonCodesOnly() {
        Person a = member();
        Participation participation = data.attended(march, a);
        Proposal proposal = data.proposal(june, a, ProposalOutcome.PENDING);
        TeamMembership seat = data.seat(team, a);
        ReferenceShare reference = data.reference(team, low, 0.2, 2023);
        FindingRecords records = new FindingRecords(store.database(), detector());

        List<EvidenceRecord> described = records.describe(List.of(reference.getId(), participation.getId(),
                UUID.randomUUID(), seat.getId(), proposal.getId(), other.getId()));

        assertThat(described).containsExactly(
                new EvidenceRecord(RecordKind.REFERENCE_SHARE, reference.getId(), null, null, null, "Diabetes", null,
                        "low income", 2023),
                new EvidenceRecord(RecordKind.PARTICIPATION, participation.getId(), march.getId(),
                        LocalDate.of(2024, 3, 5), march.getTitle(), "Diabetes", a.getCode(), null, null),
                new EvidenceRecord(RecordKind.TEAM_SEAT, seat.getId(), null, null, null, "Diabetes", a.getCode(),
                        null, null),
                new EvidenceRecord(RecordKind.PROPOSAL, proposal.getId(), june.getId(), LocalDate.of(2024, 6, 5),
                        june.getTitle(), "Diabetes", a.getCode(), null, null),
                new EvidenceRecord(RecordKind.ACTIVITY, other.getId(), other.getId(), LocalDate.of(2024, 9, 5),
                        other.getTitle(), "Diabetes", null, null, null));
    }

    @Test
    void aFlagListsTheRecordsOfItsFindingWhileTheFindingHolds() {
        data.attended(march, data.lay());
        ReferenceShare reference = data.reference(team, low, 0.3, 2023);
        ExclusionDetector detector = detector();
        AnalysisFilter year = new AnalysisFilter(LocalDate.of(2024, 1, 1), TODAY, null, null, null);
        detector.detect(year);
        UUID flagId = store.database().sqlQuery("select id from exclusion_flag where rule_code = 'ABSENT_GROUP'")
                .mapToScalar(UUID.class).findOne();
        FindingRecords records = new FindingRecords(store.database(), detector);

        FlagRecords found = records.forFlag(flagId, year);
        assertThat(found.findingHolds()).isTrue();
        assertThat(found.records()).containsExactly(new EvidenceRecord(RecordKind.REFERENCE_SHARE,
                reference.getId(), null, null, null, "Diabetes", null, "low income", 2023));

        data.attended(june, member());
        assertThat(records.forFlag(flagId, year)).isEqualTo(FlagRecords.noFinding());
        assertThat(records.forFlag(UUID.randomUUID(), year)).isEqualTo(FlagRecords.noFinding());
    }

    private ExclusionDetector detector() {
        return new ExclusionDetector(store.database(), BuiltInRules.all(), new RuleParameterStore(store.database()),
                new Localization(Locale.ENGLISH), Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC),
                ZoneOffset.UTC));
    }
}
