package org.inclusio.logic.exchange.sheet;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the XML of one worksheet with SAX and hands each row's cells, as text, to a {@link Rows}.
 * A cell gives the value the spreadsheet saved (a formula is never run): a shared text by reference
 * to the one string all its cells share, a number formatted by its style (dates as ISO dates), TRUE
 * or FALSE, or an error as {@code ERROR:#N/A}. The text gathered for one cell is held to a bound,
 * so no cell, however it is written, can grow beyond it in memory.
 */
final class SheetXmlHandler extends DefaultHandler {

    /** Receives the rows. */
    interface Rows {
        void startRow(int rowNumber);

        void cell(String reference, String value);

        void endRow(int rowNumber);
    }

    /** What one cell's value, formula and inline text may gather before the cell is refused. */
    static final int MAX_CELL_XML = SharedTexts.MAX_RAW;

    private final StylesTable styles;
    private final SharedTexts texts;
    private final DataFormatter formatter;
    private final Rows rows;
    private final Map<Integer, Format> formats = new HashMap<>();
    private final StringBuilder value = new StringBuilder();

    private boolean inRow;
    private int rowNumber;
    private int nextRow = 1;
    private boolean inCell;
    private boolean hasValue;
    private boolean inValue;
    private boolean inInline;
    private boolean inInlineText;
    private int phonetic;
    private String reference;
    private String type;
    private Format format;

    private record Format(int index, String pattern) {
    }

    SheetXmlHandler(StylesTable styles, SharedTexts texts, DataFormatter formatter, Rows rows) {
        this.styles = styles;
        this.texts = texts;
        this.formatter = formatter;
        this.rows = rows;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "row" -> {
                String r = attributes.getValue("r");
                rowNumber = r == null ? nextRow : Integer.parseInt(r.strip());
                if (rowNumber < 1 || rowNumber > 1_048_576) {
                    throw new IllegalStateException("row " + rowNumber);
                }
                inRow = true;
                rows.startRow(rowNumber);
            }
            case "c" -> {
                if (!inRow) {
                    return;
                }
                inCell = true;
                hasValue = false;
                value.setLength(0);
                reference = attributes.getValue("r");
                type = attributes.getValue("t");
                format = type == null || "n".equals(type) ? format(attributes.getValue("s")) : null;
            }
            case "v" -> {
                if (inCell && !inInline) {
                    inValue = true;
                    hasValue = true;
                    value.setLength(0);
                }
            }
            case "is" -> {
                if (inCell) {
                    inInline = true;
                    hasValue = true;
                    value.setLength(0);
                }
            }
            case "rPh" -> phonetic++;
            case "t" -> inInlineText = inInline && phonetic == 0;
            default -> {
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "row" -> {
                if (inRow) {
                    inRow = false;
                    rows.endRow(rowNumber);
                    nextRow = rowNumber + 1;
                }
            }
            case "c" -> {
                if (inCell) {
                    inCell = false;
                    inValue = false;
                    inInline = false;
                    inInlineText = false;
                    if (hasValue) {
                        rows.cell(reference, cellText());
                    }
                }
            }
            case "v" -> inValue = false;
            case "is" -> inInline = false;
            case "rPh" -> phonetic = Math.max(0, phonetic - 1);
            case "t" -> inInlineText = false;
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (!inValue && !inInlineText) {
            return;
        }
        if (value.length() + length > MAX_CELL_XML) {
            throw new SheetLimit("sheet.file.cellTooLong", rowNumber, SheetReader.MAX_CELL);
        }
        value.append(ch, start, length);
    }

    private String cellText() {
        if (type == null || "n".equals(type)) {
            return number(value.toString().strip());
        }
        return switch (type) {
            case "s" -> shared(value.toString().strip());
            case "inlineStr" -> SharedTexts.unescape(value.toString());
            case "str" -> value.toString();
            case "b" -> value.length() == 0 ? "" : value.charAt(0) == '0' ? "FALSE" : "TRUE";
            case "e" -> "ERROR:" + value;
            default -> value.toString();
        };
    }

    private String shared(String index) {
        if (index.isEmpty()) {
            return "";
        }
        int at = Integer.parseInt(index);
        String text = texts == null ? "" : texts.get(at);
        if (texts != null && texts.tooLong(at)) {
            throw new SheetLimit("sheet.file.cellTooLong", rowNumber, SheetReader.MAX_CELL);
        }
        return text;
    }

    private String number(String raw) {
        if (format == null || raw.isEmpty()) {
            return raw;
        }
        try {
            return formatter.formatRawCellContents(Double.parseDouble(raw), format.index(), format.pattern());
        } catch (RuntimeException e) {
            return raw;
        }
    }

    /** The number format of a style (the first style when none is named), remembered per style. */
    private Format format(String style) {
        if (styles == null) {
            return null;
        }
        int index;
        if (style != null) {
            index = Integer.parseInt(style.strip());
        } else if (styles.getNumCellStyles() > 0) {
            index = 0;
        } else {
            return null;
        }
        return formats.computeIfAbsent(index, at -> {
            if (at < 0 || at >= styles.getNumCellStyles()) {
                return null;
            }
            XSSFCellStyle cellStyle = styles.getStyleAt(at);
            if (cellStyle == null) {
                return null;
            }
            int formatIndex = cellStyle.getDataFormat();
            String pattern = cellStyle.getDataFormatString();
            if (pattern == null) {
                pattern = BuiltinFormats.getBuiltinFormat(formatIndex);
            }
            return pattern == null ? null : new Format(formatIndex, pattern);
        });
    }

    /** The column (0-based) of a cell reference such as "C7" or "$C$7". */
    static int column(String reference) {
        int column = 0;
        int i = reference.startsWith("$") ? 1 : 0;
        for (; i < reference.length() && column <= 16_384; i++) {
            char c = Character.toUpperCase(reference.charAt(i));
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
        }
        if (column == 0) {
            throw new IllegalStateException("a cell reference without a column");
        }
        return column - 1;
    }
}
