package org.inclusio.gui.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.inclusio.app.AppServices;
import org.inclusio.gui.dialog.RecordingDialogService;
import org.inclusio.logic.common.Choice;
import org.inclusio.logic.exchange.TempFiles;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.task.CallingThreadTaskExecutor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The letters screen's model on the example region, its tasks run on the calling thread. */
class LettersViewModelTest {

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    private static final Localization L10N = new Localization(Locale.UK);
    private static AppServices services;

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private LettersViewModel viewModel;

    @BeforeAll
    static void loadExampleRegion() throws Exception {
        services = org.inclusio.testing.TestStores.services(shared.resolve("example"), L10N);
        services.exampleRegion().load(null);
    }

    @AfterAll
    static void close() {
        services.close();
    }

    @BeforeEach
    void newViewModel() {
        viewModel = new LettersViewModel(services.letters(), services.choices(), new TempFiles(shared.resolve("example")),
                new CallingThreadTaskExecutor(dialogs.unexpected::add), dialogs, L10N);
        viewModel.load();
        viewModel.fromProperty().set(LocalDate.now().minusYears(1));
    }

    private Choice diabetes() {
        return viewModel.teams().stream().filter(team -> team.label().startsWith("Diabetes")).findFirst().orElseThrow();
    }

    @Test
    void theTeamsAndTheActivitiesOfThePeriodAreOfferedAllTeamsFirst() {
        assertThat(viewModel.teams().get(0).label()).isEqualTo("All teams");
        assertThat(viewModel.teamProperty().get()).isSameAs(viewModel.teams().get(0));
        int all = viewModel.activities().size();
        assertThat(all).isPositive();

        viewModel.teamProperty().set(diabetes());

        assertThat(viewModel.activities()).isNotEmpty().hasSizeLessThan(all)
                .allSatisfy(activity -> assertThat(activity.label()).endsWith("(Diabetes process team)"));
    }

    @Test
    void lettersToEachPersonOfAPeriodAreMadePreviewedAndSavedWhole() throws Exception {
        viewModel.extentProperty().set(LettersViewModel.Extent.PERIOD);
        viewModel.teamProperty().set(diabetes());
        viewModel.contactProperty().set("Anna Berg, 031-123 45");

        viewModel.makeLetters();

        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.unexpected).isEmpty();
        assertThat(viewModel.readyProperty().get()).isTrue();
        assertThat(viewModel.busyProperty().get()).isFalse();
        assertThat(viewModel.pages()).isNotEmpty();
        assertThat(viewModel.statusProperty().get()).matches("Ready: \\d+ letters on \\d+ pages\\. Save as PDF to print or post\\.");

        Path file = dir.resolve("letters.pdf");
        dialogs.fileAnswer = file;
        viewModel.save();

        assertThat(dialogs.saveSuggestions).singleElement().asString().isEqualTo("You said, we did.pdf|pdf");
        assertThat(Files.readAllBytes(file)).isEqualTo(viewModel.pdf());
        assertThat(dialogs.notices).containsExactly("Saved the letters as letters.pdf");
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Dear participant", "Anna Berg, 031-123 45");
        }
    }

    @Test
    void namesNeedTheConfirmationAndAPassphraseAndTheSavedFileIsEncrypted() throws Exception {
        viewModel.extentProperty().set(LettersViewModel.Extent.PERIOD);
        viewModel.teamProperty().set(diabetes());
        dialogs.confirmAnswer = false;
        viewModel.requestNames(true);
        assertThat(viewModel.withNamesProperty().get()).isFalse();

        dialogs.confirmAnswer = true;
        viewModel.requestNames(true);
        assertThat(dialogs.confirmations).hasSize(2).last().asString().contains("audit trail");
        assertThat(viewModel.withNamesProperty().get()).isTrue();

        dialogs.passphraseAnswer = "too short";
        viewModel.makeLetters();
        assertThat(dialogs.passphraseProblems).isNotEmpty();
        assertThat(viewModel.readyProperty().get()).isFalse();

        dialogs.passphraseAnswer = "a long enough passphrase";
        viewModel.makeLetters();
        assertThat(dialogs.errors).isEmpty();
        assertThat(viewModel.readyProperty().get()).isTrue();
        assertThat(viewModel.pages()).as("the preview opens the encrypted letters").isNotEmpty();
        assertThat(viewModel.statusProperty().get()).contains("encrypted with your passphrase");

        Path file = dir.resolve("named.pdf");
        dialogs.fileAnswer = file;
        viewModel.save();
        assertThat(dialogs.notices).containsExactly("Saved the encrypted letters as named.pdf");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Loader.loadPDF(file.toFile()).close())
                .isInstanceOf(InvalidPasswordException.class);
        try (PDDocument document = Loader.loadPDF(file.toFile(), "a long enough passphrase")) {
            assertThat(document.isEncrypted()).isTrue();
        }
    }

    @Test
    void aLetterToTheGroupTakesTheNamesAwayAgain() {
        viewModel.requestNames(true);
        assertThat(viewModel.withNamesProperty().get()).isTrue();

        viewModel.perPersonProperty().set(false);

        assertThat(viewModel.withNamesProperty().get()).isFalse();
        viewModel.requestNames(true);
        assertThat(viewModel.withNamesProperty().get()).as("no names on a letter to the group").isFalse();
    }

    @Test
    void anActivityMustBeChosenAndThePeriodMustRunForwards() {
        viewModel.makeLetters();
        assertThat(dialogs.errors).containsExactly("Choose the activity the letters are about.");

        viewModel.extentProperty().set(LettersViewModel.Extent.PERIOD);
        viewModel.fromProperty().set(LocalDate.of(2025, 6, 1));
        viewModel.toProperty().set(LocalDate.of(2025, 5, 1));
        viewModel.makeLetters();

        assertThat(dialogs.errors).last().isEqualTo(
                "The period ends before it starts. Choose a last day on or after the first.");
        assertThat(viewModel.readyProperty().get()).isFalse();
        assertThat(viewModel.pages()).isEmpty();
    }

    @Test
    void aPeriodWithoutLayParticipantsIsToldInWords() {
        viewModel.extentProperty().set(LettersViewModel.Extent.PERIOD);
        viewModel.fromProperty().set(LocalDate.of(1990, 1, 1));
        viewModel.toProperty().set(LocalDate.of(1990, 1, 31));

        viewModel.makeLetters();

        assertThat(dialogs.errors).singleElement().asString().startsWith("No patient, relative or resident attended");
        assertThat(dialogs.unexpected).isEmpty();
        assertThat(viewModel.busyProperty().get()).isFalse();
        assertThat(viewModel.readyProperty().get()).isFalse();
    }
}
