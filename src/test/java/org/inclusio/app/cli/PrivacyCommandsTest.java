package org.inclusio.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.inclusio.logic.privacy.ErasureServiceTest;
import org.inclusio.logic.privacy.PrivacyFixture;
import org.inclusio.persistence.FilePermissions;
import org.inclusio.persistence.Store;
import org.inclusio.testing.TestStores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** erase, access and purge as a user runs them, without a terminal (as in scripts). */
class PrivacyCommandsTest {

    @TempDir
    Path dir;

    private Path store;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void region() {
        store = dir.resolve("store");
        try (Store opened = TestStores.open(store)) {
            new PrivacyFixture(opened.database());
        }
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine commandLine = InclusioCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(TestStores.withPassphrase(args));
    }

    @Test
    void eraseWithoutYesAndWithoutATerminalStopsAndChangesNothing() {
        assertThat(run("--store", store.toString(), "erase", PrivacyFixture.CODE)).isEqualTo(1);
        assertThat(err.toString()).contains("Nothing was changed: confirm with --yes");
        try (Store opened = TestStores.open(store)) {
            assertThat(ErasureServiceTest.occurrences(opened.database(), PrivacyFixture.CODE)).contains("PERSON.CODE");
        }
    }

    @Test
    void eraseSaysOnlyThatItHappenedAndLeavesNothing() {
        assertThat(run("--store", store.toString(), "erase", PrivacyFixture.CODE, "--yes")).isZero();
        assertThat(out.toString()).isEqualTo("The person was erased." + System.lineSeparator());
        assertThat(err.toString()).doesNotContain(PrivacyFixture.CODE).doesNotContain("Exception");
        try (Store opened = TestStores.open(store)) {
            for (String value : PrivacyFixture.IDENTIFYING) {
                assertThat(ErasureServiceTest.occurrences(opened.database(), value)).as(value).isEmpty();
            }
        }
        // a second time: the code is gone
        assertThat(run("--store", store.toString(), "erase", PrivacyFixture.CODE, "--yes")).isEqualTo(1);
        assertThat(err.toString()).contains("No person in the store has that code. Nothing was erased.");
    }

    @Test
    void accessWritesAPrivateDocumentAndJson() throws Exception {
        Path text = dir.resolve("hx.txt");
        assertThat(run("--store", store.toString(), "access", PrivacyFixture.CODE, "--output", text.toString()))
                .isZero();
        assertThat(FilePermissions.isPrivate(text)).isTrue();
        assertThat(Files.readString(text)).contains("Name: " + PrivacyFixture.NAME).contains("Speaking turns: 3");
        assertThat(out.toString()).doesNotContain(PrivacyFixture.CODE);

        Path json = dir.resolve("hx.data");
        assertThat(run("--store", store.toString(), "access", PrivacyFixture.CODE, "--output", json.toString(),
                "--format", "json")).isZero();
        assertThat(Files.readString(json)).startsWith("{").contains("\"email\" : \"" + PrivacyFixture.EMAIL + "\"");

        assertThat(run("--store", store.toString(), "access", PrivacyFixture.CODE, "--output", text.toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("already exists; it was not overwritten");
    }

    @Test
    void purgeListsCodesOnlyAndNeedsConfirmation() {
        assertThat(run("--store", store.toString(), "purge", "--dry-run")).isZero();
        assertThat(out.toString()).contains("Retention period: 5 years").contains("No identity is due to be purged.");

        try (Store opened = TestStores.open(store)) {
            opened.database().sqlUpdate("update person set when_created = :t").setParameter("t",
                    java.sql.Timestamp.valueOf("2010-01-01 00:00:00")).execute();
            opened.database().sqlUpdate("update activity set held_on = held_on - interval '10' year").execute();
            opened.database().sqlUpdate("update consent set given_on = given_on - interval '10' year,"
                    + " withdrawn_on = withdrawn_on - interval '10' year").execute();
            opened.database().sqlUpdate("update team_membership set joined_on = joined_on - interval '10' year,"
                    + " left_on = date '2015-01-01'").execute();
        }
        assertThat(run("--store", store.toString(), "purge", "--dry-run", "--retention-years", "3")).isZero();
        assertThat(out.toString()).contains("The retention period is now 3 years.")
                .contains("2 people would lose their name and contact details:")
                .contains("  HX-4417").contains("  KL-2001").doesNotContain(PrivacyFixture.NAME)
                .doesNotContain("Karl");

        assertThat(run("--store", store.toString(), "purge")).isEqualTo(1);
        assertThat(err.toString()).contains("confirm with --yes");

        assertThat(run("--store", store.toString(), "purge", "--yes")).isZero();
        assertThat(out.toString()).contains("Removed the name and contact details of 2 people.");
        try (Store opened = TestStores.open(store)) {
            assertThat(ErasureServiceTest.occurrences(opened.database(), PrivacyFixture.NAME)).isNotEmpty()
                    .doesNotContain("PERSON_IDENTITY.FULL_NAME");
        }
    }
}
