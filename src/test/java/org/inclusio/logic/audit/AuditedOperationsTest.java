package org.inclusio.logic.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.ebean.Database;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.inclusio.app.AppServices;
import org.inclusio.logic.exchange.ExportOptions;
import org.inclusio.logic.exchange.ImportOptions;
import org.inclusio.logic.exchange.RecordKind;
import org.inclusio.logic.exchange.Selection;
import org.inclusio.logic.exchange.TableExporter;
import org.inclusio.logic.exchange.TableFormat;
import org.inclusio.logic.exchange.sheet.MappingMemory;
import org.inclusio.logic.exchange.sheet.SheetCheck;
import org.inclusio.logic.exchange.sheet.SheetImportService;
import org.inclusio.logic.exchange.sheet.SheetKind;
import org.inclusio.logic.exchange.sheet.SheetReader;
import org.inclusio.logic.exchange.sheet.SheetTable;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.task.BackgroundTask;
import org.inclusio.logic.task.TaskContext;
import org.inclusio.logic.trash.TrashKind;
import org.inclusio.model.Person;
import org.inclusio.model.PersonRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Operations outside a record's own save record their one audit entry: reveals, exports, imports, the trash. */
class AuditedOperationsTest {

    private static final Localization L10N = new Localization(Locale.UK);
    private static final TaskContext NO_TASK = BackgroundTask.progressChannel("test");

    @TempDir
    Path dir;

    private AppServices services;
    private Database db;
    private AuditTrail trail;

    @BeforeEach
    void open() {
        services = org.inclusio.testing.TestStores.services(dir.resolve("store"), L10N);
        db = services.store().database();
        trail = new AuditTrail(db);
    }

    @AfterEach
    void close() {
        services.close();
    }

    private List<AuditRecord> since(long seq) {
        return trail.list(AuditFilter.all()).stream().filter(entry -> entry.seq() > seq).toList();
    }

    private long last() {
        List<AuditRecord> all = trail.list(new AuditFilter(null, null, null, null, 1));
        return all.isEmpty() ? 0 : all.get(0).seq();
    }

    private UUID person(String code) {
        Person person = new Person();
        person.setCode(code);
        person.setRole(PersonRole.PATIENT);
        db.save(person);
        return person.getId();
    }

    @Test
    void showingAPersonsIdentityIsRecordedAsAReveal() {
        UUID id = person("P-0200");
        long before = last();

        services.people().loadIdentity(id);

        assertThat(since(before)).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("REVEAL_IDENTITY");
            assertThat(entry.subjectKind()).isEqualTo("Person");
            assertThat(entry.subjectId()).isEqualTo(id);
        });
    }

    @Test
    void anExportAndItsImportElsewhereAreOneEntryEach() throws Exception {
        for (int i = 0; i < 5; i++) {
            person("P-03" + i);
        }
        long before = last();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        services.interchangeExporter().export(Selection.all(),
                new ExportOptions(true, null, "an export passphrase".toCharArray(), null), out, NO_TASK);
        assertThat(since(before)).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("EXPORT");
            assertThat(entry.detail()).startsWith("interchange export of the whole store, with identities:")
                    .contains("5 people");
        });
        Path file = dir.resolve("region.json");
        Files.write(file, out.toByteArray());

        try (AppServices other = org.inclusio.testing.TestStores.services(dir.resolve("other"), L10N)) {
            AuditTrail otherTrail = new AuditTrail(other.store().database());
            long start = otherTrail.list(AuditFilter.all()).get(0).seq();
            other.interchangeImporter().importFile(file, "an export passphrase".toCharArray(), ImportOptions.dryRunOnly(),
                    NO_TASK);
            assertThat(otherTrail.list(AuditFilter.all()).get(0).seq()).isEqualTo(start);

            other.interchangeImporter().importFile(file, "an export passphrase".toCharArray(), ImportOptions.apply(),
                    NO_TASK);
            List<AuditRecord> added = otherTrail.list(AuditFilter.all()).stream()
                    .filter(entry -> entry.seq() > start).toList();
            assertThat(added).singleElement().satisfies(entry -> {
                assertThat(entry.action()).isEqualTo("IMPORT");
                assertThat(entry.detail()).startsWith("interchange import of region.json:")
                        .contains("people 5 added").doesNotContain(dir.toString());
            });
            assertThat(otherTrail.verify().isIntact()).isTrue();
        }
    }

    @Test
    void aRegisterExportSaysWhetherIdentitiesWentAlong() throws Exception {
        person("P-0400");
        long before = last();
        new TableExporter(db).exportRegister(RecordKind.PERSON_IDENTITY, true, TableFormat.CSV,
                new ByteArrayOutputStream(), NO_TASK);
        assertThat(since(before)).singleElement().extracting(AuditRecord::detail).asString()
                .contains("with identities", "as csv");
    }

    @Test
    void aSheetImportIsOneSummary() throws Exception {
        Path file = dir.resolve("workshops.csv");
        Files.writeString(file, "Title,Date,Type,Level\nFoot care day,2025-03-14,Co-design workshop,Group\n"
                + "Survey,2025-04-01,survey,collective\n", StandardCharsets.UTF_8);
        Preferences prefs = Preferences.userRoot().node("org/inclusio/test-import/" + UUID.randomUUID());
        try {
            SheetImportService importer = new SheetImportService(db, L10N, services.activities(), services.people(),
                    new MappingMemory(prefs));
            SheetTable table = new SheetReader(L10N).readAll(file);
            long before = last();
            SheetCheck done = importer.importRows(table, importer.suggest(table, SheetKind.ACTIVITIES), NO_TASK);
            assertThat(done.problems()).isEmpty();
            assertThat(since(before)).singleElement().extracting(AuditRecord::detail)
                    .isEqualTo("sheet import of workshops.csv: 2 rows of activities added");
        } finally {
            prefs.removeNode();
        }
    }

    @Test
    void theTrashRecordsMovingRestoringAndPurging() {
        UUID id = person("P-0500");
        long before = last();
        services.trash().moveToTrash(TrashKind.PERSON, id);
        services.trash().restore(TrashKind.PERSON, id);
        services.trash().moveToTrash(TrashKind.PERSON, id);
        services.trash().purge(TrashKind.PERSON, id);

        assertThat(since(before)).extracting(AuditRecord::action)
                .containsExactly("PURGE", "MOVE_TO_TRASH", "RESTORE_FROM_TRASH", "MOVE_TO_TRASH");
        assertThat(since(before)).allSatisfy(entry -> assertThat(entry.subjectId()).isEqualTo(id));
        assertThat(trail.verify().isIntact()).isTrue();
    }
}
