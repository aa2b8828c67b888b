package org.inclusio.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The import and export commands, run as a region's script would run them. */
class ExchangeCommandsTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void exportThenImportIntoAnotherStore() throws Exception {
        assertThat(run("--store", dir.resolve("a").toString(), "demo")).isZero();
        Path file = dir.resolve("region.json");

        assertThat(run("--store", dir.resolve("a").toString(), "export", file.toString())).isZero();
        assertThat(Files.readString(file)).doesNotContain("fullName");
        assertThat(out.toString()).contains("activities", "120");

        assertThat(run("--store", dir.resolve("b").toString(), "init")).isZero();
        assertThat(run("--store", dir.resolve("b").toString(), "import", "--dry-run", file.toString())).isZero();
        assertThat(out.toString()).contains("Dry run of");
        assertThat(run("--store", dir.resolve("b").toString(), "import", file.toString())).isZero();
        assertThat(out.toString()).containsPattern("activities\\s+120\\s+0\\s+0\\s+0\\s+0");
    }

    @Test
    void aRegisterGoesToCsvAndIdentitiesNeedToBeAskedFor() throws Exception {
        assertThat(run("--store", dir.resolve("d").toString(), "demo")).isZero();
        Path csv = dir.resolve("activities.csv");

        assertThat(run("--store", dir.resolve("d").toString(), "export", "--register", "activities", csv.toString())).isZero();
        assertThat(Files.readAllLines(csv)).hasSize(121);
        assertThat(run("--store", dir.resolve("d").toString(), "export", "--register", "personIdentities",
                dir.resolve("names.csv").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("add --include-identities");
        assertThat(dir.resolve("names.csv")).doesNotExist();
    }

    @Test
    void aBadFileFailsWithItsMessageAndStatusOne() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.json"), "{\"format\": \"inclusio-exchange\", \"formatVersion\": 7}");

        assertThat(run("--store", dir.resolve("c").toString(), "init")).isZero();
        int status = run("--store", dir.resolve("c").toString(), "import", file.toString());

        assertThat(status).isEqualTo(1);
        assertThat(err.toString()).contains("In bad.json at $, field formatVersion: the format version is 7")
                .contains("Nothing was imported.");
    }

    @Test
    void aSpreadsheetOfPeopleIsCheckedThenImportedWithMappingsFromTheCommandLine() throws Exception {
        String store = dir.resolve("s").toString();
        assertThat(run("--store", store, "init")).isZero();
        Path messy = Files.writeString(dir.resolve("people.csv"), "\uFEFFKod;Kind;Recruited\nX1;kin;open call\n"
                + "X2;patient;nominated\nX1;patient;\n");
        assertThat(run("--store", store, "import", "--kind", "people", "--map", "role=Kind", "--dry-run",
                messy.toString())).isEqualTo(3);
        assertThat(out.toString()).contains("Row 4, column Kod: the code X1 is also in row 2.")
                .contains("nothing was imported");

        Path clean = Files.writeString(dir.resolve("clean.csv"), "Kod;Kind;Recruited\nX1;kin;open call\n"
                + "X2;patient;nominated\n");
        assertThat(run("--store", store, "import", "--kind", "people", "--map", "role=Kind", "--values",
                "role:\"kin\"=RELATIVE", clean.toString())).isZero();
        assertThat(out.toString()).contains("Imported 2 people from");
        try (org.inclusio.app.AppServices services = org.inclusio.testing.TestStores.services(dir.resolve("s"),
                new org.inclusio.logic.i18n.Localization(java.util.Locale.UK))) {
            assertThat(services.store().database().find(org.inclusio.model.Person.class).where()
                    .eq("role", org.inclusio.model.PersonRole.RELATIVE).findCount()).isEqualTo(1);
        }
        assertThat(run("--store", store, "import", "--map", "role=Kind", clean.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("--kind activities or --kind people");
    }

    private int run(String... args) {
        CommandLine commandLine = InclusioCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(org.inclusio.testing.TestStores.withPassphrase(args));
    }
}
