package org.inclusio.logic.analysis.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.ebean.Database;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.inclusio.logic.analysis.AnalysisFilter;
import org.inclusio.logic.analysis.AnalysisFixture;
import org.inclusio.model.ExclusionFlag;
import org.inclusio.model.ExclusionKind;
import org.inclusio.model.FlagStatus;
import org.inclusio.model.Severity;
import org.inclusio.persistence.Store;
import org.inclusio.testing.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reconciler loads the stored flags a bounded number of ids at a time and still sees every one. */
class FlagReconcilerChunkTest {

    private static final int CHUNK = 4;
    private static final int GROUPS = 23;
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    private static final RuleDescriptor RULE = RuleDescriptor.of("TOKENISM", ExclusionKind.EXTERNAL, Severity.HIGH);

    @TempDir
    Path dir;

    private Store store;
    private Database db;
    private final List<UUID> groups = new ArrayList<>();

    @BeforeEach
    void open() {
        store = TestStores.open(dir);
        db = store.database();
        AnalysisFixture data = new AnalysisFixture(db);
        for (int i = 0; i < GROUPS; i++) {
            groups.add(data.group("GROUP_" + i).getId());
        }
    }

    @AfterEach
    void close() {
        store.close();
    }

    private DetectionReport reconcile(List<Finding> findings) {
        return new FlagReconciler(db, TODAY, CHUNK)
                .reconcile(AnalysisFilter.all(), Map.of(RULE.code(), RULE), findings);
    }

    private static Finding finding(UUID group, String explanation) {
        return new Finding(RULE.code(), RULE.kind(), RULE.severity(), null, null, group,
                Explanation.of(RULE.explanationKey(), explanation), List.of());
    }

    private List<Finding> findings(int count, String explanation) {
        return groups.subList(0, count).stream().map(group -> finding(group, explanation)).toList();
    }

    @Test
    void reconcilesMoreFlagsThanOneChunkHolds() {
        DetectionReport first = reconcile(findings(GROUPS, "first"));
        assertThat(first.created()).isEqualTo(GROUPS);

        List<Finding> second = new ArrayList<>(findings(GROUPS - 5, "first"));
        second.set(0, finding(groups.get(0), "changed"));
        DetectionReport report = reconcile(second);

        assertThat(report.created()).isZero();
        assertThat(report.updated()).isEqualTo(1);
        assertThat(report.unchanged()).isEqualTo(GROUPS - 6);
        assertThat(report.resolved()).isEqualTo(5);

        DetectionReport third = reconcile(findings(GROUPS, "first"));
        assertThat(third.created()).isZero();
        assertThat(third.reopened()).isEqualTo(5);
        assertThat(third.updated()).isEqualTo(1);
        assertThat(third.unchanged()).isEqualTo(GROUPS - 6);

        List<ExclusionFlag> stored = db.find(ExclusionFlag.class).findList();
        assertThat(stored).hasSize(GROUPS).allSatisfy(flag -> assertThat(flag.getStatus()).isEqualTo(FlagStatus.OPEN));
        assertThat(stored).extracting(flag -> flag.getGroup().getId()).containsExactlyInAnyOrderElementsOf(groups);
    }

    @Test
    void aChunkOfOneStillSeesEveryFlag() {
        reconcile(findings(GROUPS, "same"));

        DetectionReport again = new FlagReconciler(db, TODAY, 1)
                .reconcile(AnalysisFilter.all(), Map.of(RULE.code(), RULE), findings(GROUPS, "same"));

        assertThat(again.unchanged()).isEqualTo(GROUPS);
        assertThat(again.created() + again.updated() + again.resolved() + again.reopened()).isZero();
    }
}
