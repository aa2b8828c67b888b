package org.inclusio.logic.exchange.sheet;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which character encoding a CSV file is in. A file that is valid UTF-8 throughout (or starts with
 * UTF-8's byte-order mark) is UTF-8 and read strictly as such; one that starts with UTF-16's mark
 * (Excel's "Unicode text") is UTF-16. Otherwise it was most likely saved by
 * a spreadsheet in the legacy code page of its language: Excel's plain "CSV" is Windows-1252 in
 * Swedish, English and other Western languages and Shift_JIS in Japanese. Then ICU's
 * {@link CharsetDetector} decides from the lines that hold non-ASCII bytes (up to
 * {@value #SAMPLE_BYTES} bytes of them); the encoding must be one a spreadsheet saves CSV in, decode
 * that sample without error or control characters and be recognised with at least
 * {@value #MIN_CONFIDENCE} % confidence, or the file counts as undecidable. A few names in Japanese
 * (or Chinese, Korean) look like Western text to the detector, so for a user whose language writes
 * CSV in such an encoding, that encoding is taken first whenever it reads the file; the preview
 * names the encoding taken, so a wrong guess shows.
 */
final class TextEncoding {

    /** How much of the lines with non-ASCII bytes the detector sees. */
    static final int SAMPLE_BYTES = 256 * 1024;
    /** The detector's confidence (0 to 100) below which its answer is not taken. */
    static final int MIN_CONFIDENCE = 20;

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Shift_JIS as Windows and Excel write it (with Microsoft's additions to the standard). */
    static final Charset WINDOWS_31J = Charset.forName("windows-31j");

    /** The detector's confidence below which even the encoding usual for the user's language is not taken. */
    static final int MIN_CONFIDENCE_OF_USUAL = 10;

    /**
     * What the detector names, mapped to the charset read: the Western ISO set (which the detector
     * names when no byte is in 0x80 to 0x9F) as Windows-1252, identical there; Shift_JIS as Windows writes it.
     */
    private static final Map<String, String> READ_AS = Map.of("ISO-8859-1", "windows-1252",
            "Shift_JIS", "windows-31j");
    /** The encodings spreadsheets save CSV in; others the detector may name (UTF-16 without a mark, EBCDIC) are not. */
    private static final Set<String> SAVED_BY_SPREADSHEETS = Set.of("windows-1250", "windows-1251", "windows-1252",
            "windows-1253", "windows-1254", "windows-1255", "windows-1256", "windows-31j", "EUC-JP", "EUC-KR",
            "GB18030", "Big5", "KOI8-R", "ISO-8859-2", "ISO-8859-5", "ISO-8859-6", "ISO-8859-7", "ISO-8859-8",
            "ISO-8859-9");

    /**
     * Encodings of two bytes a character, whose short texts (a few names) the detector often takes for
     * Western text; for a user whose language uses one of them, it comes first when it reads the file.
     */
    private static final Set<String> EAST_ASIAN = Set.of("windows-31j", "GB18030", "Big5", "EUC-KR");

    private TextEncoding() {
    }

    /**
     * The encoding of the stream's bytes (the stream is read to its end and closed), or empty when it
     * is not UTF-8 and no encoding can be decided.
     */
    static Optional<Charset> detect(InputStream in, Locale locale) throws IOException {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        ByteArrayOutputStream sample = new ByteArrayOutputStream();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        boolean lineHasHighBytes = false;
        boolean validUtf8 = true;
        boolean first = true;
        try (in) {
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = in.read(buffer)) > 0) {
                if (first && n >= 3 && (buffer[0] & 0xFF) == 0xEF && (buffer[1] & 0xFF) == 0xBB
                        && (buffer[2] & 0xFF) == 0xBF) {
                    // the byte-order mark says UTF-8; the strict reader names any byte that is not
                    return Optional.of(StandardCharsets.UTF_8);
                }
                if (first && n >= 2 && (buffer[0] & 0xFF) == 0xFF && (buffer[1] & 0xFF) == 0xFE) {
                    // Excel's "Unicode text": UTF-16, little-endian, with its byte-order mark
                    return Optional.of(StandardCharsets.UTF_16LE);
                }
                if (first && n >= 2 && (buffer[0] & 0xFF) == 0xFE && (buffer[1] & 0xFF) == 0xFF) {
                    return Optional.of(StandardCharsets.UTF_16BE);
                }
                first = false;
                if (validUtf8) {
                    validUtf8 = decode(utf8, bytes, chars, buffer, n, false);
                }
                if (sample.size() >= SAMPLE_BYTES) {
                    continue;
                }
                // collect the lines with a byte beyond ASCII; a line's start may be in an earlier buffer
                int lineStart = 0;
                for (int i = 0; i < n; i++) {
                    byte b = buffer[i];
                    lineHasHighBytes |= b < 0;
                    if (b == '\n') {
                        if (lineHasHighBytes && sample.size() < SAMPLE_BYTES) {
                            line.writeTo(sample);
                            sample.write(buffer, lineStart, i + 1 - lineStart);
                        }
                        line.reset();
                        lineHasHighBytes = false;
                        lineStart = i + 1;
                    }
                }
                if (line.size() < SAMPLE_BYTES) {
                    line.write(buffer, lineStart, Math.min(n - lineStart, SAMPLE_BYTES - line.size()));
                }
            }
        }
        if (validUtf8) {
            validUtf8 = decode(utf8, bytes, chars, new byte[0], 0, true);
        }
        if (validUtf8) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (lineHasHighBytes && sample.size() < SAMPLE_BYTES) {
            line.writeTo(sample);
        }
        return guess(sample.toByteArray(), locale);
    }

    /** Feeds bytes to the decoder; false on the first malformed sequence. */
    private static boolean decode(CharsetDecoder decoder, ByteBuffer bytes, CharBuffer chars, byte[] buffer,
            int length, boolean end) {
        int offset = 0;
        while (true) {
            int room = Math.min(bytes.remaining(), length - offset);
            bytes.put(buffer, offset, room);
            offset += room;
            bytes.flip();
            CoderResult result;
            do {
                chars.clear();
                result = decoder.decode(bytes, chars, end && offset == length);
            } while (result.isOverflow());
            bytes.compact();
            if (result.isError()) {
                return false;
            }
            if (offset == length) {
                if (end) {
                    chars.clear();
                    return !decoder.flush(chars).isError() && bytes.position() == 0;
                }
                return true;
            }
        }
    }

    /**
     * The encoding ICU recognises in the sample, when it is one spreadsheets save in and reads the
     * sample as text (no byte it does not define, no control character but tab and line breaks). A
     * short sample may leave ICU unsure (a few Japanese names score as low as Chinese); then the
     * encoding Excel saves CSV in for the user's language is taken if it is among the candidates.
     */
    static Optional<Charset> guess(byte[] sample, Locale locale) {
        if (sample.length == 0) {
            return Optional.empty();
        }
        CharsetDetector detector = new CharsetDetector();
        detector.setText(sample);
        CharsetMatch[] found = detector.detectAll();
        CharsetMatch[] matches = found == null ? new CharsetMatch[0] : found;
        String usual = usualFor(locale);
        if (EAST_ASIAN.contains(usual)) {
            Optional<Charset> readable = usual(matches, usual, sample);
            if (readable.isPresent()) {
                return readable;
            }
        }
        for (CharsetMatch match : matches) {
            if (match.getConfidence() < MIN_CONFIDENCE) {
                break;
            }
            Optional<Charset> readable = readable(match, sample);
            if (readable.isPresent()) {
                return readable;
            }
        }
        return usual(matches, usual, sample);
    }

    /** The user's usual encoding when the detector counts it among the candidates and it reads the sample. */
    private static Optional<Charset> usual(CharsetMatch[] matches, String usual, byte[] sample) {
        for (CharsetMatch match : matches) {
            if (match.getConfidence() >= MIN_CONFIDENCE_OF_USUAL
                    && usual.equals(READ_AS.getOrDefault(match.getName(), match.getName()))) {
                return readable(match, sample);
            }
        }
        return Optional.empty();
    }

    /** The encoding Excel saves plain CSV in for the language. */
    static String usualFor(Locale locale) {
        return switch (locale.getLanguage()) {
            case "ja" -> "windows-31j";
            case "zh" -> "TW".equals(locale.getCountry()) || "HK".equals(locale.getCountry()) ? "Big5" : "GB18030";
            case "ko" -> "EUC-KR";
            case "ru", "uk", "bg", "sr", "mk", "be" -> "windows-1251";
            case "pl", "cs", "sk", "hu", "sl", "hr", "ro" -> "windows-1250";
            case "el" -> "windows-1253";
            case "tr" -> "windows-1254";
            default -> "windows-1252";
        };
    }

    private static Optional<Charset> readable(CharsetMatch match, byte[] sample) {
        String name = READ_AS.getOrDefault(match.getName(), match.getName());
        if (!SAVED_BY_SPREADSHEETS.contains(name) || !Charset.isSupported(name)) {
            return Optional.empty();
        }
        Charset charset = Charset.forName(name);
        return readsAsText(charset, sample) ? Optional.of(charset) : Optional.empty();
    }

    private static boolean readsAsText(Charset charset, byte[] bytes) {
        CharBuffer text;
        try {
            text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\r' && c != '\n' || c == '\uFFFD') {
                return false;
            }
        }
        return true;
    }

    /** The key under {@code sheet.encoding.} of the encoding's name in plain words. */
    static String key(Charset charset) {
        if (charset.equals(StandardCharsets.UTF_8)) {
            return "UTF_8";
        }
        if (charset.equals(StandardCharsets.UTF_16LE) || charset.equals(StandardCharsets.UTF_16BE)) {
            return "UTF_16";
        }
        if (charset.equals(WINDOWS_1252)) {
            return "WINDOWS_1252";
        }
        if (charset.equals(WINDOWS_31J)) {
            return "SHIFT_JIS";
        }
        return "OTHER";
    }

    /** The encoding's own name, for encodings without a description of their own. */
    static String name(Charset charset) {
        return charset.displayName(Locale.ROOT);
    }
}
