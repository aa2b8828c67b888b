package org.inclusio.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.inclusio.persistence.FaultyLauncher;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A full disk, injected: the store's files sit behind a file system whose writes fail with "No space
 * left on device" once a budget of bytes is spent (smaller than what the work needs). The command
 * must end (not spin), say the disk is full, exit non-zero without a stack trace, and leave a store
 * that opens with nothing half-written.
 */
@Tag("reliability")
class FullDiskTest {

    /** Bytes the store may write before the disk is "full": a part of what loading the example needs. */
    private static final long BUDGET = 300_000;

    @Test
    void fullDiskDuringTheExampleLoad() throws Exception {
        KillTrials trials = SuiteTrials.shared();
        Path store = trials.work().resolve("full-disk-demo").resolve("store");
        Checks.deleteFolder(store.getParent());
        trials.copyEmptyStore(store);

        Programs.Result result = FaultRuns.run(trials.programs(), trials.programs().faulty(
                Map.of(FaultyLauncher.BUDGET_PROPERTY, String.valueOf(BUDGET)), store, "demo"));

        FaultRuns.assertPlainFailure(result, Set.of(7), FaultRuns.DISK_FULL, FaultRuns.READ_ONLY);
        assertThat(store.resolve("inclusio.mv.db")).exists();
        FaultRuns.assertOpensEmpty(trials, store);
    }

    @Test
    void fullDiskDuringAnImport() throws Exception {
        KillTrials trials = SuiteTrials.shared();
        Path file = trials.referenceExport();
        Path store = trials.work().resolve("full-disk-import").resolve("store");
        Checks.deleteFolder(store.getParent());
        trials.copyEmptyStore(store);

        Programs.Result result = FaultRuns.run(trials.programs(), trials.programs().faulty(
                Map.of(FaultyLauncher.BUDGET_PROPERTY, String.valueOf(BUDGET)), store, "import", file.toString()));

        FaultRuns.assertPlainFailure(result, Set.of(7), FaultRuns.DISK_FULL, FaultRuns.CLASH);
        assertThat(FaultRuns.READ_ONLY.matcher(result.err()).find()).withFailMessage(
                "a full disk reported as a permission problem: %s", result.describe()).isFalse();
        FaultRuns.assertOpensEmpty(trials, store);
    }
}
