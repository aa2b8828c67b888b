package org.inclusio.logic.exchange;

import java.io.CharConversionException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes bytes through only while they are well-formed UTF-8 (Unicode table 3-7): an overlong
 * form, an encoded surrogate, a value above U+10FFFF, a stray continuation byte or a sequence cut
 * off at the end stops reading with {@link Malformed}, which says on which line and at which
 * character the fault lies. The JSON parser on top would otherwise decode such bytes into text.
 */
final class StrictUtf8Input extends FilterInputStream {

    /** The bytes are not UTF-8 at this line and column (both 1-based, the column counted in characters). */
    static final class Malformed extends CharConversionException {
        private static final long serialVersionUID = 1L;
        private final long line;
        private final long column;

        Malformed(long line, long column) {
            super("not UTF-8 at line " + line + ", column " + column);
            this.line = line;
            this.column = column;
        }

        long line() {
            return line;
        }

        long column() {
            return column;
        }
    }

    private int remaining;
    private int low = 0x80;
    private int high = 0xBF;
    private long line = 1;
    private long column;

    StrictUtf8Input(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b < 0) {
            end();
        } else {
            check(b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n < 0) {
            end();
        }
        for (int i = 0; i < n; i++) {
            check(buffer[offset + i] & 0xFF);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] buffer = new byte[(int) Math.min(Math.max(n, 0), 8192)];
        int read = read(buffer, 0, buffer.length);
        return Math.max(read, 0);
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void end() throws Malformed {
        if (remaining > 0) {
            throw new Malformed(line, column);
        }
    }

    private void check(int b) throws Malformed {
        if (remaining > 0) {
            if (b < low || b > high) {
                throw new Malformed(line, column);
            }
            low = 0x80;
            high = 0xBF;
            remaining--;
            return;
        }
        column++;
        if (b < 0x80) {
            if (b == '\n') {
                line++;
                column = 0;
            }
            return;
        }
        if (b >= 0xC2 && b <= 0xDF) {
            remaining = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            remaining = 2;
            if (b == 0xE0) {
                low = 0xA0;
            } else if (b == 0xED) {
                high = 0x9F;
            }
        } else if (b >= 0xF0 && b <= 0xF4) {
            remaining = 3;
            if (b == 0xF0) {
                low = 0x90;
            } else if (b == 0xF4) {
                high = 0x8F;
            }
        } else {
            throw new Malformed(line, column);
        }
    }
}
