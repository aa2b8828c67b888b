package org.inclusio.gui.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.inclusio.logic.task.CancelledException;
import org.inclusio.logic.task.TaskContext;

/** Draws the pages of a PDF as images for the preview, with Apache PDFBox; off the FX thread. */
final class PdfPages {

    /** 72 dots per inch times this: an A4 page about 740 pixels wide. */
    static final float SCALE = 1.25f;

    private PdfPages() {
    }

    /**
     * The first pages of the document as images.
     *
     * @param limit the most pages drawn
     * @return the images and the number of pages the document has
     */
    static Rendered render(byte[] pdf, int limit, TaskContext task) throws IOException, CancelledException {
        return render(pdf, null, limit, task);
    }

    /**
     * The first pages of a document, opened with its passphrase when it is encrypted (null when it is not).
     *
     * @param limit the most pages drawn
     * @return the images and the number of pages the document has
     */
    static Rendered render(byte[] pdf, char[] passphrase, int limit, TaskContext task) throws IOException,
            CancelledException {
        try (PDDocument document = passphrase == null ? Loader.loadPDF(pdf) : Loader.loadPDF(pdf, new String(passphrase))) {
            PDFRenderer renderer = new PDFRenderer(document);
            int pages = document.getNumberOfPages();
            int drawn = Math.min(pages, limit);
            List<Image> images = new ArrayList<>(drawn);
            for (int page = 0; page < drawn; page++) {
                task.checkCancelled();
                images.add(toImage(renderer.renderImage(page, SCALE, ImageType.RGB)));
            }
            return new Rendered(images, pages);
        }
    }

    private static Image toImage(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
        WritableImage copy = new WritableImage(width, height);
        copy.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        return copy;
    }

    /**
     * Pages drawn for the preview.
     *
     * @param images the pages drawn, in order
     * @param pages  how many pages the document has
     */
    record Rendered(List<Image> images, int pages) {
    }
}
