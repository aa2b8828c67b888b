package org.inclusio.logic.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Renders the report's XHTML to a tagged PDF (PDF/UA, and PDF/A-3u for archiving) with openhtmltopdf:
 * the fonts embedded, the title and language taken from the document, the charts drawn as vectors
 * from their SVG. The text font is Liberation Sans, which ships inside Apache PDFBox, so the output is
 * the same on every computer; DejaVu Sans, where the system has it, supplies characters that font
 * lacks, and a Japanese TrueType font (IPA Gothic or VL Gothic, which the Linux packages bring) the
 * Japanese ones.
 */
final class PdfOutput {

    static final String FONT_FAMILY = "Liberation Sans";
    private static final String FONT_RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final String FALLBACK_FAMILY = "DejaVu Sans";
    private static final Path[] FALLBACK_FONTS = {
        Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
        Path.of("/usr/share/fonts/TTF/DejaVuSans.ttf"),
        Path.of("/usr/share/fonts/dejavu/DejaVuSans.ttf")
    };

    static final String JAPANESE_FAMILY = "Japanese Gothic";
    private static final Path[] JAPANESE_FONTS = {
        Path.of("/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf"),
        Path.of("/usr/share/fonts/truetype/fonts-japanese-gothic.ttf"),
        Path.of("/usr/share/fonts/ipa-gothic/ipag.ttf"),
        Path.of("/usr/share/fonts/truetype/vlgothic/VL-Gothic-Regular.ttf"),
        Path.of("/usr/share/fonts/vlgothic/VL-Gothic-Regular.ttf"),
        Path.of("/usr/share/fonts/truetype/takao-gothic/TakaoGothic.ttf")
    };

    static {
        // the renderer's own log would carry the document's text in some messages; problems surface as exceptions
        XRLog.setLoggingEnabled(false);
    }

    private PdfOutput() {
    }

    static void render(String xhtml, OutputStream out) throws IOException {
        render(xhtml, out, true);
    }

    /**
     * Renders as a tagged PDF; {@code archival} adds PDF/A-3u conformance, which a document that is to be
     * encrypted must not claim (PDF/A forbids encryption).
     */
    static void render(String xhtml, OutputStream out, boolean archival) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        if (archival) {
            builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U);
            builder.useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
        }
        // one face for every weight and style: headings stand out by size and colour, and the font is embedded once
        builder.useFont(PdfOutput::regularFont, FONT_FAMILY, 400, FontStyle.NORMAL, true);
        for (Path fallback : FALLBACK_FONTS) {
            if (Files.isReadable(fallback)) {
                builder.useFont(fallback.toFile(), FALLBACK_FAMILY);
                break;
            }
        }
        japaneseFont().ifPresent(font -> builder.useFont(font.toFile(), JAPANESE_FAMILY));
        builder.useSVGDrawer(new BatikSVGDrawer());
        builder.withHtmlContent(xhtml, null);
        builder.toStream(out);
        builder.run();
    }

    /**
     * Writes the PDF encrypted with AES-256 (PDF's standard security): it opens only with the passphrase.
     * The owner password is random and forgotten, so the passphrase is the only way in; a reader that opens
     * the file may print and copy it.
     */
    static void encrypt(byte[] pdf, char[] passphrase, OutputStream out) throws IOException {
        byte[] owner = new byte[32];
        new java.security.SecureRandom().nextBytes(owner);
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy policy =
                    new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy(
                            java.util.HexFormat.of().formatHex(owner), new String(passphrase),
                            new org.apache.pdfbox.pdmodel.encryption.AccessPermission());
            policy.setEncryptionKeyLength(256);
            policy.setPreferAES(true);
            document.protect(policy);
            document.save(out);
        }
    }

    /** A font this computer has for Japanese text, if any. */
    static java.util.Optional<Path> japaneseFont() {
        for (Path font : JAPANESE_FONTS) {
            if (Files.isReadable(font)) {
                return java.util.Optional.of(font);
            }
        }
        return java.util.Optional.empty();
    }

    private static InputStream regularFont() {
        InputStream font = PdfOutput.class.getResourceAsStream(FONT_RESOURCE);
        if (font == null) {
            throw new UncheckedIOException(new IOException("the report's font is missing from the program"));
        }
        return font;
    }
}
