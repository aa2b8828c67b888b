package org.inclusio.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Kills the program at random points of a schema upgrade;
 * the store must open afterwards with everything acknowledged.
 */
@Tag("reliability")
class UpgradeKillTest {

    @Test
    void everyKillLeavesAStoreThatOpensWithEverythingAcknowledged() {
        List<TrialResult> results = SuiteTrials.run(Phase.UPGRADE);

        assertThat(results.stream().filter(result -> !result.passed()))
                .withFailMessage(() -> SuiteTrials.failures(results)).isEmpty();
        assertThat(results).hasSize(SuiteTrials.TRIALS);
    }
}
