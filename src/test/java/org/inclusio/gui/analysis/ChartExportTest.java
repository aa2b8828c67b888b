package org.inclusio.gui.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.StackPane;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.inclusio.gui.dialog.RecordingDialogService;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.task.CallingThreadTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** A chart of the Analysis area leaves the program as a print-resolution PNG, as SVG, or on the clipboard. */
class ChartExportTest {

    private static final Localization L10N = new Localization(Locale.UK);
    private static final List<ChartBar> BARS = List.of(
            new ChartBar("All lay participants", "Diabetes <team> & co", 0.8, 0.5, 1.3),
            new ChartBar("All lay participants", "Heart failure", 1.6, 1.1, 2.2),
            new ChartBar("Low education", "Heart failure", 0.4, 0.1, 0.9));

    @TempDir
    Path dir;

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final ChartExport export = new ChartExport(dialogs, new CallingThreadTaskExecutor(dialogs.unexpected::add),
            L10N);
    private BarChart<Number, String> chart;

    @BeforeEach
    void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void cleanUp() throws Exception {
        FxToolkit.cleanupStages();
    }

    private void show() throws Exception {
        FxToolkit.setupStage(stage -> {
            chart = new BarChart<>(new NumberAxis(), new CategoryAxis());
            chart.setAnimated(false);
            // drawn at 400 x 300 whatever size (or minimum size) an earlier test left the shared stage
            chart.setMinSize(400, 300);
            chart.setPrefSize(400, 300);
            chart.setMaxSize(400, 300);
            XYChart.Series<Number, String> series = new XYChart.Series<>();
            series.setName("All lay participants");
            series.getData().add(new XYChart.Data<>(0.8, "Diabetes"));
            chart.getData().add(series);
            stage.setScene(new Scene(new StackPane(chart), 400, 300));
            // the shared stage may keep the size an earlier test gave it; the chart is drawn at 400 x 300
            stage.setMaximized(false);
            stage.setFullScreen(false);
            stage.sizeToScene();
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theSvgIsWellFormedAndDrawsEveryBarWhiskerAndTheReferenceLine() throws Exception {
        String svg = ChartSvg.render(BARS, "Ratio to the reference share", 1.0, Locale.UK);

        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(document.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(titles(document)).contains("Ratio to the reference share",
                "All lay participants, Diabetes <team> & co: 0.80", "Low education, Heart failure: 0.40");
        assertThat(document.getElementsByTagName("path").getLength()).as("one whisker per interval").isEqualTo(3);
        assertThat(texts(document)).contains("Diabetes <team> & co", "Heart failure", "Low education", "0.0", "0.5",
                "2.5");
        NodeList lines = document.getElementsByTagName("line");
        boolean reference = false;
        for (int i = 0; i < lines.getLength(); i++) {
            reference |= ((Element) lines.item(i)).hasAttribute("stroke-dasharray");
        }
        assertThat(reference).as("the dashed line at 1").isTrue();
        assertThat(ChartSvg.render(BARS, "x", 1.0, new Locale("sv"))).contains(">0,5<");
    }

    @Test
    void aChartOfCountsHasNoWhiskersNorReferenceLine() throws Exception {
        String svg = ChartSvg.render(List.of(new ChartBar("Invited", "All", 120), new ChartBar("Attended", "All", 80)),
                "People", Double.NaN, Locale.UK);

        assertThat(svg).doesNotContain("<path").doesNotContain("stroke-dasharray").contains(">Invited<", ">Attended<",
                "Invited, All: 120<", ">150<");
        assertThat(ChartSvg.niceStep(7)).isEqualTo(2);
        assertThat(ChartSvg.niceStep(120)).isEqualTo(50);
        assertThat(ChartSvg.niceStep(0.9)).isEqualTo(0.2, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void thePngIsAtPrintResolutionAndSaysSo() throws Exception {
        show();
        Path file = dir.resolve("chart.png");
        dialogs.fileAnswer = file;

        WaitForAsyncUtils.asyncFx(() -> export.savePng(chart, BARS, "representation")).get(60, TimeUnit.SECONDS);

        assertThat(dialogs.saveSuggestions).singleElement().asString().isEqualTo("representation.png|png");
        assertThat(dialogs.notices).containsExactly("Saved the chart as chart.png");
        assertThat(dialogs.unexpected).isEmpty();
        var image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isBetween((int) (400 * ChartExport.SCALE) - 2, (int) (400 * ChartExport.SCALE) + 2);
        assertThat(image.getHeight()).isBetween((int) (300 * ChartExport.SCALE) - 2, (int) (300 * ChartExport.SCALE) + 2);
        assertThat(pixelsPerMetre(file)).isEqualTo("11811");
        try (var files = Files.list(dir)) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactly("chart.png");
        }
    }

    @Test
    void theSvgIsSavedWholeAndTheChartIsCopiedAsImageAndSvg() throws Exception {
        show();
        Path file = dir.resolve("chart.svg");
        dialogs.fileAnswer = file;

        export.saveSvg(BARS, "Ratio", 1.0, "representation");
        assertThat(Files.readString(file)).startsWith("<?xml").contains("Heart failure").endsWith("</svg>\n");

        WaitForAsyncUtils.asyncFx(() -> export.copy(chart, BARS, "Ratio", 1.0)).get(60, TimeUnit.SECONDS);
        Object[] content = WaitForAsyncUtils.asyncFx(() -> new Object[] {Clipboard.getSystemClipboard().getImage(),
                Clipboard.getSystemClipboard().getContent(ChartExport.svgFormat())}).get(30, TimeUnit.SECONDS);
        assertThat(content[0]).isNotNull();
        assertThat(((javafx.scene.image.Image) content[0]).getWidth()).isGreaterThan(1000);
        assertThat((String) content[1]).contains("Heart failure");
        assertThat(dialogs.notices).last().isEqualTo("The chart was copied. Paste it into a document or a presentation.");
    }

    @Test
    void nothingIsTakenOutOfAChartWithoutBars() {
        export.saveSvg(List.of(), "Ratio", 1.0, "representation");

        assertThat(dialogs.errors).singleElement().asString().startsWith("There is no chart to take out yet");
        assertThat(dialogs.saveSuggestions).isEmpty();
    }

    private static List<String> titles(Document document) {
        return nodeTexts(document.getElementsByTagName("title"));
    }

    private static List<String> texts(Document document) {
        return nodeTexts(document.getElementsByTagName("text"));
    }

    private static List<String> nodeTexts(NodeList nodes) {
        List<String> texts = new java.util.ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    private static String pixelsPerMetre(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file); ImageInputStream stream = ImageIO.createImageInputStream(in)) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("png").next();
            reader.setInput(stream);
            IIOMetadata metadata = reader.getImageMetadata(0);
            org.w3c.dom.Node root = metadata.getAsTree("javax_imageio_png_1.0");
            for (org.w3c.dom.Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child.getNodeName().equals("pHYs")) {
                    return ((Element) child).getAttribute("pixelsPerUnitXAxis");
                }
            }
            return null;
        }
    }
}
