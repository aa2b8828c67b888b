package org.inclusio.logic.exchange.sheet;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The shared-strings part of an XLSX file, read with SAX into one list that every cell referring
 * to a text shares: the cells get the very same string, never a copy. Each text is kept stripped of
 * surrounding spaces (so stripping it again for a cell copies nothing); a text longer than
 * {@value SheetReader#MAX_CELL} characters is not kept, only marked, so a cell that uses it is
 * refused as too long while a text no cell uses costs nothing. At most {@code maxTexts} texts and {@code maxChars} characters;
 * the {@code count} and {@code uniqueCount} the file claims are not trusted for anything.
 */
final class SharedTexts extends DefaultHandler {

    /** What one text may gather as written: every character of a full cell escaped as {@code _xHHHH_}. */
    static final int MAX_RAW = 7 * SheetReader.MAX_CELL + 7;

    private final int maxTexts;
    private final long maxChars;
    private final List<String> texts = new ArrayList<>();
    private final BitSet tooLong = new BitSet();
    private final StringBuilder current = new StringBuilder();
    private long chars;
    private boolean cut;
    private boolean inItem;
    private boolean inText;
    private int phonetic;

    SharedTexts(int maxTexts, long maxChars) {
        this.maxTexts = maxTexts;
        this.maxChars = maxChars;
    }

    /** The text at an index a cell names; an index with no text is a damaged file. */
    String get(int index) {
        if (index < 0 || index >= texts.size()) {
            throw new IllegalStateException("shared text " + index + " of " + texts.size());
        }
        return texts.get(index);
    }

    /** Whether the text at an index is longer than a cell may be. */
    boolean tooLong(int index) {
        return tooLong.get(index);
    }

    int size() {
        return texts.size();
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "si" -> {
                inItem = true;
                cut = false;
                current.setLength(0);
            }
            case "rPh" -> phonetic++;
            case "t" -> inText = inItem && phonetic == 0;
            default -> {
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "si" -> {
                if (texts.size() >= maxTexts) {
                    throw new SheetLimit("sheet.file.tooManyTexts", maxTexts);
                }
                String text = unescape(current.toString()).strip();
                if (cut || text.length() > SheetReader.MAX_CELL) {
                    tooLong.set(texts.size());
                    text = "";
                }
                texts.add(text);
                current.setLength(0);
                inItem = false;
            }
            case "rPh" -> phonetic = Math.max(0, phonetic - 1);
            case "t" -> inText = false;
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (!inText) {
            return;
        }
        chars += length;
        if (chars > maxChars) {
            throw new SheetLimit("sheet.file.tooMuchText", maxChars);
        }
        int room = MAX_RAW - current.length();
        if (length > room) {
            cut = true;
        }
        current.append(ch, start, Math.max(0, Math.min(room, length)));
    }

    /**
     * A text as the file writes it with the characters XML cannot hold escaped as {@code _xHHHH_}
     * (a carriage return is {@code _x000D_}), unescaped; the same string when there is nothing to do.
     */
    static String unescape(String text) {
        int at = text.indexOf("_x");
        if (at < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        while (at >= 0) {
            if (at + 7 <= text.length() && text.charAt(at + 6) == '_' && hex(text, at + 2, at + 6)) {
                out.append(text, from, at).append((char) Integer.parseInt(text.substring(at + 2, at + 6), 16));
                from = at + 7;
                at = text.indexOf("_x", from);
            } else {
                at = text.indexOf("_x", at + 1);
            }
        }
        return out.append(text, from, text.length()).toString();
    }

    private static boolean hex(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
