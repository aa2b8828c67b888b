package org.inclusio.logic.exchange.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes XLSX files by hand, entry by entry, the way a hostile file would be made: the sheet and the
 * shared texts are written by the caller as raw XML, streamed, so a test can make a file whose
 * parts unpack to far more than the test ever holds in memory.
 */
final class HandMadeXlsx {

    /** Writes the XML inside {@code <sheetData>} or {@code <sst>}. */
    @FunctionalInterface
    interface Body {
        void write(Writer out) throws IOException;
    }

    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private HandMadeXlsx() {
    }

    /** A workbook of one sheet; {@code texts} may be null for a file without shared texts. */
    static Path write(Path file, Body sheetData, Body texts) throws IOException {
        try (OutputStream raw = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(raw)) {
            zip.setLevel(Deflater.BEST_SPEED);
            entry(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                    <Default Extension="xml" ContentType="application/xml"/>
                    <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                    <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
                    <Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
                    </Types>
                    """);
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
                    </Relationships>
                    """);
            entry(zip, "xl/workbook.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <workbook xmlns="%s" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                    <sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>
                    """.formatted(MAIN));
            entry(zip, "xl/_rels/workbook.xml.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
                    %s</Relationships>
                    """.formatted(texts == null ? "" : "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/"
                    + "officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>\n"));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            Writer sheet = writer(zip);
            sheet.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"" + MAIN
                    + "\"><sheetData>");
            sheetData.write(sheet);
            sheet.write("</sheetData></worksheet>");
            sheet.flush();
            zip.closeEntry();
            if (texts != null) {
                zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
                Writer sst = writer(zip);
                sst.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<sst xmlns=\"" + MAIN
                        + "\" count=\"2147483647\" uniqueCount=\"2147483647\">");
                texts.write(sst);
                sst.write("</sst>");
                sst.flush();
                zip.closeEntry();
            }
        }
        return file;
    }

    /** A header row (Code, Role) followed by {@code rows} rows of {@code columns} cells that all use shared text 0. */
    static Body sharedTextEverywhere(int rows, int columns) {
        return out -> {
            out.write("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Code</t></is></c>"
                    + "<c r=\"B1\" t=\"inlineStr\"><is><t>Role</t></is></c></row>");
            for (int r = 2; r < rows + 2; r++) {
                out.write("<row r=\"" + r + "\">");
                for (int c = 0; c < columns; c++) {
                    out.write("<c r=\"" + column(c) + r + "\" t=\"s\"><v>0</v></c>");
                }
                out.write("</row>");
            }
        };
    }

    /** One shared text. */
    static Body oneText(String text) {
        return out -> out.write("<si><t>" + text + "</t></si>");
    }

    static String column(int index) {
        StringBuilder name = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            name.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return name.toString();
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static Writer writer(OutputStream out) {
        return new java.io.BufferedWriter(new OutputStreamWriter(new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() {
                // the zip entry is closed by the caller
            }
        }, StandardCharsets.UTF_8), 1 << 16);
    }
}
