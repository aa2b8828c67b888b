package org.inclusio.logic.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.inclusio.app.AppServices;
import org.inclusio.logic.analysis.AnalysisFilter;
import org.inclusio.logic.analysis.representation.Breakdown;
import org.inclusio.logic.analysis.table.AnalysisTable;
import org.inclusio.logic.analysis.table.AnalysisTables;
import org.inclusio.logic.analysis.table.Cell;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.task.BackgroundTask;
import org.inclusio.logic.task.CancelledException;
import org.inclusio.testing.TestStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The board report of the example region: every section and the contents are there, its figures are
 * those the analysis services give for the same selection (withheld ones as the marker), and the PDF is
 * tagged, titled, in a language and with its fonts embedded.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BoardReportServiceTest {

    @TempDir
    static Path directory;

    private AppServices services;
    private BoardReportService reports;
    private ReportRequest request;
    private byte[] pdf;
    private String text;

    @BeforeAll
    void makeTheReport() throws Exception {
        services = TestStores.services(directory.resolve("store"), new Localization(Locale.ENGLISH));
        services.exampleRegion().load(null);
        reports = new BoardReportService(services.store().database(), services.analysis(),
                Clock.systemDefaultZone(), "example-store", "Inclusio 0.1.0");
        LocalDate today = LocalDate.now();
        request = new ReportRequest(ReportScope.region(), today.minusYears(1), today, ReportSection.all(),
                Locale.ENGLISH);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long started = System.nanoTime();
        reports.write(request, out, BackgroundTask.progressChannel("report"));
        System.out.printf("board report of the example region: %d ms, %d bytes%n",
                (System.nanoTime() - started) / 1_000_000, out.size());
        pdf = out.toByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
        }
    }

    @AfterAll
    void close() {
        services.close();
    }

    private AnalysisFilter filter() {
        return AnalysisFilter.all().withPeriod(request.from(), request.to());
    }

    private AnalysisTables tables() {
        return new AnalysisTables(new Localization(Locale.ENGLISH), services.analysis().suppression());
    }

    /**
     * The text with runs of white space made single spaces, as table rows come out of the PDF; without the
     * running header and page number that a page break puts inside a row, and with words broken after a
     * hyphen at the end of a line joined again.
     */
    private String flat() {
        return text.replaceAll("\\s+", " ")
                .replace(BoardReportService.title(request) + " ", "").replaceAll("Page \\d+ of \\d+ ", "")
                .replaceAll("(?<=\\p{L})- (?=\\p{L})", "-");
    }

    @Test
    void theTitlePageContentsAndEverySectionArePresent() {
        assertThat(text).contains("Board report on inclusive coproduction", "The whole region", "example-store",
                "Inclusio 0.1.0", "Counts from 1 to 4 are withheld and shown as <5");
        Localization l10n = new Localization(Locale.ENGLISH);
        for (ReportSection section : ReportSection.values()) {
            String title = l10n.text("report.section." + section.name());
            // listed in the contents with its page number, and present as a heading
            assertThat(flat()).containsPattern(java.util.regex.Pattern.quote(title) + " \\.+ ?\\d+");
        }
        assertThat(text.replaceAll("\\s+", " ")).containsPattern("Page 1 of \\d+").contains("What changed since the previous period");
    }

    @Test
    void theMatrixShowsTheFiguresOfTheMatrixAnalysis() {
        AnalysisTable matrix = tables().matrix(services.analysis().matrix().compute(filter()));
        for (List<Cell> row : matrix.rows()) {
            assertThat(flat()).contains(String.join(" ", row.stream().map(Cell::text).toList()));
        }
    }

    @Test
    void theFunnelShowsTheFiguresOfTheFunnelAnalysis() {
        AnalysisTable funnel = tables().funnel(services.analysis().funnel().compute(filter()));
        for (List<Cell> row : funnel.rows()) {
            List<String> shown = new ArrayList<>();
            for (int i = 1; i < row.size(); i++) {
                shown.add(row.get(i).text());
            }
            assertThat(flat()).contains(String.join(" ", shown));
        }
    }

    @Test
    void representationShowsTheAnalysisFiguresAndWithholdsSmallCounts() {
        var rows = services.analysis().representation().representation(filter(), Breakdown.NONE);
        AnalysisTable table = tables().representation(rows);
        int withheld = 0;
        for (int i = 0; i < rows.size(); i++) {
            boolean noMember = table.cell(i, "groupParticipants").text().equals("0")
                    && !table.cell(i, "participants").text().equals("0");
            List<String> expected = new ArrayList<>(List.of(rows.get(i).group().name()));
            expected.add(table.cell(i, "groupParticipants").text());
            expected.add(table.cell(i, "participants").text());
            expected.add(range(table, i, "sharePercent", "shareLowPercent", "shareHighPercent"));
            expected.add(table.cell(i, "referencePercent").text());
            expected.add(range(table, i, "ratio", "ratioLow", "ratioHigh"));
            if (noMember) {
                // marked beside its chart, which shows a red square at 0
                expected.add("No member present");
            } else if (table.cell(i, "ratio").suppressed()) {
                expected.add("Withheld (small count)");
            }
            String line = String.join(" ", expected.stream().filter(text -> !text.isEmpty()).toList());
            assertThat(flat()).contains(line);
            if (table.cell(i, "groupParticipants").suppressed()) {
                withheld++;
                // the marker stands where the number would be, and no share follows from it
                assertThat(line).contains(rows.get(i).group().name() + " <5 " + table.cell(i, "participants").text()
                        + " <5");
            }
        }
        assertThat(withheld).as("the example region has small counts to withhold").isPositive();
    }

    /** A figure with its interval as the report writes it, or the cell's text when withheld or missing. */
    private static String range(AnalysisTable table, int row, String value, String low, String high) {
        Cell cell = table.cell(row, value);
        if (cell.suppressed() || cell.text().isEmpty()) {
            return cell.text();
        }
        return cell.text() + " (" + table.cell(row, low).text() + " to " + table.cell(row, high).text() + ")";
    }

    @Test
    void influenceRatiosAreThoseOfTheInfluenceAnalysis() {
        var rows = services.analysis().representation().influence(filter(), Breakdown.NONE);
        AnalysisTable table = tables().influence(rows);
        int checked = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).ratio().available()) {
                assertThat(flat()).contains(table.cell(i, "ratio").text() + " (" + table.cell(i, "ratioLow").text()
                        + " to " + table.cell(i, "ratioHigh").text() + ")");
                checked++;
            }
        }
        assertThat(checked).isPositive();
    }

    @Test
    void thePdfIsTaggedTitledInEnglishWithEmbeddedFonts() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(document.getDocumentCatalog().getStructureTreeRoot().getK()).isNotNull();
            assertThat(document.getDocumentCatalog().getMarkInfo()).isNotNull();
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
            assertThat(document.getDocumentInformation().getTitle()).startsWith("Board report: The whole region");
            assertThat(document.getNumberOfPages()).isGreaterThan(ReportSection.values().length);
            int fonts = 0;
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    fonts++;
                }
            }
            assertThat(fonts).isPositive();
        }
    }

    @Test
    void aReportInSwedishOrJapaneseIsWrittenInThatLanguageWithItsGlyphsEmbedded() throws Exception {
        List<Locale> languages = new ArrayList<>(List.of(Locale.forLanguageTag("sv")));
        if (PdfOutput.japaneseFont().isPresent()) {
            languages.add(Locale.JAPANESE);
        }
        for (Locale language : languages) {
            ReportRequest translated = new ReportRequest(ReportScope.region(), request.from(), request.to(),
                    EnumSet.of(ReportSection.SUMMARY, ReportSection.MATRIX), language);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            reports.write(translated, out, BackgroundTask.progressChannel("report"));
            try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
                String translatedText = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
                Localization l10n = new Localization(language);
                assertThat(translatedText).as(language.toString())
                        .contains(l10n.text("report.section.SUMMARY"), l10n.text("report.section.MATRIX"))
                        .doesNotContain("Board report on inclusive coproduction");
                assertThat(document.getDocumentCatalog().getLanguage()).startsWith(language.getLanguage());
            }
        }
    }

    @Test
    void anEmptyPeriodStillMakesAReportThatSaysSo() throws Exception {
        ReportRequest empty = new ReportRequest(ReportScope.region(), LocalDate.of(1990, 1, 1),
                LocalDate.of(1990, 1, 31), EnumSet.of(ReportSection.SUMMARY, ReportSection.REPRESENTATION),
                Locale.ENGLISH);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reports.write(empty, out, BackgroundTask.progressChannel("report"));
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            String emptyText = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(emptyText).contains("No activity was recorded between", "Nothing to show for this selection.");
            assertThat(emptyText).doesNotContain("Exclusion flags .");
        }
    }

    @Test
    void userTextIsEscapedAndCannotChangeTheDocument() throws Exception {
        String xhtml = reports.html(request, BackgroundTask.progressChannel("report"));
        assertThat(Html.text("<b>&\"x'\u0001")).isEqualTo("&lt;b&gt;&amp;&quot;x&#39;");
        // the whole document is well-formed XML (the renderer would refuse it otherwise)
        javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        factory.newDocumentBuilder().parse(new org.xml.sax.InputSource(new java.io.StringReader(xhtml)));
    }

    @Test
    void aCancelledReportStops() {
        BackgroundTask<Void> task = BackgroundTask.progressChannel("report");
        task.cancel();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> reports.write(request,
                new ByteArrayOutputStream(), task)).isInstanceOf(CancelledException.class);
    }
}
