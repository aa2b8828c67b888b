package org.inclusio.logic.exchange.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.inclusio.logic.exchange.ExchangeException;
import org.inclusio.logic.exchange.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile spreadsheets are refused with a message naming the file and the limit, before they can
 * exhaust memory; the files are made here, by hand, as an attacker would make them.
 */
class HostileSheetTest {

    @TempDir
    Path dir;

    private final SheetReader reader = new SheetReader(SheetFiles.L10N);

    // --- XLSX ---

    @Test
    void oneLongSharedTextReferencedByAMillionCellsIsRefusedForItsText() throws Exception {
        Path file = HandMadeXlsx.write(dir.resolve("workshops.xlsx"), HandMadeXlsx.sharedTextEverywhere(99_999, 10),
                HandMadeXlsx.oneText("x".repeat(30_000)));
        assertThat(Files.size(file)).as("a small file").isLessThan(3L * 1024 * 1024);

        assertRefused(file, Problem.TOO_LARGE, "In workshops.xlsx: the file is too large to import: more than "
                + "50,000,000 characters of text in its cells (the limit). Split it into smaller files.");
    }

    @Test
    void aSharedTextIsHandedToEveryCellAsTheSameStringStripped() throws Exception {
        Path file = HandMadeXlsx.write(dir.resolve("shared.xlsx"), HandMadeXlsx.sharedTextEverywhere(3, 2),
                HandMadeXlsx.oneText("  patient  "));

        SheetTable table = reader.readAll(file);

        assertThat(table.headers()).containsExactly("Code", "Role");
        assertThat(table.rows()).hasSize(3);
        String first = table.rows().get(0).cell(0);
        assertThat(first).isEqualTo("patient");
        for (SheetRow row : table.rows()) {
            assertThat(row.cells()).allSatisfy(cell -> assertThat(cell).isSameAs(first));
        }
    }

    @Test
    void moreThanAMillionCellsAreRefused() throws Exception {
        Path file = HandMadeXlsx.write(dir.resolve("many.xlsx"), HandMadeXlsx.sharedTextEverywhere(5_001, 200),
                HandMadeXlsx.oneText("a"));

        assertRefused(file, Problem.TOO_LARGE, "In many.xlsx: the file is too large to import: more than "
                + "1,000,000 cells (the limit). Split it into smaller files.");
    }

    @Test
    void aListOfMoreThanAMillionTextsIsRefused() throws Exception {
        Path file = HandMadeXlsx.write(dir.resolve("texts.xlsx"), HandMadeXlsx.sharedTextEverywhere(1, 2), out -> {
            for (int i = 0; i <= 1_000_000; i++) {
                out.write("<si><t>" + i + "</t></si>");
            }
        });

        assertRefused(file, Problem.TOO_LARGE, "In texts.xlsx: the file is too large to import: its list of texts "
                + "has more than 1,000,000 entries (the limit).");
    }

    @Test
    void aSharedTextLongerThanACellMayHoldIsRefusedNamingTheRow() throws Exception {
        Path file = HandMadeXlsx.write(dir.resolve("long.xlsx"), HandMadeXlsx.sharedTextEverywhere(2, 1),
                HandMadeXlsx.oneText("y".repeat(40_000)));

        assertRefused(file, Problem.TOO_LARGE, "In long.xlsx: a cell in row 2 is longer than 32767 characters.");
    }

    @Test
    void aLongSharedTextNoCellUsesCostsNothing() throws Exception {
        Path file = HandMadeXlsx.write(dir.resolve("unused.xlsx"), out -> out.write(
                "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>1</v></c></row><row r=\"2\"><c r=\"A2\" t=\"s\"><v>1</v></c></row>"),
                out -> out.write("<si><t>" + "z".repeat(40_000) + "</t></si><si><t>Code</t></si>"));

        assertThat(reader.readAll(file).rows()).singleElement().extracting(row -> row.cell(0)).isEqualTo("Code");
    }

