package org.inclusio.logic.exchange.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a stream as strict UTF-8, a piece at a time: overlong forms, encoded surrogates, values
 * beyond U+10FFFF and cut-off sequences are refused (the JDK's decoder with {@code REPORT}), with a
 * {@link SheetLimit} naming the byte (1-based, counted from the start of the file) and its line.
 * A byte-order mark at the start is dropped.
 */
final class StrictUtf8Reader extends Reader {

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(8192);
    private final CharBuffer chars = CharBuffer.allocate(8192);
    private long consumed;
    private long line = 1;
    private boolean end;
    private boolean flushed;
    private boolean started;

    StrictUtf8Reader(InputStream in) {
        this.in = in;
        bytes.flip();
        chars.flip();
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (flushed) {
                return -1;
            }
            fill();
        }
        int n = Math.min(length, chars.remaining());
        chars.get(buffer, offset, n);
        return n;
    }

    private void fill() throws IOException {
        chars.clear();
        if (!end && bytes.remaining() < 4) {
            bytes.compact();
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
                end = true;
            } else {
                bytes.position(bytes.position() + n);
            }
            bytes.flip();
        }
        int before = bytes.position();
        CoderResult result = decoder.decode(bytes, chars, end);
        count(before, bytes.position());
        if (result.isError()) {
            throw new SheetLimit("sheet.file.encoding", consumed + 1, line);
        }
        if (end && !bytes.hasRemaining() && !result.isOverflow()) {
            result = decoder.flush(chars);
            if (result.isError()) {
                throw new SheetLimit("sheet.file.encoding", consumed + 1, line);
            }
            flushed = !result.isOverflow();
        }
        chars.flip();
        if (!started && chars.hasRemaining()) {
            started = true;
            if (chars.get(chars.position()) == '\uFEFF') {
                chars.get();
            }
        }
    }

    private void count(int from, int to) {
        byte[] array = bytes.array();
        for (int i = from; i < to; i++) {
            if (array[i] == '\n') {
                line++;
            }
        }
        consumed += to - from;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
