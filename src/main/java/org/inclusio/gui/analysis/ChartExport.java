package org.inclusio.gui.analysis;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.transform.Transform;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.inclusio.gui.dialog.DialogService;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.task.BackgroundTask;
import org.inclusio.logic.task.TaskExecutor;

/**
 * Takes a chart of the Analysis area out of the program: copied to the clipboard (as an image, and as SVG
 * for programs that take it), or saved as PNG at print resolution (300 dots per inch, recorded in the file)
 * or as SVG (vector graphics drawn from the same bars). The picture is taken on the FX thread; encoding and
 * writing run in the background, into a file beside the target that takes its place only when complete.
 */
public final class ChartExport {

    /** Print resolution. */
    static final int DPI = 300;
    /** The screen's 96 dots per inch scaled to print resolution. */
    static final double SCALE = DPI / 96.0;
    /** How SVG goes on the clipboard, for programs that take it (made once, when first needed). */
    static DataFormat svgFormat() {
        return SvgFormat.FORMAT;
    }

    private static final class SvgFormat {
        static final DataFormat FORMAT = DataFormat.lookupMimeType("image/svg+xml") != null
                ? DataFormat.lookupMimeType("image/svg+xml") : new DataFormat("image/svg+xml");
    }

    private final DialogService dialogs;
    private final TaskExecutor executor;
    private final Localization l10n;

    public ChartExport(DialogService dialogs, TaskExecutor executor, Localization l10n) {
        this.dialogs = dialogs;
        this.executor = executor;
        this.l10n = l10n;
    }

    /** Puts the chart on the clipboard as a print-resolution image and as SVG; call on the FX thread. */
    public void copy(Node chart, List<ChartBar> bars, String axisLabel, double reference) {
        if (bars.isEmpty()) {
            dialogs.showError(l10n.text("chart.export.title"), l10n.text("chart.export.nothing"));
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.putImage(snapshot(chart));
        content.put(svgFormat(), ChartSvg.render(bars, axisLabel, reference, l10n.locale()));
        Clipboard.getSystemClipboard().setContent(content);
        dialogs.notify(l10n.text("chart.export.copied"));
    }

    /** Asks where, then saves the chart as PNG at print resolution; call on the FX thread. */
    public void savePng(Node chart, List<ChartBar> bars, String suggestedName) {
        if (bars.isEmpty()) {
            dialogs.showError(l10n.text("chart.export.title"), l10n.text("chart.export.nothing"));
            return;
        }
        dialogs.chooseSaveFile(l10n.text("chart.export.title"), suggestedName + ".png", "png").ifPresent(file -> {
            BufferedImage image = toBufferedImage(snapshot(chart));
            write(file, () -> png(image, DPI));
        });
    }

    /** Asks where, then saves the chart as SVG. */
    public void saveSvg(List<ChartBar> bars, String axisLabel, double reference, String suggestedName) {
        if (bars.isEmpty()) {
            dialogs.showError(l10n.text("chart.export.title"), l10n.text("chart.export.nothing"));
            return;
        }
        List<ChartBar> drawn = List.copyOf(bars);
        dialogs.chooseSaveFile(l10n.text("chart.export.title"), suggestedName + ".svg", "svg").ifPresent(file ->
                write(file, () -> ChartSvg.render(drawn, axisLabel, reference, l10n.locale())
                        .getBytes(StandardCharsets.UTF_8)));
    }

    private interface Content {
        byte[] bytes() throws IOException;
    }

    private void write(Path file, Content content) {
        executor.execute(BackgroundTask.<Void>of(l10n.text("chart.export.task"), task -> {
            Path folder = file.toAbsolutePath().getParent();
            Path partial = Files.createTempFile(folder, "." + file.getFileName(), ".part");
            try {
                Files.write(partial, content.bytes());
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
            return null;
        }).onSuccess(done -> dialogs.notify(l10n.text("chart.export.saved", file.getFileName().toString())))
                .onFailure(failure -> dialogs.showError(l10n.text("chart.export.title"),
                        l10n.text("chart.export.failed", file.getFileName().toString()))));
    }

    /** The node drawn at print resolution. */
    static WritableImage snapshot(Node node) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setTransform(Transform.scale(SCALE, SCALE));
        return node.snapshot(parameters, null);
    }

    static BufferedImage toBufferedImage(WritableImage image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage buffered = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            pixels.getPixels(0, y, width, 1, javafx.scene.image.PixelFormat.getIntArgbInstance(), row, 0, width);
            buffered.setRGB(0, y, width, 1, row, 0, width);
        }
        return buffered;
    }

    /** The image as PNG, its resolution recorded (pHYs) so that it prints at its intended size. */
    static byte[] png(BufferedImage image, int dpi) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try {
            ImageWriteParam parameters = writer.getDefaultWriteParam();
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image),
                    parameters);
            String perMetre = Integer.toString((int) Math.round(dpi / 0.0254));
            IIOMetadataNode physical = new IIOMetadataNode("pHYs");
            for (Map.Entry<String, String> attribute : Map.of("pixelsPerUnitXAxis", perMetre, "pixelsPerUnitYAxis",
                    perMetre, "unitSpecifier", "meter").entrySet()) {
                physical.setAttribute(attribute.getKey(), attribute.getValue());
            }
            IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
            root.appendChild(physical);
            metadata.mergeTree("javax_imageio_png_1.0", root);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
                writer.setOutput(stream);
                writer.write(null, new IIOImage(image, null, metadata), parameters);
            }
            return out.toByteArray();
        } finally {
            writer.dispose();
        }
    }
}
