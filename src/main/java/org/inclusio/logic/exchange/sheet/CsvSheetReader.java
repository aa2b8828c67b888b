package org.inclusio.logic.exchange.sheet;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.inclusio.logic.exchange.ExchangeException;
import org.inclusio.logic.exchange.Problem;

/**
 * Reads CSV as a stream, never holding the file: UTF-8 with or without a byte-order mark, or the
 * encoding {@link TextEncoding} found for a file that is not UTF-8 (a byte the encoding does not
 * define, or in UTF-8 an overlong form or encoded surrogate, is refused naming the byte and line), the
 * delimiter ({@code , ; tab}) guessed from the header line, and the limits of {@link SheetReader}
 * on fields, columns, cells and text kept as the rows are read.
 */
final class CsvSheetReader {

    /** How much of the start is looked at to guess the delimiter. */
    private static final int HEADER_LOOKAHEAD = 1 << 16;

    private final SheetReader owner;
    private final String fileName;

    CsvSheetReader(SheetReader owner, String fileName) {
        this.owner = owner;
        this.fileName = fileName;
    }

    SheetTable read(byte[] bytes, int maxRows) throws ExchangeException {
        return read(new ByteArrayInputStream(bytes), maxRows);
    }

    /** Reads UTF-8 from the stream (and closes it). */
    SheetTable read(InputStream in, int maxRows) throws ExchangeException {
        return read(in, StandardCharsets.UTF_8, maxRows);
    }

    /** Reads from the stream (and closes it) in the given encoding. */
    SheetTable read(InputStream in, Charset charset, int maxRows) throws ExchangeException {
        List<String> headers = null;
        List<SheetRow> rows = new ArrayList<>();
        boolean complete = true;
        SheetBudget budget = new SheetBudget();
        try (BufferedReader text = new BufferedReader(new StrictTextReader(in, charset), HEADER_LOOKAHEAD)) {
            char delimiter = delimiter(text);
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                    .setTrim(false).get();
            CsvGuard guarded = new CsvGuard(text, delimiter, 2 * SheetReader.MAX_CELL + 2, SheetReader.MAX_COLUMNS);
            try (CSVParser parser = CSVParser.parse(guarded, format)) {
                for (CSVRecord record : parser) {
                    List<String> cells = cells(record);
                    if (headers == null) {
                        if (!cells.stream().allMatch(String::isBlank)) {
                            budget.spend(cells);
                            headers = cells;
                        }
                        continue;
                    }
                    if (cells.stream().allMatch(String::isBlank)) {
                        continue;
                    }
                    if (rows.size() >= maxRows) {
                        if (maxRows >= SheetReader.MAX_ROWS) {
                            throw new SheetLimit("sheet.file.tooManyRows", SheetReader.MAX_ROWS);
                        }
                        complete = false;
                        break;
                    }
                    budget.spend(cells);
                    rows.add(new SheetRow((int) Math.min(Integer.MAX_VALUE, record.getRecordNumber()), cells));
                }
            }
        } catch (SheetLimit | UncheckedIOException | IllegalStateException | IllegalArgumentException
                 | IOException e) {
            SheetLimit limit = SheetLimit.in(e);
            if (limit != null) {
                Problem problem = limit.key().startsWith("sheet.file.encoding") ? Problem.ENCODING : Problem.TOO_LARGE;
                throw owner.fail(problem, limit.key(), prepend(fileName, limit.arguments()));
            }
            throw owner.fail(Problem.NOT_READABLE, "sheet.file.badCsv", fileName, e.getMessage());
        }
        if (headers == null) {
            throw owner.fail(Problem.EMPTY_FILE, "sheet.file.empty", fileName);
        }
        return new SheetTable(fileName, headers, rows, complete, charset);
    }

    static Object[] prepend(Object first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    private List<String> cells(CSVRecord record) {
        if (record.size() > SheetReader.MAX_COLUMNS) {
            throw new SheetLimit("sheet.file.tooManyColumns", SheetReader.MAX_COLUMNS);
        }
        List<String> cells = new ArrayList<>(record.size());
        for (String value : record) {
            String cell = value.strip();
            if (cell.length() > SheetReader.MAX_CELL) {
                throw new SheetLimit("sheet.file.cellTooLong", record.getRecordNumber(), SheetReader.MAX_CELL);
            }
            cells.add(cell);
        }
        return cells;
    }

    /** Guesses the delimiter from the first line and rewinds to the start. */
    private static char delimiter(BufferedReader text) throws IOException {
        text.mark(HEADER_LOOKAHEAD);
        char[] start = new char[HEADER_LOOKAHEAD];
        int length = 0;
        int n;
        while (length < start.length && (n = text.read(start, length, start.length - length)) > 0) {
            length += n;
        }
        text.reset();
        return delimiter(new String(start, 0, length));
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
