package org.inclusio.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.inclusio.app.AppServices;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.testing.CommandLineRun;
import org.inclusio.testing.TestStores;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** {@code inclusio report ...} against a store holding the example region. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportCommandTest {

    @TempDir
    static Path store;

    @TempDir
    static Path out;

    private final String from = LocalDate.now().minusYears(1).toString();
    private final String to = LocalDate.now().toString();

    @BeforeAll
    void loadExampleRegion() throws Exception {
        try (AppServices services = TestStores.services(store, new Localization(Locale.ENGLISH))) {
            services.exampleRegion().load(null);
        }
    }

    private CommandLineRun run(String... arguments) {
        List<String> all = new ArrayList<>(List.of("--store", store.toString(), "report"));
        all.addAll(List.of(arguments));
        return CommandLineRun.of(TestStores.withPassphrase(all.toArray(String[]::new)));
    }

    @Test
    void aTeamsReportIsWrittenWhole() throws Exception {
        Path file = out.resolve("diabetes.pdf");
        CommandLineRun run = run("--from", from, "--to", to, "--team", "Diabetes process team", "--output", file.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Wrote the board report to " + file);
        assertThat(file).isRegularFile();
        assertThat(Files.list(out).map(Path::getFileName).map(Path::toString).toList())
                .as("no partial file is left beside it").noneMatch(name -> name.endsWith(".part"));
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Process team: Diabetes process team", "Contents", "You said, we did");
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
        }
    }

    @Test
    void onlyTheSectionsAskedForAreWritten() throws Exception {
        Path file = out.resolve("matrix.pdf");
        CommandLineRun run = run("--from", from, "--to", to, "--sections", "summary,matrix", "--output", file.toString());

        assertThat(run.status()).as(run.err()).isZero();
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Summary", "Modes and levels of coproduction").doesNotContain("Governance of");
        }
    }

    @Test
    void aMalformedDateIsAUsageErrorAndWritesNothing() {
        Path file = out.resolve("bad-date.pdf");
        CommandLineRun run = run("--from", "2025-13-01", "--to", to, "--output", file.toString());

        assertThat(run.status()).isEqualTo(ExitStatus.USAGE.code());
        assertThat(run.err()).contains("--from").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(file).doesNotExist();
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefused() {
        Path file = out.resolve("backwards.pdf");
        CommandLineRun run = run("--from", to, "--to", from, "--output", file.toString());

        assertThat(run.status()).isEqualTo(ExitStatus.USAGE.code());
        assertThat(run.err()).contains("is after --to");
        assertThat(file).doesNotExist();
    }

    @Test
    void anUnknownTeamIsNamedAndNothingIsWritten() {
        Path file = out.resolve("unknown.pdf");
        CommandLineRun run = run("--from", from, "--to", to, "--team", "No such team", "--output", file.toString());

        assertThat(run.status()).isEqualTo(ExitStatus.FAILED.code());
        assertThat(run.err().strip()).isEqualTo("No process team \"No such team\" in the store.");
        assertThat(file).doesNotExist();
    }

    @Test
    void anUnknownSectionOrLanguageIsAUsageError() {
        CommandLineRun section = run("--from", from, "--to", to, "--sections", "matrix,charts", "--output",
                out.resolve("s.pdf").toString());
        assertThat(section.status()).isEqualTo(ExitStatus.USAGE.code());
        assertThat(section.err()).contains("No section \"charts\"");

        CommandLineRun language = run("--from", from, "--to", to, "--language", "xx", "--output", out.resolve("l.pdf").toString());
        assertThat(language.status()).isEqualTo(ExitStatus.USAGE.code());
        assertThat(language.err()).contains("--language takes en (English), sv (Svenska)", "not \"xx\"");
    }
}
