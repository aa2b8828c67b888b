package org.inclusio.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.inclusio.persistence.ServerAddress;
import org.inclusio.testing.CommandLineRun;
import org.inclusio.testing.TestServer;
import org.inclusio.testing.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code migrate-store --to SERVER}: a laptop's store copied whole onto a server, counted, and refused twice. */
class MigrateStoreCommandTest {

    @TempDir
    Path folder;

    private ServerAddress server;
    private Path passwordFile;

    @BeforeEach
    void laptopWithTheExampleRegionAndAnEmptyServer() {
        server = TestServer.newDatabase();
        passwordFile = TestServer.passwordFile();
        assertThat(onLaptop("demo").status()).isZero();
        assertThat(onLaptop("analyse", "flags", "--detect").status()).isZero();
    }

    @AfterEach
    void dropTheDatabase() {
        TestServer.drop(server);
    }

    @Test
    void everyRecordArrivesTheAnalysesAgreeAndTheAuditChainHolds() {
        CommandLineRun laptopInfo = onLaptop("info");

        CommandLineRun migrated = onLaptop("migrate-store", "--to", TestServer.commandLineAddress(server),
                "--password-file", passwordFile.toString());

        assertThat(migrated.status()).as(migrated.err()).isZero();
        assertThat(migrated.out()).contains("participation").contains("audit_entry").contains("match");
        assertThat(onServer("info").out().lines().skip(1).toList())
                .isEqualTo(laptopInfo.out().lines().skip(1).toList());
        for (String analysis : List.of("matrix", "representation", "funnel", "flags")) {
            assertThat(onServer("analyse", analysis, "--format", "json").out())
                    .isEqualTo(onLaptop("analyse", analysis, "--format", "json").out());
        }
        CommandLineRun verified = onServer("audit", "verify");
        assertThat(verified.status()).as(verified.out() + verified.err()).isZero();
    }

    @Test
    void aServerStoreThatHoldsRecordsIsRefusedAndKeptAsItWas() {
        assertThat(onLaptop("migrate-store", "--to", TestServer.commandLineAddress(server),
                "--password-file", passwordFile.toString()).status()).isZero();
        String before = onServer("info").out();

        CommandLineRun again = onLaptop("migrate-store", "--to", TestServer.commandLineAddress(server),
                "--password-file", passwordFile.toString());

        assertThat(again.status()).isEqualTo(ExitStatus.FAILED.code());
        assertThat(again.err()).contains("already holds records").doesNotContain("Exception");
        assertThat(onServer("info").out()).isEqualTo(before);
    }

    @Test
    void aFolderIsNoTargetAndAServerIsNoSource() {
        CommandLineRun folderTarget = onLaptop("migrate-store", "--to", folder.resolve("other").toString());
        assertThat(folderTarget.status()).isEqualTo(ExitStatus.USAGE.code());
        assertThat(folderTarget.err()).contains("PostgreSQL");

        CommandLineRun serverSource = onServer("migrate-store", "--to", TestServer.commandLineAddress(server));
        assertThat(serverSource.status()).isEqualTo(ExitStatus.USAGE.code());
    }

    @Test
    void aServerThatDoesNotAnswerIsNamedAndNothingIsCopied() {
        String nowhere = "postgresql://" + server.effectiveUser() + "@127.0.0.1:1/" + server.database()
                + "?connectTimeout=2";

        CommandLineRun run = onLaptop("migrate-store", "--to", nowhere, "--password-file", passwordFile.toString());

        assertThat(run.status()).isEqualTo(ExitStatus.STORE_UNUSABLE.code());
        assertThat(run.err()).contains("127.0.0.1:1/" + server.database()).contains("cannot be reached")
                .doesNotContain("Exception");
    }

    private CommandLineRun onLaptop(String... arguments) {
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