    @Test
    void anInlineTextLongerThanACellMayHoldIsRefusedNamingTheRow() throws Exception {
        Path file = HandMadeXlsx.write(dir.resolve("inline.xlsx"), out -> {
            out.write("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Code</t></is></c></row><row r=\"7\">"
                    + "<c r=\"A7\" t=\"inlineStr\"><is>");
            Random random = new Random(3);
            for (int i = 0; i < 100_000; i++) {
                out.write("<r><t>" + (char) ('a' + random.nextInt(26)) + "</t></r>");
            }
            out.write("</is></c></row>");
        }, null);

        assertRefused(file, Problem.TOO_LARGE, "In inline.xlsx: a cell in row 7 is longer than 32767 characters.");
    }

    @Test
    void aRowThatNamesOneColumnOverAndOverIsHeldToTheColumnLimit() throws Exception {
        Path file = HandMadeXlsx.write(dir.resolve("repeated.xlsx"), out -> {
            out.write("<row r=\"1\">");
            for (int i = 0; i < 100_000; i++) {
                out.write("<c r=\"A1\"><v>" + i + "</v></c>");
            }
            out.write("</row>");
        }, null);

        assertRefused(file, Problem.TOO_LARGE, "In repeated.xlsx: the file has more than 200 columns.");
    }

    @Test
    void escapedCharactersInTextsAreUnescaped() throws Exception {
        Path file = HandMadeXlsx.write(dir.resolve("escaped.xlsx"), out -> out.write(
                "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row><row r=\"2\"><c r=\"A2\" t=\"s\"><v>1</v></c>"
                        + "<c r=\"B2\" t=\"inlineStr\"><is><t>a_x000D_b</t></is></c></row>"),
                out -> out.write("<si><t>Title</t></si><si><r><t>two_x000A_</t></r><r><t>runs</t></r>"
                        + "<rPh><t>ignored</t></rPh></si>"));

        SheetTable table = reader.readAll(file);
        assertThat(table.rows().get(0).cells()).containsExactly("two\nruns", "a\rb");
    }

    @Test
    void aSheetPackedMoreTightlyThanAHundredToOneIsRefused() throws Exception {
        Path file = HandMadeXlsx.write(dir.resolve("bomb.xlsx"), out -> {
            out.write("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Code</t></is></c></row>");
            for (int i = 0; i < 2_000_000; i++) {
                out.write("<x/><x/><x/><x/>");
            }
        }, null);
        assertThat(Files.size(file)).isLessThan(1024L * 1024);

        assertRefused(file, Problem.TOO_LARGE, "In bomb.xlsx: the file cannot be imported: a part of it unpacks to "
                + "more than 100 times its packed size (the limit)");
    }

    @Test
    void aSingleValueOfMegabytesIsRefused() throws Exception {
        Random random = new Random(7);
        Path file = HandMadeXlsx.write(dir.resolve("value.xlsx"), out -> {
            out.write("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Code</t></is></c></row><row r=\"2\">"
                    + "<c r=\"A2\" t=\"inlineStr\" note=\"");
            for (int i = 0; i < 2 * 1024 * 1024; i++) {
                out.write('a' + random.nextInt(26));
            }
            out.write("\"><is><t>A</t></is></c></row>");
        }, null);

        assertRefused(file, Problem.TOO_LARGE, "In value.xlsx: the file cannot be imported: a single value in it is "
                + "longer than 1,048,576 bytes (the limit).");
    }

    @Test
    void aPartIsReadOnlyUpToItsBudget() {
        byte[] markup = "<a/>".repeat(1000).getBytes(StandardCharsets.US_ASCII);
        SheetLimit bytes = catchThrowableOfType(SheetLimit.class,
                () -> new PartInput(new ByteArrayInputStream(markup), 3 * 1024 * 1024 / 1024, 100).readAllBytes());
        assertThat(bytes.key()).isEqualTo("sheet.file.unpacksTooLarge");
        byte[] text = "x".repeat(1000).getBytes(StandardCharsets.US_ASCII);
        SheetLimit run = catchThrowableOfType(SheetLimit.class,
                () -> new PartInput(new ByteArrayInputStream(text), 1 << 20, 999).readAllBytes());
        assertThat(run.key()).isEqualTo("sheet.file.valueTooLong");
    }

    // --- CSV ---

    @Test
    void anOverlongUtf8FormInCsvIsRefusedNamingByteAndLine() throws Exception {
        // a file that says it is UTF-8 (by its byte-order mark) is read strictly as UTF-8
        assertRefused(csv("overlong.csv", (byte) 0xC0, (byte) 0xAF), Problem.ENCODING,
                "In overlong.csv: the file is not in UTF-8 encoding (byte 20, line 2).");
    }

