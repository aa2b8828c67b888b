package org.inclusio.gui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import java.util.prefs.Preferences;
import java.util.concurrent.atomic.AtomicInteger;
import org.inclusio.app.AppServices;
import org.inclusio.gui.dialog.RecordingDialogService;
import org.inclusio.logic.exchange.sheet.MappingMemory;
import org.inclusio.logic.exchange.sheet.RowProblem;
import org.inclusio.logic.exchange.sheet.SheetImportService;
import org.inclusio.logic.exchange.sheet.SheetKind;
import org.inclusio.logic.exchange.sheet.TargetField;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.task.CallingThreadTaskExecutor;
import org.inclusio.model.Person;
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
        services = AppServices.open(dir.resolve("store"), l10n);
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
        Path file = Files.write(dir.resolve("latin.csv"), new byte[] {'C', 'o', 'd', 'e', '\n', (byte) 0xE9, '\n'});
        viewModel.open(file);
        assertThat(dialogs.errors).singleElement().asString().contains("byte 6, line 2");
        assertThat(viewModel.stepProperty().get()).isEqualTo(ImportViewModel.Step.NONE);
    }
}
