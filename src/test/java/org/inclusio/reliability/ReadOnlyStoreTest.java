package org.inclusio.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;
import org.inclusio.persistence.FaultyLauncher;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A store that cannot be written: an import is refused with a message that says so (not "this
 * record clashes ..."), exit non-zero, no stack trace, and nothing imported once it is writable again.
 */
@Tag("reliability")
class ReadOnlyStoreTest {

    @Test
    void importIntoAStoreOnAReadOnlyFileSystem() throws Exception {
        KillTrials trials = SuiteTrials.shared();
        Path file = trials.referenceExport();
        Path store = trials.work().resolve("read-only-injected").resolve("store");
        Checks.deleteFolder(store.getParent());
        trials.copyEmptyStore(store);

        Programs.Result result = FaultRuns.run(trials.programs(), trials.programs().faulty(
                Map.of(FaultyLauncher.READ_ONLY_PROPERTY, "true"), store, "import", file.toString()));

        FaultRuns.assertPlainFailure(result, Set.of(7), FaultRuns.READ_ONLY, FaultRuns.CLASH);
        FaultRuns.assertOpensEmpty(trials, store);
    }

    @Test
    void importIntoAStoreWhoseFilesAreReadOnly() throws Exception {
        KillTrials trials = SuiteTrials.shared();
        Path file = trials.referenceExport();
        Path store = trials.work().resolve("read-only-files").resolve("store");
        Checks.deleteFolder(store.getParent());
        trials.copyEmptyStore(store);
        Path database = store.resolve("inclusio.mv.db");
        Files.setPosixFilePermissions(database, PosixFilePermissions.fromString("r--r--r--"));
        try {
            assumeFalse(canStillWrite(database), "file permissions do not stop this user (root): "
                    + "the injected read-only test covers the case");
            Files.setPosixFilePermissions(store, PosixFilePermissions.fromString("r-xr-xr-x"));

            Programs.Result result = FaultRuns.run(trials.programs(),
                    trials.programs().launcher(store, "import", file.toString()));

            FaultRuns.assertPlainFailure(result, Set.of(7), FaultRuns.READ_ONLY, FaultRuns.CLASH);
        } finally {
            Files.setPosixFilePermissions(store, PosixFilePermissions.fromString("rwx------"));
            Files.setPosixFilePermissions(database, PosixFilePermissions.fromString("rw-------"));
        }
        FaultRuns.assertOpensEmpty(trials, store);
    }

    /** Whether this user can write a file its permissions call read-only (root can). */
    private static boolean canStillWrite(Path file) {
        try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE)) {
            return channel.isOpen();
        } catch (IOException e) {
            return false;
        }
    }
}
