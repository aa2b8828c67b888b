package org.inclusio.logic.exchange.sheet;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * One part of an XLSX package as it unpacks, held to a budget before any XML parser sees it: at most
 * {@code maxBytes} bytes in all, and no run of more than {@code maxRun} bytes without a {@code <} or
 * {@code >}, so no single text, attribute or name the parser would buffer in full can be larger.
 * Going beyond either stops reading with a {@link SheetLimit}.
 */
final class PartInput extends FilterInputStream {

    private final long maxBytes;
    private final int maxRun;
    private long count;
    private int run;

    PartInput(InputStream in, long maxBytes, int maxRun) {
        super(in);
        this.maxBytes = maxBytes;
        this.maxRun = maxRun;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            see(b);
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = 0; i < n; i++) {
            see(buffer[offset + i]);
        }
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] buffer = new byte[(int) Math.min(Math.max(n, 0), 8192)];
        return Math.max(read(buffer, 0, buffer.length), 0);
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void see(int b) {
        if (b == '<' || b == '>') {
            run = 0;
        } else if (++run > maxRun) {
            throw new SheetLimit("sheet.file.valueTooLong", maxRun);
        }
    }

    private void counted(int n) {
        count += n;
        if (count > maxBytes) {
            throw new SheetLimit("sheet.file.unpacksTooLarge", maxBytes / (1024 * 1024));
        }
    }
}
