package org.inclusio.logic.exchange.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a stream strictly in one encoding, a piece at a time. In UTF-8 (the default) overlong
 * forms, encoded surrogates, values beyond U+10FFFF and cut-off sequences are refused (the JDK's
 * decoder with {@code REPORT}); in another encoding (see {@link TextEncoding}) every byte sequence
 * it does not define is. Either stops with a {@link SheetLimit} naming the byte (1-based, counted
 * from the start of the file) and its line. A byte-order mark at the start is dropped.
 */
final class StrictTextReader extends Reader {

    private final InputStream in;
    private final Charset charset;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(8192);
    private final CharBuffer chars = CharBuffer.allocate(8192);
    private long consumed;
    private long line = 1;
    private boolean end;
    private boolean flushed;
    private boolean started;

    StrictTextReader(InputStream in) {
        this(in, StandardCharsets.UTF_8);
    }

    StrictTextReader(InputStream in, Charset charset) {
        this.in = in;
        this.charset = charset;
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
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
            throw failure();
        }
        if (end && !bytes.hasRemaining() && !result.isOverflow()) {
            result = decoder.flush(chars);
            if (result.isError()) {
                throw failure();
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

    private SheetLimit failure() {
        if (charset.equals(StandardCharsets.UTF_8)) {
            return new SheetLimit("sheet.file.encoding", consumed + 1, line);
        }
        return new SheetLimit("sheet.file.encodingDetected", consumed + 1, line, TextEncoding.name(charset));
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
