package org.inclusio.logic.exchange.sheet;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.inclusio.logic.exchange.ExchangeException;
import org.inclusio.logic.exchange.Problem;

/**
 * Reads CSV bytes: UTF-8 with or without a byte-order mark (anything else is refused naming the
 * byte and row), the delimiter ({@code , ; tab}) guessed from the header line.
 */
final class CsvSheetReader {

    private final SheetReader owner;
    private final String fileName;

    CsvSheetReader(SheetReader owner, String fileName) {
        this.owner = owner;
        this.fileName = fileName;
    }

    SheetTable read(byte[] bytes, int maxRows) throws ExchangeException {
        String text = decode(bytes);
        if (text.isBlank()) {
            throw owner.fail(Problem.EMPTY_FILE, "sheet.file.empty", fileName);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(text)).setIgnoreEmptyLines(true)
                .setTrim(false).get();
        List<String> headers = null;
        List<SheetRow> rows = new ArrayList<>();
        boolean complete = true;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                List<String> cells = cells(record);
                if (headers == null) {
                    headers = cells;
                    continue;
                }
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (rows.size() >= maxRows) {
                    if (maxRows >= SheetReader.MAX_ROWS) {
                        throw owner.fail(Problem.TOO_LARGE, "sheet.file.tooManyRows", fileName, SheetReader.MAX_ROWS);
                    }
                    complete = false;
                    break;
                }
                rows.add(new SheetRow((int) Math.min(Integer.MAX_VALUE, record.getRecordNumber()), cells));
            }
        } catch (UncheckedIOException | IllegalStateException | IllegalArgumentException | IOException e) {
            throw owner.fail(Problem.NOT_READABLE, "sheet.file.badCsv", fileName, e.getMessage());
        }
        if (headers == null) {
            throw owner.fail(Problem.EMPTY_FILE, "sheet.file.empty", fileName);
        }
        return new SheetTable(fileName, headers, rows, complete);
    }

    private List<String> cells(CSVRecord record) throws ExchangeException {
        if (record.size() > SheetReader.MAX_COLUMNS) {
            throw owner.fail(Problem.TOO_LARGE, "sheet.file.tooManyColumns", fileName, SheetReader.MAX_COLUMNS);
        }
        List<String> cells = new ArrayList<>(record.size());
        for (String value : record) {
            if (value.length() > SheetReader.MAX_CELL) {
                throw owner.fail(Problem.TOO_LARGE, "sheet.file.cellTooLong", fileName, record.getRecordNumber(),
                        SheetReader.MAX_CELL);
            }
            cells.add(value.strip());
        }
        return cells;
    }

    /** Strict UTF-8; a byte-order mark at the start is dropped. */
    private String decode(byte[] bytes) throws ExchangeException {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            throw owner.fail(Problem.ENCODING, "sheet.file.encoding", fileName, offset + 1, rowAt(bytes, offset));
        }
        out.flip();
        return out.toString();
    }

    /** The line (1-based) a byte offset falls on. */
    private static int rowAt(byte[] bytes, int offset) {
        int row = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                row++;
            }
        }
        return row;
    }

    /** The delimiter that occurs most often, outside quotes, in the first line. */
    static char delimiter(String text) {
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                comma++;
            } else if (!quoted && c == ';') {
                semicolon++;
            } else if (!quoted && c == '\t') {
                tab++;
            }
        }
        if (tab > comma && tab > semicolon) {
            return '\t';
        }
        return semicolon > comma ? ';' : ',';
    }
}
