package org.inclusio.gui.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.inclusio.app.AppServices;
import org.inclusio.gui.dialog.RecordingDialogService;
import org.inclusio.logic.common.Choice;
import org.inclusio.logic.exchange.TempFiles;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.report.ReportScope;
import org.inclusio.logic.report.ReportSection;
import org.inclusio.logic.task.CallingThreadTaskExecutor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The board report screen's model on the example region, its tasks run on the calling thread. */
class BoardReportViewModelTest {

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    private static final Localization L10N = new Localization(Locale.UK);
    private static AppServices services;

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private BoardReportViewModel viewModel;

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
        viewModel = new BoardReportViewModel(services.boardReports(), services.choices(),
                new TempFiles(shared.resolve("example")), new CallingThreadTaskExecutor(dialogs.unexpected::add),
                dialogs, L10N);
        viewModel.load();
    }

    @Test
    void aTeamsReportIsMadePreviewedAndSavedWhole() throws Exception {
        Choice diabetes = viewModel.teams().stream().filter(team -> team.label().startsWith("Diabetes")).findFirst()
                .orElseThrow();
        viewModel.scopeProperty().set(ReportScope.Kind.TEAM);
        viewModel.teamProperty().set(diabetes);
        for (ReportSection section : ReportSection.values()) {
            viewModel.sectionProperty(section).set(section == ReportSection.SUMMARY || section == ReportSection.MATRIX);
        }

        viewModel.makeReport();

        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.unexpected).isEmpty();
        assertThat(viewModel.readyProperty().get()).isTrue();
        assertThat(viewModel.busyProperty().get()).isFalse();
        assertThat(viewModel.pages()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(viewModel.pages().get(0).getWidth()).isGreaterThan(600);
        assertThat(viewModel.statusProperty().get()).startsWith("The report is ready: ").endsWith("Save it as PDF to hand it on.");

        Path file = dir.resolve("report.pdf");
        dialogs.fileAnswer = file;
        viewModel.save();

        assertThat(dialogs.saveSuggestions).singleElement().asString()
                .startsWith("Board report Process team Diabetes process team").endsWith(".pdf|pdf");
        assertThat(new String(Files.readAllBytes(file), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(Files.readAllBytes(file)).isEqualTo(viewModel.pdf());
        assertThat(dialogs.notices).containsExactly("Saved the board report as report.pdf");
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefusedWithoutWork() {
        viewModel.fromProperty().set(LocalDate.of(2025, 6, 1));
        viewModel.toProperty().set(LocalDate.of(2025, 5, 1));

        viewModel.makeReport();

        assertThat(dialogs.errors).containsExactly(
                "The period ends before it starts. Choose a last day on or after the first.");
        assertThat(viewModel.readyProperty().get()).isFalse();
        assertThat(viewModel.pages()).isEmpty();
    }

    @Test
    void aTeamMustBeChosenForATeamsReport() {
        viewModel.scopeProperty().set(ReportScope.Kind.TEAM);

        viewModel.makeReport();

        assertThat(dialogs.errors).containsExactly("Choose the process team to report on.");
        assertThat(viewModel.busyProperty().get()).isFalse();
    }

    @Test
    void nothingIsSavedBeforeAReportIsMade() {
        dialogs.fileAnswer = dir.resolve("never.pdf");

        viewModel.save();

        assertThat(dialogs.saveSuggestions).isEmpty();
        assertThat(dir.resolve("never.pdf")).doesNotExist();
    }

    @Test
    void aFileNameNeverCarriesCharactersFileSystemsRefuse() {
        assertThat(BoardReportViewModel.safeName("Board report: A/B <x>, 1 to 2")).isEqualTo("Board report A B x , 1 to 2");
        assertThat(BoardReportViewModel.safeName("  ")).isEqualTo("board-report");
    }
}
