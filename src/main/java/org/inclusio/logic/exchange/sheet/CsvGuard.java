package org.inclusio.logic.exchange.sheet;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Watches CSV text on its way to the parser and stops it with a {@link SheetLimit} before a single
 * field grows far beyond what a cell may hold ({@code maxFieldChars}, a margin above the exact
 * check the reader makes on each cell), or a single line holds more fields than a sheet may
 * have columns; the parser would otherwise build such a field or line in memory in full. Quotes
 * are followed as the parser reads them: a field is quoted when a quote is its first character,
 * and two quotes inside it stand for one.
 */
final class CsvGuard extends FilterReader {

    private final char delimiter;
    private final int maxFieldChars;
    private final int maxFields;
    private boolean quoted;
    private boolean quoteSeen;
    private int fieldChars;
    private int fields = 1;
    private long line = 1;

    CsvGuard(Reader in, char delimiter, int maxFieldChars, int maxFields) {
        super(in);
        this.delimiter = delimiter;
        this.maxFieldChars = maxFieldChars;
        this.maxFields = maxFields;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            see((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = 0; i < n; i++) {
            see(buffer[offset + i]);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        char[] buffer = new char[(int) Math.min(Math.max(n, 0), 8192)];
        return Math.max(read(buffer, 0, buffer.length), 0);
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void see(char c) {
        if (c == '\n') {
            line++;
        }
        if (quoted) {
            if (quoteSeen) {
                quoteSeen = false;
                if (c == '"') {
                    grow();
                    return;
                }
                quoted = false;
            } else {
                if (c == '"') {
                    quoteSeen = true;
                } else {
                    grow();
                }
                return;
            }
        }
        if (c == delimiter) {
            fieldChars = 0;
            if (++fields > maxFields) {
                throw new SheetLimit("sheet.file.tooManyColumns", maxFields);
            }
        } else if (c == '\n' || c == '\r') {
            fieldChars = 0;
            fields = 1;
        } else if (c == '"' && fieldChars == 0) {
            quoted = true;
            grow();
        } else {
            grow();
        }
    }

    private void grow() {
        if (++fieldChars > maxFieldChars) {
            throw new SheetLimit("sheet.file.cellTooLong", line, SheetReader.MAX_CELL);
        }
    }
}
