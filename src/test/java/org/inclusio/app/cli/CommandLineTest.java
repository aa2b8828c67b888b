package org.inclusio.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The headless commands, run as a user would, on a temporary store. */
class CommandLineTest {

    @TempDir
    Path store;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = InclusioCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(org.inclusio.testing.TestStores.withPassphrase(args));
    }

    @Test
    void infoDescribesAnEmptyStore() {
        assertThat(run("init", "--store", store.toString())).isZero();
        assertThat(out.toString()).contains("Recovery key: ");
        out.getBuffer().setLength(0);
        assertThat(run("info", "--store", store.toString())).isZero();
        assertThat(out.toString())
                .contains("Store:          " + store.toAbsolutePath())
                .contains("Schema version: 1.")
                .containsPattern("Activities\\s+0");
    }

    @Test
    void demoLoadsTheExampleRegionOnceAndRefusesASecondTimeWithAClearMessage() {
        assertThat(run("--store", store.toString(), "demo")).isZero();
        assertThat(out.toString()).containsPattern("Activities\\s+1\\d\\d");
        out.getBuffer().setLength(0);

        assertThat(run("info", "--store", store.toString())).isZero();
        assertThat(out.toString()).containsPattern("Process teams\\s+6");

        assertThat(run("demo", "--store", store.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("only loaded into an empty store");
    }

    @Test
    void aStoreWrittenByANewerProgramIsRefusedWithExitStatusThree() throws Exception {
        try (org.inclusio.persistence.Store opened = org.inclusio.testing.TestStores.open(store);
             java.sql.Connection connection = opened.jdbcConnection();
             java.sql.Statement statement = connection.createStatement()) {
            statement.executeUpdate("update db_migration set mversion = '99.0' where id = "
                    + "(select max(id) from db_migration)");
        }
        assertThat(run("info", "--store", store.toString())).isEqualTo(3);
        assertThat(err.toString()).contains("newer version of Inclusio");
    }

    @Test
    void aMissingStoreIsNamedAndNotCreated() {
        Path missing = store.resolve("ofice");
        assertThat(run("--store", missing.toString(), "import", "nothing.json")).isEqualTo(3);
        assertThat(err.toString()).contains("There is no Inclusio store in " + missing.toAbsolutePath())
                .doesNotContain("Exception");
        assertThat(missing).doesNotExist();
    }

    @Test
    void aStoreFolderNamedLikeACommandIsAFolder() {
        Path named = store.resolve("demo");
        assertThat(run("--store", named.toString(), "init")).isZero();
        assertThat(named.resolve("inclusio.mv.db")).exists();
    }

    @Test
    void aWrongPassphraseIsRefusedWithItsOwnStatusAndTheStoreIsKept() throws Exception {
        assertThat(run("init", "--store", store.toString())).isZero();
        Path wrong = java.nio.file.Files.writeString(store.resolve("../wrong-passphrase.txt"), "not this one at all\n");
        CommandLine commandLine = InclusioCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        assertThat(commandLine.execute("--passphrase-file", wrong.toString(), "--store", store.toString(), "info"))
                .isEqualTo(6);
        assertThat(err.toString()).contains("The passphrase does not open the store");
        assertThat(run("info", "--store", store.toString())).isZero();
        // the refused attempt could not be written into the locked store; it is there after the next unlock
        out.getBuffer().setLength(0);
        assertThat(run("--store", store.toString(), "audit", "list", "--format", "csv")).isZero();
        assertThat(out.toString()).contains("UNLOCK_FAILED").contains("wrong passphrase").contains("UNLOCK,");
        assertThat(run("--store", store.toString(), "audit", "verify")).isZero();
    }

    @Test
    void theStoreIsBackedUpAndRestored() {
        assertThat(run("--store", store.toString(), "demo")).isZero();
        Path backup = store.resolveSibling(store.getFileName() + "-backup.zip");
        assertThat(run("--store", store.toString(), "backup", backup.toString())).isZero();
        assertThat(out.toString()).contains("its counts match");
        assertThat(run("--store", store.toString(), "restore", backup.toString())).isZero();
        out.getBuffer().setLength(0);
        assertThat(run("info", "--store", store.toString())).isZero();
        assertThat(out.toString()).containsPattern("Process teams\\s+6");
        out.getBuffer().setLength(0);
        assertThat(run("--store", store.toString(), "audit", "list", "--format", "csv")).isZero();
        assertThat(out.toString()).contains("LOAD_EXAMPLE").contains("RESTORE,Store");
    }

    @Test
    void unknownOptionsAreReportedWithUsage() {
        assertThat(run("info", "--no-such-option")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option").contains("Usage");
    }

    @Test
    void aStoreThatAnotherCopyHoldsHasItsOwnStatus() {
        assertThat(run("init", "--store", store.toString())).isZero();
        try (org.inclusio.persistence.Store held = org.inclusio.testing.TestStores.open(store)) {
            assertThat(run("info", "--store", store.toString())).isEqualTo(ExitStatus.STORE_IN_USE.code());
            assertThat(err.toString()).doesNotContain("Exception");
        }
    }

    @Test
    void eachExitStatusHasOneCodeAndReadmeListsExactlyThese() throws java.io.IOException {
        java.util.Map<Integer, ExitStatus> byCode = new java.util.TreeMap<>();
        for (ExitStatus status : ExitStatus.values()) {
            assertThat(byCode.put(status.code(), status)).as("code %d", status.code()).isNull();
        }
        assertThat(byCode.get(2)).as("picocli's status for a wrong command line").isEqualTo(ExitStatus.USAGE);
        String readme = java.nio.file.Files.readString(Path.of("README.md"));
        int start = readme.indexOf("| exit status |");
        assertThat(start).as("README's table of exit statuses").isNotNegative();
        java.util.Set<Integer> documented = new java.util.TreeSet<>();
        java.util.regex.Matcher row = java.util.regex.Pattern.compile("(?m)^\\| (\\d+) \\|")
                .matcher(readme.substring(start, readme.indexOf("\n\n", start)));
        while (row.find()) {
            documented.add(Integer.parseInt(row.group(1)));
        }
        assertThat(documented).isEqualTo(byCode.keySet());
    }
}
