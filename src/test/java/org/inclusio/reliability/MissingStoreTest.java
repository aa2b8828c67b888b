package org.inclusio.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A store that is not there is named as such (exit status 3) and nothing is created in its place:
 * a mistyped folder, or a folder whose store file was deleted. Only {@code demo} and {@code init}
 * create a store.
 */
@Tag("reliability")
class MissingStoreTest {

    @ParameterizedTest
    @ValueSource(strings = {"info", "import", "export"})
    void aCommandOnAMistypedFolderNamesItAndCreatesNothing(String command) throws Exception {
        KillTrials trials = SuiteTrials.shared();
        Path parent = trials.work().resolve("missing-" + command);
        Checks.deleteFolder(parent);
        Files.createDirectories(parent);
        Path store = parent.resolve("no-such-store");
        Path exported = parent.resolve("out.json");
        String[] arguments = switch (command) {
            case "import" -> new String[] {"import", trials.referenceExport().toString()};
            case "export" -> new String[] {"export", exported.toString()};
            default -> new String[] {command};
        };

        Programs.Result result = FaultRuns.run(trials.programs(), trials.programs().launcher(store, arguments));

        FaultRuns.assertPlainFailure(result, Set.of(3), Pattern.compile(Pattern.quote(store.getFileName().toString())),
                null);
        assertThat(store).withFailMessage("%s created the missing store folder", command).doesNotExist();
        assertThat(exported).doesNotExist();
    }

    @Test
    void aDeletedStoreFileIsNotReplacedByAnEmptyStore() throws Exception {
        KillTrials trials = SuiteTrials.shared();
        Path store = trials.work().resolve("deleted").resolve("store");
        Checks.deleteFolder(store.getParent());
        trials.copyDemoStore(store);
        Files.delete(store.resolve("inclusio.mv.db"));
        List<String> before = Checks.filesIn(store);

        Programs.Result result = FaultRuns.run(trials.programs(), trials.programs().launcher(store, "info"));

        FaultRuns.assertPlainFailure(result, Set.of(3), Pattern.compile(Pattern.quote(store.getFileName().toString())),
                null);
        assertThat(store.resolve("inclusio.mv.db")).withFailMessage("a new store was made in place of the deleted one")
                .doesNotExist();
        assertThat(Checks.filesIn(store)).isEqualTo(before);
    }
}
