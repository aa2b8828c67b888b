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
        return commandLine.execute(args);
    }

    @Test
    void infoDescribesAnEmptyStore() {
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
        assertThat(run("info", "--store", store.toString())).isZero();
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(
                new org.inclusio.persistence.StoreSettings(store).jdbcUrl(), "sa", "");
             java.sql.Statement statement = connection.createStatement()) {
            statement.executeUpdate("update db_migration set mversion = '99.0' where id = "
                    + "(select max(id) from db_migration)");
        }
        assertThat(run("info", "--store", store.toString())).isEqualTo(3);
        assertThat(err.toString()).contains("newer version of Inclusio");
    }

    @Test
    void unknownOptionsAreReportedWithUsage() {
        assertThat(run("info", "--no-such-option")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option").contains("Usage");
    }
}