    @Test
    void anOverlongUtf8FormWithoutAByteOrderMarkIsNeverReadAsTheCharacterItHides() throws Exception {
        // without the mark the file is not UTF-8 at all; read as Windows-1252, C0 AF is two letters, never "/"
        Path file = csv("overlong.csv", (byte) 0xC0, (byte) 0xAF);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOfRange(bytes, 3, bytes.length));
        SheetTable table = reader.readAll(file);
        assertThat(table.rows().get(0).cell(1)).isEqualTo("pat\u00c0\u00afient");
    }

    @Test
    void aSurrogateEncodedInUtf8InCsvIsRefusedNamingByteAndLine() throws Exception {
        assertRefused(csv("surrogate.csv", (byte) 0xED, (byte) 0xA0, (byte) 0x80), Problem.ENCODING,
                "In surrogate.csv: the file is not in UTF-8 encoding (byte 20, line 2).");
    }

    @Test
    void aValueBeyondUnicodeInCsvIsRefused() throws Exception {
        assertRefused(csv("beyond.csv", (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80), Problem.ENCODING,
                "In beyond.csv: the file is not in UTF-8 encoding (byte 20, line 2).");
    }

    @Test
    void aCsvCutInTheMiddleOfACharacterIsRefused() throws Exception {
        Path file = dir.resolve("cut.csv");
        Files.write(file, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'C', 'o', 'd', 'e', '\n', 'A',
            (byte) 0xE2, (byte) 0x82});
        assertRefused(file, Problem.ENCODING, "In cut.csv: the file is not in UTF-8 encoding (byte 10, line 2).");
    }

    @Test
    void aCsvFieldFarLongerThanACellIsRefusedBeforeItIsBuilt() throws Exception {
        Path file = Files.writeString(dir.resolve("field.csv"), "Code,Role\n\"" + "q\n".repeat(200_000) + "\",patient\n");
        ExchangeException refusal = assertRefused(file, Problem.TOO_LARGE, "In field.csv: a cell in row ");
        assertThat(refusal.getMessage()).endsWith(" is longer than 32767 characters.");
    }

    @Test
    void aCsvLineOfManyThousandFieldsIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("wide.csv"), "Code,Role\n" + ",".repeat(1_000_000) + "\n");
        assertRefused(file, Problem.TOO_LARGE, "In wide.csv: the file has more than 200 columns.");
    }

    @Test
    void aCsvOfMoreThanAMillionCellsIsRefused() throws Exception {
        String line = "1,".repeat(199) + "1\n";
        Path file = Files.writeString(dir.resolve("cells.csv"), line + line.repeat(5_000));
        assertRefused(file, Problem.TOO_LARGE, "In cells.csv: the file is too large to import: more than "
                + "1,000,000 cells (the limit). Split it into smaller files.");
    }

    @Test
    void aDoubledQuoteInsideAQuotedCsvFieldStaysOneQuote() throws Exception {
        Path file = Files.writeString(dir.resolve("quotes.csv"), "Code;Note\nA1;\"say \"\"hi\"\"; twice\"\nB2;5\" screen\n");
        SheetTable table = reader.readAll(file);
        assertThat(table.rows()).extracting(row -> row.cell(1)).containsExactly("say \"hi\"; twice", "5\" screen");
    }

    /** A CSV file marked as UTF-8 (byte-order mark) with the bad bytes in its second line. */
    private Path csv(String name, byte... bad) throws IOException {
        byte[] head = "\uFEFFCode,Role\nAB,pat".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "ient\n".getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[head.length + bad.length + tail.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        System.arraycopy(bad, 0, bytes, head.length, bad.length);
        System.arraycopy(tail, 0, bytes, head.length + bad.length, tail.length);
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private ExchangeException assertRefused(Path file, Problem problem, String message) {
        ExchangeException refusal = catchThrowableOfType(ExchangeException.class, () -> reader.readAll(file));
        assertThat(refusal).as("refusal of " + file.getFileName()).isNotNull();
        assertThat(refusal.getMessage()).startsWith(message);
        assertThat(refusal.problem()).isEqualTo(problem);
        return refusal;
    }
}
