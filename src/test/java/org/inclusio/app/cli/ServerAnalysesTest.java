package org.inclusio.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.inclusio.persistence.ServerAddress;
import org.inclusio.testing.CommandLineRun;
import org.inclusio.testing.TestServer;
import org.inclusio.testing.TestStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The example region loaded by {@code demo} into an embedded store and into a database on a PostgreSQL server
 * gives the same output, to the last digit and in the same order, for every analysis on the command line.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServerAnalysesTest {

    @TempDir
    static Path folder;

    private ServerAddress server;
    private Path passwordFile;

    @BeforeAll
    void loadTheExampleRegionIntoBoth() {
        server = TestServer.newDatabase();
        passwordFile = TestServer.passwordFile();
        CommandLineRun embedded = onEmbedded("demo");
        assertThat(embedded.status()).as(embedded.err()).isZero();
        CommandLineRun onServer = onServer("demo");
        assertThat(onServer.status()).as(onServer.err()).isZero();
        assertThat(onServer.out()).contains(server.database()).doesNotContain(passwordFile.toString());
        // the stored flags come from the rules run on each store
        assertThat(onEmbedded("analyse", "flags", "--detect").status()).isZero();
        assertThat(onServer("analyse", "flags", "--detect").status()).isZero();
    }

    @AfterAll
    void dropTheDatabase() {
        TestServer.drop(server);
    }

    static Stream<List<String>> analyses() {
        return Stream.of(
                List.of("matrix"),
                List.of("matrix", "--from", "2025-09-01", "--to", "2026-03-31"),
                List.of("representation"),
                List.of("representation", "--breakdown", "quarter"),
                List.of("representation", "--breakdown", "mode", "--team", "COPD process team"),
                List.of("representation", "--influence"),
                List.of("funnel"),
                List.of("funnel", "--organisation", "Riverside Hospital Foundation (fictional)"),
                List.of("flags"));
    }

    @ParameterizedTest
    @MethodSource("analyses")
    void everyAnalysisGivesTheSameOutputOnBothDatabases(List<String> analysis) {
        // every analysis as JSON, the tables with several kinds of cells as CSV too
        List<String> formats = List.of("matrix", "flags").contains(analysis.get(0)) || analysis.size() == 1
                && analysis.get(0).equals("representation") ? List.of("json", "csv") : List.of("json");
        for (String format : formats) {
            List<String> arguments = new ArrayList<>(List.of("analyse"));
            arguments.addAll(analysis);
            arguments.addAll(List.of("--format", format));
            CommandLineRun embedded = onEmbedded(arguments.toArray(String[]::new));
            CommandLineRun onServer = onServer(arguments.toArray(String[]::new));

            assertThat(embedded.status()).as(embedded.err()).isZero();
            assertThat(onServer.status()).as(onServer.err()).isZero();
            assertThat(onServer.out()).as(String.join(" ", arguments)).isEqualTo(embedded.out());
            assertThat(embedded.out().lines().count()).isGreaterThan(2);
        }
    }

    private CommandLineRun onEmbedded(String... arguments) {
        List<String> all = new ArrayList<>(List.of("--store", folder.toString()));
        all.addAll(List.of(arguments));
        return run(TestStores.withPassphrase(all.toArray(String[]::new)));
    }

    private CommandLineRun onServer(String... arguments) {
        List<String> all = new ArrayList<>(List.of("--store", TestServer.commandLineAddress(server),
                "--password-file", passwordFile.toString()));
        all.addAll(List.of(arguments));
        return run(all.toArray(String[]::new));
    }

    private static CommandLineRun run(String... arguments) {
        return CommandLineRun.of(arguments);
    }
}
