package org.inclusio.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.ebean.Database;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.inclusio.logic.exchange.EncryptedContainer;
import org.inclusio.model.Activity;
import org.inclusio.model.AttendanceStatus;
import org.inclusio.model.Participation;
import org.inclusio.persistence.Store;
import org.inclusio.testing.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A workshop taken to a laptop and brought home on the command line: the office exports one activity,
 * the laptop imports it, records turns and packs it encrypted with {@code export --activity ID --encrypt};
 * the office imports the pack with a plain {@code import}, merging against its exchange log.
 */
class WorkshopPackCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void aPackedWorkshopImportsInTheOfficeWithoutConflictsAndWithoutTheEarlierFile() throws Exception {
        String office = dir.resolve("office").toString();
        String laptop = dir.resolve("laptop").toString();
        Path passphrase = Files.writeString(dir.resolve("passphrase.txt"), "a passphrase for the workshop");
        assertThat(run("--store", office, "demo")).isZero();
        UUID activity;
        int participations;
        try (Store store = TestStores.open(dir.resolve("office"))) {
            activity = store.database().sqlQuery("select activity_id from participation group by activity_id "
                    + "order by count(*) desc, activity_id").setMaxRows(1).mapToScalar(UUID.class).findOne();
            participations = store.database().find(Participation.class).where().eq("activity.id", activity)
                    .findCount();
        }
        int spoke = 0;
        Path forLaptop = dir.resolve("for-the-laptop.inclusio");
        assertThat(run("--store", office, "export", "--activity", activity.toString(), "--encrypt",
                "--file-passphrase-file", passphrase.toString(), forLaptop.toString())).isZero();
        assertThat(out.toString()).contains("encrypted with the passphrase");
        assertThat(EncryptedContainer.isEncrypted(forLaptop)).isTrue();

        assertThat(run("--store", laptop, "init")).isZero();
        assertThat(run("--store", laptop, "import", "--file-passphrase-file", passphrase.toString(),
                forLaptop.toString())).isZero();
        try (Store store = TestStores.open(dir.resolve("laptop"))) {
            Database db = store.database();
            List<Participation> listed = db.find(Participation.class).where().eq("activity.id", activity).findList();
            assertThat(listed).hasSize(participations);
            assertThat(listed).anyMatch(p -> p.getAttendance() == AttendanceStatus.ATTENDED);
            for (Participation participation : listed) {
                if (participation.getAttendance() == AttendanceStatus.ATTENDED) {
                    participation.setSpeakingTurns(participation.getSpeakingTurns() + 1);
                    db.save(participation);
                    spoke++;
                }
            }
        }
        Path pack = dir.resolve("workshop.inclusio");
        assertThat(run("--store", laptop, "export", "--activity", activity.toString(), "--encrypt",
                "--file-passphrase-file", passphrase.toString(), pack.toString())).isZero();
        assertThat(EncryptedContainer.isEncrypted(pack)).isTrue();

        out.getBuffer().setLength(0);
        int status = run("--store", office, "import", "--file-passphrase-file", passphrase.toString(),
                pack.toString());

        assertThat(status).as(out + "\n" + err).isEqualTo(ExitStatus.DONE.code());
        assertThat(out.toString())
                .containsPattern("participations\\s+0\\s+" + spoke + "\\s+" + (participations - spoke)
                        + "\\s+0\\s+0")
                .contains("merged against what this store last exchanged");
        try (Store store = TestStores.open(dir.resolve("office"))) {
            assertThat(store.database().find(Activity.class, activity)).isNotNull();
            assertThat(store.database().sqlQuery("select count(*) as n from exchange_log where direction = 'RECEIVED'")
                    .findOne().getLong("n")).isEqualTo(1);
        }
    }

    @Test
    void bothSidesChangingTheSameRecordStopsWithOneConflict() throws Exception {
        String office = dir.resolve("office").toString();
        String laptop = dir.resolve("laptop").toString();
        Path passphrase = Files.writeString(dir.resolve("passphrase.txt"), "a passphrase for the workshop");
        assertThat(run("--store", office, "demo")).isZero();
        UUID activity;
        try (Store store = TestStores.open(dir.resolve("office"))) {
            activity = store.database().sqlQuery("select id from activity order by id").setMaxRows(1)
                    .mapToScalar(UUID.class).findOne();
        }
        Path forLaptop = dir.resolve("for-the-laptop.inclusio");
        assertThat(run("--store", office, "export", "--activity", activity.toString(), "--encrypt",
                "--file-passphrase-file", passphrase.toString(), forLaptop.toString())).isZero();
        assertThat(run("--store", laptop, "init")).isZero();
        assertThat(run("--store", laptop, "import", "--file-passphrase-file", passphrase.toString(),
                forLaptop.toString())).isZero();
        notes(dir.resolve("laptop"), activity, "Noted at the workshop");
        notes(dir.resolve("office"), activity, "Noted in the office");
        Path pack = dir.resolve("workshop.inclusio");
        assertThat(run("--store", laptop, "export", "--activity", activity.toString(), "--encrypt",
                "--file-passphrase-file", passphrase.toString(), pack.toString())).isZero();

        out.getBuffer().setLength(0);
        int status = run("--store", office, "import", "--file-passphrase-file", passphrase.toString(),
                pack.toString());

        assertThat(status).isEqualTo(ExitStatus.CONFLICTS_REMAIN.code());
        assertThat(out.toString()).containsOnlyOnce("Conflict in").contains("Conflict in activities " + activity)
                .contains("Noted in the office | Noted at the workshop");
    }

    @Test
    void encryptIsForInterchangeFilesNotRegisters() throws Exception {
        String store = dir.resolve("office").toString();
        Path passphrase = Files.writeString(dir.resolve("passphrase.txt"), "a passphrase for the workshop");
        assertThat(run("--store", store, "init")).isZero();

        int status = run("--store", store, "export", "--register", "activities", "--encrypt",
                "--file-passphrase-file", passphrase.toString(), dir.resolve("activities.csv").toString());

        assertThat(status).isEqualTo(1);
        assertThat(err.toString()).contains("--encrypt is for interchange files");
        assertThat(dir.resolve("activities.csv")).doesNotExist();
    }

    private static void notes(Path store, UUID activity, String notes) {
        try (Store opened = TestStores.open(store)) {
            Activity stored = opened.database().find(Activity.class, activity);
            stored.setNotes(notes);
            opened.database().save(stored);
        }
    }

    private int run(String... args) {
        CommandLine commandLine = InclusioCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(TestStores.withPassphrase(args));
    }
}
