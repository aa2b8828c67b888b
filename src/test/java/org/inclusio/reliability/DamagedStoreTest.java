package org.inclusio.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A damaged store file (cut short, or with bytes flipped in its middle) is named as damaged (exit
 * status 3, no stack trace), and left exactly as it was: not repaired in place, not replaced by a
 * new store, not opened as an older or empty state.
 */
@Tag("reliability")
class DamagedStoreTest {

    @Test
    void aTruncatedStoreIsNamedDamagedAndLeftAsItIs() throws Exception {
        Path store = damagedStore("truncated");
        Path database = store.resolve("inclusio.mv.db");
        try (FileChannel channel = FileChannel.open(database, StandardOpenOption.WRITE)) {
            channel.truncate(channel.size() / 4);
        }
        assertRefusedAndUntouched(store);
    }

    @Test
    void aStoreWithFlippedBytesIsNamedDamagedAndLeftAsItIs() throws Exception {
        Path store = damagedStore("flipped");
        Path database = store.resolve("inclusio.mv.db");
        byte[] bytes = Files.readAllBytes(database);
        for (int i = bytes.length / 4; i < bytes.length * 3 / 4; i += 512) {
            bytes[i] ^= (byte) 0xFF;
        }
        Files.write(database, bytes);
        assertRefusedAndUntouched(store);
    }

    private static Path damagedStore(String name) throws IOException, InterruptedException {
        KillTrials trials = SuiteTrials.shared();
        Path store = trials.work().resolve("damaged-" + name).resolve("store");
        Checks.deleteFolder(store.getParent());
        trials.copyDemoStore(store);
        return store;
    }

    private static void assertRefusedAndUntouched(Path store) throws IOException, InterruptedException {
        KillTrials trials = SuiteTrials.shared();
        Path database = store.resolve("inclusio.mv.db");
        String before = Checks.sha256(database);
        List<String> filesBefore = Checks.filesIn(store);

        Programs.Result result = FaultRuns.run(trials.programs(), trials.programs().launcher(store, "info"));

        assertThat(result.exitCode() == 0 && Checks.infoCounts(result.out()).equals(trials.completeCounts()))
                .withFailMessage("the damaged store opened as if whole; the damage was not where the records are")
                .isFalse();
        FaultRuns.assertPlainFailure(result, Set.of(3), FaultRuns.DAMAGED, FaultRuns.DISK_FULL);
        assertThat(database).exists();
        assertThat(Checks.sha256(database)).withFailMessage("the damaged file was changed").isEqualTo(before);
        assertThat(Checks.filesIn(store)).withFailMessage("files were created beside the damaged store")
                .isEqualTo(filesBefore);
    }
}
