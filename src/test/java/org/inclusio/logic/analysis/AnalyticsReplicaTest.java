package org.inclusio.logic.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.ebean.Database;
import io.ebean.Transaction;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.inclusio.logic.analysis.funnel.ParticipationFunnel;
import org.inclusio.logic.analysis.matrix.ModeLevelMatrix;
import org.inclusio.logic.analysis.matrix.ModeLevelMatrixAnalysis;
import org.inclusio.logic.analysis.representation.Breakdown;
import org.inclusio.logic.analysis.representation.RepresentationAnalysis;
import org.inclusio.logic.analysis.rules.ExclusionDetector;
import org.inclusio.logic.analysis.rules.RuleParameterStore;
import org.inclusio.logic.analysis.rules.builtin.BuiltInRules;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.demo.DemoRegionLoader;
import org.inclusio.logic.demo.DemoScale;
import org.inclusio.model.Activity;
import org.inclusio.model.AttendanceStatus;
import org.inclusio.model.DisadvantagedGroup;
import org.inclusio.model.Organisation;
import org.inclusio.model.Participation;
import org.inclusio.model.ProcessTeam;
import org.inclusio.persistence.Store;
import org.inclusio.persistence.analytics.AnalyticsReplica;
import org.inclusio.persistence.analytics.StoreAggregates;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The in-memory column copy gives every analysis exactly the figures the store gives, for every kind
 * of filter and breakdown, and follows every committed change, including one committed while a copy
 * was being made.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalyticsReplicaTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-30T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path directory;

    private Store store;
    private Database db;
    private AnalyticsReplica replica;

    @BeforeAll
    void loadExample() throws Exception {
        // the column copy follows an embedded H2 store; a server answers the analyses itself
        org.junit.jupiter.api.Assumptions.assumeFalse(org.inclusio.testing.TestServer.storesOnServer());
        store = org.inclusio.testing.TestStores.open(directory.resolve("example"));
        db = store.database();
        new DemoRegionLoader(Locale.ENGLISH, CLOCK)
                .load(db, DemoScale.EXAMPLE, 20_250_630L, null);
        replica = new AnalyticsReplica(store::jdbcConnection, new org.inclusio.persistence.analytics.StoreAggregates(store.database()));
    }

    @AfterAll
    void close() {
        if (replica != null) {
            replica.close();
        }
        if (store != null) {
            store.close();
        }
    }

    private List<AnalysisFilter> filters() {
        List<AnalysisFilter> filters = new ArrayList<>();
        AnalysisFilter all = AnalysisFilter.all();
        filters.add(all);
        filters.add(all.withPeriod(LocalDate.of(2024, 10, 1), LocalDate.of(2025, 3, 31)));
        for (ProcessTeam team : db.find(ProcessTeam.class).findList()) {
            filters.add(all.withTeam(team.getId()));
        }
        for (Organisation organisation : db.find(Organisation.class).findList()) {
            filters.add(all.withOrganisation(organisation.getId()));
        }
        List<DisadvantagedGroup> groups = db.find(DisadvantagedGroup.class).findList();
        for (DisadvantagedGroup group : groups) {
            filters.add(all.withGroup(group.getId()));
        }
        UUID firstTeam = db.find(ProcessTeam.class).orderBy("name").findList().get(0).getId();
        filters.add(all.withTeam(firstTeam).withGroup(groups.get(0).getId())
                .withPeriod(LocalDate.of(2024, 7, 1), null));
        return filters;
    }

    private void assertSameFigures() {
        Suppression suppression = Suppression.standard();
        StoreAggregates direct = new StoreAggregates(db);
        ModeLevelMatrixAnalysis storeMatrix = new ModeLevelMatrixAnalysis(db, direct);
        ModeLevelMatrixAnalysis replicaMatrix = new ModeLevelMatrixAnalysis(db, replica);
        RepresentationAnalysis storeRepresentation = new RepresentationAnalysis(db, direct, suppression);
        RepresentationAnalysis replicaRepresentation = new RepresentationAnalysis(db, replica, suppression);
        ParticipationFunnel storeFunnel = new ParticipationFunnel(db, direct, suppression);
        ParticipationFunnel replicaFunnel = new ParticipationFunnel(db, replica, suppression);
        Localization texts = new Localization(Locale.ENGLISH);
        ExclusionDetector storeDetector = new ExclusionDetector(db, direct, BuiltInRules.all(),
                new RuleParameterStore(db), texts, CLOCK, suppression);
        ExclusionDetector replicaDetector = new ExclusionDetector(db, replica, BuiltInRules.all(),
                new RuleParameterStore(db), texts, CLOCK, suppression);
        for (AnalysisFilter filter : filters()) {
            // the same findings; rules list them in the order the database returns them
            assertThat(replicaDetector.evaluate(filter)).as("findings of %s", filter)
                    .containsExactlyInAnyOrderElementsOf(storeDetector.evaluate(filter));
            assertThat(replicaMatrix.compute(filter)).as("matrix of %s", filter).isEqualTo(storeMatrix.compute(filter));
            assertThat(replicaFunnel.compute(filter)).as("funnel of %s", filter).isEqualTo(storeFunnel.compute(filter));
            for (Breakdown breakdown : Breakdown.values()) {
                assertThat(replicaRepresentation.representation(filter, breakdown))
                        .as("representation of %s by %s", filter, breakdown)
                        .isEqualTo(storeRepresentation.representation(filter, breakdown));
                assertThat(replicaRepresentation.influence(filter, breakdown))
                        .as("influence of %s by %s", filter, breakdown)
                        .isEqualTo(storeRepresentation.influence(filter, breakdown));
            }
        }
    }

    @Test
    void everyAnalysisGivesTheStoresFiguresAndCopiesOnlyWhatChanged() {
        assertSameFigures();
        assertThat(new ModeLevelMatrixAnalysis(db, replica).compute(AnalysisFilter.all()).cells())
                .anySatisfy(cell -> assertThat(cell.participants()).isPositive());
        long copies = replica.copies();
        assertSameFigures();
        assertThat(replica.copies()).as("nothing changed, nothing copied").isEqualTo(copies);

        // a soft deletion, a changed attendance and a new activity, each through the application's own path
        Activity deleted = db.find(Activity.class).orderBy("heldOn").setMaxRows(1).findOne();
        deleted.setDeleted(true);
        db.save(deleted);
        Participation attended = db.find(Participation.class).where()
                .eq("attendance", AttendanceStatus.ATTENDED).orderBy("id").setMaxRows(1).findOne();
        attended.setAttendance(AttendanceStatus.NO_SHOW);
        db.save(attended);
        assertSameFigures();
        assertThat(replica.copies()).as("two tables copied again").isEqualTo(copies + 2);
        List<org.inclusio.logic.analysis.rules.Finding> findings = new ExclusionDetector(db, replica, BuiltInRules.all(),
                new RuleParameterStore(db), new Localization(Locale.ENGLISH), CLOCK, Suppression.standard())
                .evaluate(AnalysisFilter.all());
        assertThat(findings).as("the example region shows its problems").hasSizeGreaterThan(5);
    }

    @Test
    void onlyTheQuotedFreeTextIsCopiedWhereFilledInAndFindingsQuoteIt() {
        List<String> copied = replica.list("select topics_avoided from activity where topics_avoided is not null"
                + " order by id", java.util.Map.of(), (rs, row) -> rs.getString(1));
        List<String> stored = db.sqlQuery("select topics_avoided from activity"
                        + " where topics_avoided is not null and trim(topics_avoided) <> '' order by id")
                .mapTo((rs, row) -> rs.getString(1)).findList();
        assertThat(stored).as("the example region records avoided topics").isNotEmpty();
        assertThat(copied).as("the texts as stored, only where filled in").isEqualTo(stored);
        List<String> activityColumns = replica.list("select column_name from information_schema.columns"
                + " where table_name = 'activity'", java.util.Map.of(), (rs, row) -> rs.getString(1));
        assertThat(activityColumns).as("no other free text").contains("topics_avoided", "held_on")
                .doesNotContain("notes", "title", "purpose");
        List<String> live = db.sqlQuery("select topics_avoided from activity where deleted = false"
                        + " and topics_avoided is not null and trim(topics_avoided) <> ''")
                .mapTo((rs, row) -> rs.getString(1).strip()).findList();
        List<String> quoted = new ExclusionDetector(db, replica, BuiltInRules.all(), new RuleParameterStore(db),
                new Localization(Locale.ENGLISH), CLOCK, Suppression.standard())
                .evaluate(AnalysisFilter.all(), "TOPICS_AVOIDED").stream()
                .map(org.inclusio.logic.analysis.rules.Findings::english).toList();
        assertThat(quoted).hasSameSizeAs(live)
                .allSatisfy(text -> assertThat(live).anySatisfy(topic -> assertThat(text).contains(topic)));
    }

    @Test
    void aStatementKeptForItsTextGivesEachRunItsOwnParametersAndANestedRunOfTheSameTextItsOwnRows() {
        String sql = "select count(*) from activity where held_on >= :from";
        LocalDate[] days = {LocalDate.of(2000, 1, 1), LocalDate.of(2025, 1, 1), LocalDate.of(2000, 1, 1)};
        for (LocalDate day : days) {
            long expected = db.sqlQuery("select count(*) from activity where held_on >= :from")
                    .setParameter("from", day).mapToScalar(Long.class).findOne();
            assertThat(replica.list(sql, java.util.Map.of("from", day), (rs, row) -> rs.getLong(1)))
                    .as("the same text run again with %s", day).containsExactly(expected);
        }
        String ids = "select id from activity where held_on >= :from order by id";
        java.util.Map<String, Object> all = java.util.Map.of("from", LocalDate.of(2000, 1, 1));
        List<UUID> outer = new ArrayList<>();
        List<Integer> inner = new ArrayList<>();
        replica.forEach(ids, all, (rs, row) -> rs.getObject(1, UUID.class), id -> {
            outer.add(id);
            if (outer.size() <= 2) {
                inner.add(replica.list(ids, all, (rs, row) -> rs.getObject(1, UUID.class)).size());
            }
        });
        assertThat(outer).isNotEmpty();
        assertThat(inner).as("a nested query of the same text reads every row while the outer one is read")
                .containsOnly(outer.size());
    }

    @Test
    void aChangeCommittedAfterTheCopyWasTakenIsSeenAtTheNextQuery() throws Exception {
        ModeLevelMatrixAnalysis replicaMatrix = new ModeLevelMatrixAnalysis(db, replica);
        ModeLevelMatrixAnalysis storeMatrix = new ModeLevelMatrixAnalysis(db, new StoreAggregates(db));
        replicaMatrix.compute(AnalysisFilter.all());
        ModeLevelMatrix before = storeMatrix.compute(AnalysisFilter.all());

        Activity moved = db.find(Activity.class).where().eq("deleted", false).orderBy("heldOn desc")
                .setMaxRows(1).findOne();
        try (Transaction open = db.beginTransaction()) {
            moved.setMode(moved.getMode() == org.inclusio.model.Mode.CO_DESIGN
                    ? org.inclusio.model.Mode.CO_DELIVERY : org.inclusio.model.Mode.CO_DESIGN);
            db.save(moved, open);
            // the copy is made while the change is written but not committed: it cannot see it
            assertThat(replicaMatrix.compute(AnalysisFilter.all())).isEqualTo(before);
            open.commit();
        }
        ModeLevelMatrix after = storeMatrix.compute(AnalysisFilter.all());
        assertThat(after).isNotEqualTo(before);
        assertThat(replicaMatrix.compute(AnalysisFilter.all())).isEqualTo(after);
    }
}
