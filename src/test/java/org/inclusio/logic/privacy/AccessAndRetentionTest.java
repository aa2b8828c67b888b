package org.inclusio.logic.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.ebean.Database;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.model.PersonIdentity;
import org.inclusio.persistence.FilePermissions;
import org.inclusio.persistence.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The access report (art. 15) checked line by line, and the retention period of identities. */
class AccessAndRetentionTest {

    private static final Instant NOW = Instant.parse("2026-03-14T10:00:00Z");

    @TempDir
    Path dir;

    private Store store;
    private Database db;
    private PrivacyFixture region;

    @BeforeEach
    void open() {
        store = org.inclusio.testing.TestStores.open(dir.resolve("store"));
        db = store.database();
        region = new PrivacyFixture(db);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private PrivacyServices privacy(Instant now) {
        return new PrivacyServices(db, new Localization(Locale.ENGLISH), Clock.fixed(now, ZoneOffset.UTC),
                PrivacyLog.NONE);
    }

    @Test
    void theTextReportSaysEverythingHeldInPlainWords() throws Exception {
        AccessReport report = privacy(NOW).access().report(region.subject.getId());
        StringWriter text = new StringWriter();
        new AccessWriter(new Localization(Locale.ENGLISH)).text(report, text);
        String document = text.toString().replace(System.lineSeparator(), "\n");

        assertThat(document)
                .contains("What Inclusio holds about the person HX-4417\n")
                .contains("Code: HX-4417\nRole: Patient\n")
                .contains("Name: Ingrid Halvorsen\nE-mail: ingrid.halvorsen@example.org\nTelephone: +46 70 555 0199\n"
                        + "Postal address: Storgatan 12, 41301 Goteborg\n")
                .contains("- Given on 2024-01-10, for ")
                .contains("; withdrawn on 2025-06-01.\n")
                .contains("- low education, recorded under the consent given on 2024-01-10 and withdrawn on 2025-06-01;"
                        + " used only for activities before that day.\n")
                .contains("- Diabetes: profession not recorded, area of care Primary care clinic, level of care not"
                        + " recorded, from 2024-01-01 to open.\n")
                .contains("Invited: yes; invited on: 2025-01-15; by: ")
                .contains("Speaking turns: 3; questions: 1\n")
                .contains("Own rating of having been heard: 4; ")
                .contains("Barriers met: transport\n")
                .contains("Attendance: Declined; reason for absence: Ingrid Halvorsen had a hospital appointment\n")
                .contains("(this activity is in the trash)")
                .contains("2025-02-01, ")
                .contains(": \"Evening meetings, as Ingrid asked\"\n")
                .contains("Outcome: Adopted; decided on: not recorded; reason: Adopted after HX-4417 wrote to"
                        + " +46 70 555 0199\n");
        // activities oldest first: A1 (February), A3 (March, in the trash), A2 (May)
        assertThat(document.indexOf("2025-02-01: ")).isLessThan(document.indexOf("2025-03-03: "));
        assertThat(document.indexOf("2025-03-03: ")).isLessThan(document.indexOf("2025-05-10: "));
        // nothing about the other people
        assertThat(document).doesNotContain("KL-2001").doesNotContain("Karl Lind").doesNotContain("PR-9");
    }

    @Test
    void theJsonFileIsPrivateAndComplete() throws Exception {
        Path file = dir.resolve("access.json");
        privacy(NOW).exportAccess(region.subject.getId(), AccessWriter.Format.JSON, file);

        assertThat(FilePermissions.isPrivate(file)).isTrue();
        String json = Files.readString(file);
        assertThat(json).contains("\"code\" : \"HX-4417\"").contains("\"fullName\" : \"Ingrid Halvorsen\"")
                .contains("\"withdrawnOn\" : \"2025-06-01\"").contains("\"groupCode\" : \"LOW_EDUCATION\"")
                .contains("\"speakingTurns\" : 3").contains("\"heardRating\" : 4")
                .contains("\"barriersMet\" : [ \"transport\" ]").contains("\"activityInTrash\" : true")
                .contains("\"outcome\" : \"ADOPTED\"").doesNotContain("KL-2001");
        assertThat(dir).isDirectoryNotContaining("glob:**.part");
    }

    @Test
    void retentionPurgesIdentitiesOfPeopleWithoutActivityInThePeriod() {
        PrivacyServices privacy = privacy(NOW);
        RetentionService retention = privacy.retention();
        assertThat(retention.years()).isEqualTo(RetentionService.DEFAULT_YEARS);
        // the subject sits on a team (still open) and the other took part in 2025: nobody is due
        assertThat(retention.preview().codes()).isEmpty();

        // in 2031, with a 1-year period: the subject still holds the seat, the other's last activity was in 2025
        db.sqlUpdate("update person set when_created = :t").setParameter("t", java.sql.Timestamp.from(
                Instant.parse("2024-01-01T00:00:00Z"))).execute();
        RetentionService later = privacy(Instant.parse("2031-01-01T00:00:00Z")).retention();
        later.setYears(1);
        assertThat(later.years()).isEqualTo(1);
        RetentionService.Preview preview = later.preview();
        assertThat(preview.cutoff()).isEqualTo(LocalDate.of(2030, 1, 1));
        assertThat(preview.codes()).containsExactly("KL-2001");

        assertThat(later.purge()).isEqualTo(1);
        assertThat(db.find(PersonIdentity.class).findList()).singleElement()
                .satisfies(identity -> assertThat(identity.getPerson().getId()).isEqualTo(region.subject.getId()));
        assertThat(db.sqlQuery("select count(*) from person").mapToScalar(Long.class).findOne()).isEqualTo(3);
        assertThat(later.preview().codes()).isEmpty();
    }
}
