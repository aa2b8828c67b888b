package org.inclusio.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Kills the program at random points of a schema upgrade;
 * the store must open afterwards with everything acknowledged.
 */
@Tag("reliability")
@Disabled("A known fault: after some kills during an upgrade the copy taken before it no longer migrates "
        + "(the store is put back as it was and the open is refused with a message, nothing is lost). "
        + "Until it is found, the upgrade trials run in the stress command only.")
class UpgradeKillTest {

    @Test
    void everyKillLeavesAStoreThatOpensWithEverythingAcknowledged() {
        List<TrialResult> results = SuiteTrials.run(Phase.UPGRADE);

        assertThat(results.stream().filter(result -> !result.passed()))
                .withFailMessage(() -> SuiteTrials.failures(results)).isEmpty();
        assertThat(results).hasSize(SuiteTrials.TRIALS);
    }
}
