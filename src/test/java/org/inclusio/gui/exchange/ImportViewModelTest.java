package org.inclusio.gui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.ebean.Database;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import java.util.prefs.Preferences;
import java.util.concurrent.atomic.AtomicInteger;
import org.inclusio.app.AppServices;
import org.inclusio.gui.dialog.RecordingDialogService;
import org.inclusio.logic.exchange.Conflict;
import org.inclusio.logic.exchange.ExportOptions;
import org.inclusio.logic.exchange.Resolution;
import org.inclusio.logic.exchange.Selection;
import org.inclusio.logic.exchange.sheet.MappingMemory;
import org.inclusio.logic.exchange.sheet.RowProblem;
import org.inclusio.logic.exchange.sheet.SheetImportService;
import org.inclusio.logic.exchange.sheet.SheetKind;
import org.inclusio.logic.exchange.sheet.TargetField;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.task.BackgroundTask;
import org.inclusio.logic.task.CallingThreadTaskExecutor;
import org.inclusio.model.Person;
import org.inclusio.model.PersonIdentity;
import org.inclusio.model.PersonRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportViewModelTest {

    @TempDir
    Path dir;

    private final Localization l10n = new Localization(Locale.UK);
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final AtomicInteger reloads = new AtomicInteger();
    private final Preferences prefs = Preferences.userRoot().node("org/inclusio/test-import/" + UUID.randomUUID());
    private AppServices services;
    private ImportViewModel viewModel;

    @BeforeEach
    void open() {
        services = org.inclusio.testing.TestStores.services(dir.resolve("store"), l10n);
        SheetImportService sheets = new SheetImportService(services.store().database(), l10n, services.activities(),
                services.people(), new MappingMemory(prefs));
        viewModel = new ImportViewModel(services.interchangeImporter(), sheets,
                new CallingThreadTaskExecutor(dialogs.unexpected::add), dialogs, l10n, reloads::incrementAndGet);
    }

    @AfterEach
    void close() throws Exception {
        prefs.removeNode();
        services.close();
    }

    @Test
    void wizardStepsFromPreviewToImport() throws Exception {
        Path file = Files.writeString(dir.resolve("people-" + System.nanoTime() + ".csv"),
                "Pseudonym;Sort of member;Paid\nW-1;patient;ja\nW-2;frobnicator;nej\n");
        dialogs.fileAnswer = file;
        viewModel.chooseFile();
        viewModel.kindProperty().set(SheetKind.PEOPLE);
        assertThat(viewModel.stepProperty().get()).isEqualTo(ImportViewModel.Step.PREVIEW);
        assertThat(viewModel.previewProperty().get().rows()).hasSize(2);
        ColumnChoice role = viewModel.columns().stream().filter(c -> c.field() == TargetField.ROLE).findFirst()
                .orElseThrow();
        assertThat(role.columnProperty().get()).isEmpty();
        ColumnChoice code = viewModel.columns().stream().filter(c -> c.field() == TargetField.CODE).findFirst()
                .orElseThrow();
        assertThat(code.columnProperty().get()).isEqualTo("Pseudonym");
        role.columnProperty().set("Sort of member");

        viewModel.toValues();
        assertThat(viewModel.stepProperty().get()).isEqualTo(ImportViewModel.Step.VALUES);
        assertThat(viewModel.values()).extracting(ValueChoice::source).containsExactly("patient", "frobnicator");
        assertThat(viewModel.values().get(0).targetProperty().get().code()).isEqualTo("PATIENT");
        assertThat(viewModel.values().get(1).targetProperty().get()).isNull();

        viewModel.check();
        assertThat(viewModel.problems()).containsExactly(new RowProblem(3, "Sort of member",
                "\"frobnicator\" is not mapped to a value of this field."));
        assertThat(viewModel.canImportProperty().get()).isFalse();

        ValueChoice odd = viewModel.values().get(1);
        odd.targetProperty().set(odd.options().stream().filter(o -> o.code().equals("CITIZEN")).findFirst()
                .orElseThrow());
        viewModel.check();
        assertThat(viewModel.problems()).isEmpty();
        assertThat(viewModel.canImportProperty().get()).isTrue();
        assertThat(services.store().database().find(Person.class).findCount()).isZero();

        viewModel.importSheet();
        assertThat(viewModel.stepProperty().get()).isEqualTo(ImportViewModel.Step.DONE);
        assertThat(viewModel.summaryProperty().get()).isEqualTo("Imported 2 people in one go.");
        assertThat(reloads.get()).isEqualTo(1);
        Person second = services.store().database().find(Person.class).where().eq("code", "W-2").findOne();
        assertThat(second.getRole()).isEqualTo(PersonRole.CITIZEN);
        assertThat(second.isPaid()).isFalse();
        assertThat(dialogs.unexpected).isEmpty();
    }

    @Test
    void anUnreadableFileIsShownAsAPlainError() throws Exception {
        // marked as UTF-8 by its byte-order mark, so a byte that is not UTF-8 is an error
        Path file = Files.write(dir.resolve("latin.csv"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF,
            'C', 'o', 'd', 'e', '\n', (byte) 0xE9, '\n'});
        viewModel.open(file);
        assertThat(dialogs.errors).singleElement().asString().contains("byte 9, line 2");
        assertThat(viewModel.stepProperty().get()).isEqualTo(ImportViewModel.Step.NONE);
    }

    @Test
    void thePreviewSaysWhichEncodingTheFileWasReadIn() throws Exception {
        Path file = Files.write(dir.resolve("workshops.csv"), ("Title,Date,Mode,Level,Place\r\n"
                + "糖尿病の患者会ワークショップ,2025/3/14,Co-design workshop,Group,札幌市立病院\r\n"
                + "家族との話し合い,2025年4月1日,survey,collective,旭川の市民会館\r\n")
                .getBytes(java.nio.charset.Charset.forName("windows-31j")));
        viewModel.open(file);
        assertThat(viewModel.stepProperty().get()).isEqualTo(ImportViewModel.Step.PREVIEW);
        assertThat(viewModel.encodingProperty().get()).startsWith("Read as Japanese (Shift_JIS), ");
        assertThat(viewModel.previewProperty().get().rows().get(0).cell(0)).isEqualTo("糖尿病の患者会ワークショップ");

        Path utf8 = Files.writeString(dir.resolve("plain.csv"), "Code;Role\nW-1;patient\n");
        viewModel.open(utf8);
        assertThat(viewModel.encodingProperty().get()).isEqualTo("Read as Unicode (UTF-8).");

        byte[] noise = new byte[4096];
        new java.util.Random(42).nextBytes(noise);
        viewModel.open(Files.write(dir.resolve("noise.csv"), noise));
        assertThat(dialogs.errors).singleElement().asString().startsWith("In noise.csv: the file is not in UTF-8");
        assertThat(viewModel.stepProperty().get()).isEqualTo(ImportViewModel.Step.NONE);
    }

    @Test
    void anInterchangeFileIsCheckedFirstThenImported() throws Exception {
        UUID id = UUID.randomUUID();
        Path file = exportOther(id, "Diabetes association", "first.json");

        viewModel.open(file);
        assertThat(viewModel.stepProperty().get()).isEqualTo(ImportViewModel.Step.INTERCHANGE);
        assertThat(viewModel.summaryProperty().get()).isEqualTo("Checked, nothing changed yet: 1 to add, 0 to update, "
                + builtInVocabulary() + " unchanged, 0 kept as they are here, 0 in conflict. Choose for each conflict, then Import.");
        assertThat(viewModel.conflicts()).isEmpty();
        assertThat(viewModel.canImportProperty().get()).isTrue();
        assertThat(services.store().database().find(Person.class).findCount()).isZero();

        viewModel.importInterchange();
        assertThat(viewModel.stepProperty().get()).isEqualTo(ImportViewModel.Step.DONE);
        assertThat(viewModel.summaryProperty().get()).isEqualTo("Imported: 1 added, 0 updated, " + builtInVocabulary() + " unchanged, "
                + "0 kept as they were here, 0 conflicts left as they were.");
        assertThat(viewModel.canImportProperty().get()).isFalse();
        assertThat(association(id)).isEqualTo("Diabetes association");
        assertThat(reloads.get()).isEqualTo(1);
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aRecordChangedOnBothSidesIsShownSideBySideAndTheChoiceDecides() throws Exception {
        UUID id = UUID.randomUUID();
        viewModel.open(exportOther(id, "Diabetes association", "shared.json"));
        viewModel.importInterchange();
        setAssociation(services.store().database(), id, "Our word");
        Path theirs = exportOther(id, "Their word", "theirs.json");

        viewModel.open(theirs);
        assertThat(viewModel.summaryProperty().get()).isEqualTo("Checked, nothing changed yet: 0 to add, 0 to update, "
                + builtInVocabulary() + " unchanged, 0 kept as they are here, 1 in conflict. Choose for each conflict, then Import.");
        ConflictChoice conflict = viewModel.conflicts().get(0);
        assertThat(viewModel.conflicts()).hasSize(1);
        assertThat(conflict.conflict().id()).isEqualTo(id);
        assertThat(conflict.conflict().differences()).containsExactly(
                new Conflict.Difference("association", "Our word", "Their word"));
        assertThat(conflict.resolutionProperty().get()).isEqualTo(Resolution.KEEP_LOCAL);

        viewModel.importInterchange();
        assertThat(viewModel.summaryProperty().get()).isEqualTo("Imported: 0 added, 0 updated, " + builtInVocabulary() + " unchanged, "
                + "1 kept as they were here, 0 conflicts left as they were.");
        assertThat(association(id)).isEqualTo("Our word");

        viewModel.open(theirs);
        assertThat(viewModel.conflicts()).hasSize(1);
        viewModel.conflicts().get(0).resolutionProperty().set(Resolution.TAKE_INCOMING);
        viewModel.importInterchange();
        assertThat(viewModel.summaryProperty().get()).isEqualTo("Imported: 0 added, 1 updated, " + builtInVocabulary() + " unchanged, "
                + "0 kept as they were here, 0 conflicts left as they were.");
        assertThat(association(id)).isEqualTo("Their word");
        assertThat(reloads.get()).isEqualTo(3);
    }

    @Test
    void aBadInterchangeFileIsNamedInAPlainMessageAndChangesNothing() throws Exception {
        UUID id = UUID.randomUUID();
        viewModel.open(exportOther(id, "Diabetes association", "good.json"));
        viewModel.importInterchange();
        Path good = dir.resolve("good.json");
        Path broken = Files.writeString(dir.resolve("broken.json"),
                Files.readString(good).replaceFirst("\"association\"\\s*:", "\"association\" "));
        String before = Files.readString(good);
        assertThat(Files.readString(broken)).isNotEqualTo(before);

        viewModel.open(broken);
        assertThat(dialogs.errors).singleElement().asString().startsWith("In broken.json at line ")
                .contains("this is not valid JSON");
        assertThat(viewModel.canImportProperty().get()).isFalse();
        assertThat(viewModel.conflicts()).isEmpty();

        viewModel.open(dir.resolve("missing.json"));
        assertThat(dialogs.errors).hasSize(2);
        assertThat(dialogs.errors.get(1)).startsWith("In missing.json: the file cannot be read")
                .contains(dir.resolve("missing.json").toString());
        assertThat(services.store().database().find(Person.class).findCount()).isEqualTo(1);
        assertThat(association(id)).isEqualTo("Diabetes association");
        assertThat(reloads.get()).isEqualTo(1);
        assertThat(dialogs.unexpected).isEmpty();
    }

    @Test
    void anEncryptedFileAsksForItsPassphraseAndAWrongOneIsAPlainMessage() throws Exception {
        UUID id = UUID.randomUUID();
        Path file = exportOther(id, "Diabetes association", "people.json.gpg", "the right passphrase");

        dialogs.passphraseAnswer = null;
        viewModel.open(file);
        assertThat(dialogs.passphraseQuestions).isEqualTo(1);
        assertThat(viewModel.stepProperty().get()).isEqualTo(ImportViewModel.Step.NONE);
        assertThat(dialogs.errors).isEmpty();

        dialogs.passphraseAnswer = "not the passphrase";
        viewModel.open(file);
        assertThat(dialogs.errors).containsExactly("The passphrase does not open people.json.gpg.");
        assertThat(viewModel.canImportProperty().get()).isFalse();

        dialogs.passphraseAnswer = "the right passphrase";
        viewModel.open(file);
        assertThat(viewModel.stepProperty().get()).isEqualTo(ImportViewModel.Step.INTERCHANGE);
        assertThat(viewModel.summaryProperty().get()).startsWith("Checked, nothing changed yet: 2 to add");
        assertThat(services.store().database().find(Person.class).findCount()).isZero();

        viewModel.importInterchange();
        assertThat(viewModel.stepProperty().get()).isEqualTo(ImportViewModel.Step.DONE);
        assertThat(association(id)).isEqualTo("Diabetes association");
        assertThat(services.store().database().sqlQuery("select full_name from person_identity").findOne()
                .getString("full_name")).isEqualTo("Alva Testname");
        assertThat(dialogs.passphraseQuestions).isEqualTo(3);
        assertThat(dialogs.errors).hasSize(1);
        assertThat(dialogs.unexpected).isEmpty();
    }

    @Test
    void aTypedPathOpensTheFileOrSaysThereIsNone() throws Exception {
        viewModel.openTyped("   ");
        assertThat(dialogs.errors).isEmpty();
        Path missing = dir.resolve("nowhere.csv");
        viewModel.openTyped(" " + missing + " ");
        assertThat(dialogs.errors).containsExactly("There is no file at " + missing + ".");
        assertThat(viewModel.fileProperty().get()).isNull();

        Path file = Files.writeString(dir.resolve("typed-" + System.nanoTime() + ".csv"), "Code;Role\nT-1;patient\n");
        viewModel.openTyped(file.toString());
        assertThat(viewModel.fileProperty().get()).isEqualTo(file);
        assertThat(viewModel.stepProperty().get()).isEqualTo(ImportViewModel.Step.PREVIEW);
        assertThat(viewModel.previewProperty().get().rows()).hasSize(1);
    }

    /** Another store holding one person (made there once, then changed): exported whole to a file. */
    private Path exportOther(UUID id, String association, String name) throws Exception {
        return exportOther(id, association, name, null);
    }

    /** The same; with a passphrase, the person has a name too and the export includes it, encrypted. */
    private Path exportOther(UUID id, String association, String name, String passphrase) throws Exception {
        try (AppServices other = org.inclusio.testing.TestStores.services(dir.resolve("other"), l10n)) {
            Database db = other.store().database();
            if (db.find(Person.class, id) == null) {
                Person person = new Person();
                person.setId(id);
                person.setCode("X-1");
                person.setRole(PersonRole.PATIENT);
                person.setAssociation(association);
                db.save(person);
            } else {
                setAssociation(db, id, association);
            }
            Path file = dir.resolve(name);
            try (OutputStream out = Files.newOutputStream(file)) {
                if (passphrase != null) {
                    PersonIdentity identity = new PersonIdentity();
                    identity.setPerson(db.find(Person.class, id));
                    identity.setFullName("Alva Testname");
                    db.save(identity);
                }
                ExportOptions options = passphrase == null ? new ExportOptions(false, null)
                        : new ExportOptions(true, null, passphrase.toCharArray(), null);
                other.interchangeExporter().export(Selection.all(), options, out, BackgroundTask.progressChannel("test"));
            }
            return file;
        }
    }

    /** The built-in groups, barriers and accommodations: every store has the same ones, so they come in unchanged. */
    private long builtInVocabulary() {
        return services.store().database().sqlQuery("select (select count(*) from disadvantaged_group)"
                + " + (select count(*) from barrier) + (select count(*) from accommodation) as n").findOne().getLong("n");
    }

    private static void setAssociation(Database db, UUID id, String association) {
        Person person = db.find(Person.class, id);
        person.setAssociation(association);
        db.save(person);
    }

    private String association(UUID id) {
        return services.store().database().find(Person.class, id).getAssociation();
    }
}
