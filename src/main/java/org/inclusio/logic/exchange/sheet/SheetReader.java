package org.inclusio.logic.exchange.sheet;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.inclusio.logic.exchange.ExchangeException;
import org.inclusio.logic.exchange.Problem;
import org.inclusio.logic.i18n.Localization;

/**
 * Reads a CSV (UTF-8, or the legacy encoding a spreadsheet saved it in, see {@link TextEncoding})
 * or XLSX file offered for import into a {@link SheetTable}: all rows, or a preview of
 * the header and the first {@value #PREVIEW_ROWS} rows. What a sheet may put in memory is bounded,
 * so a hostile file is refused with a message naming the limit instead of exhausting memory: files
 * over {@value #MAX_MEGABYTES} MB, more than {@value #MAX_ROWS} rows, {@value #MAX_COLUMNS} columns,
 * {@value #MAX_CELLS} cells, {@value #MAX_TEXT} characters of cell text (a text shared by many cells
 * counted for each), a cell over {@value #MAX_CELL} characters; for XLSX also the limits of
 * {@link XlsxSheetReader} on what its parts unpack to.
 */
public final class SheetReader {

    public static final int PREVIEW_ROWS = 20;
    public static final int MAX_MEGABYTES = 50;
    public static final int MAX_ROWS = 100_000;
    static final int MAX_COLUMNS = 200;
    /** Excel's own limit on the characters of one cell. */
    static final int MAX_CELL = 32_767;
    public static final int MAX_CELLS = 1_000_000;
    public static final long MAX_TEXT = 50_000_000L;

    private final Localization l10n;

    public SheetReader(Localization l10n) {
        this.l10n = l10n;
    }

    /** The header row and the first rows, for choosing the mapping. */
    public SheetTable preview(Path file) throws ExchangeException {
        return read(file, PREVIEW_ROWS);
    }

    /** Every row of the file. */
    public SheetTable readAll(Path file) throws ExchangeException {
        return read(file, MAX_ROWS);
    }

    /** Whether the file's name says it is a spreadsheet this reader reads. */
    public static boolean isSheet(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") || name.endsWith(".xlsx");
    }

    private SheetTable read(Path file, int maxRows) throws ExchangeException {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw fail(Problem.NOT_READABLE, "sheet.file.unreadable", name, e.getClass().getSimpleName());
        }
        if (size > MAX_MEGABYTES * 1024L * 1024L) {
            throw fail(Problem.TOO_LARGE, "sheet.file.tooLarge", name, (size + 1024 * 1024 - 1) / (1024 * 1024),
                    MAX_MEGABYTES);
        }
        if (lower.endsWith(".csv")) {
            Charset encoding;
            InputStream in;
            try {
                encoding = TextEncoding.detect(Files.newInputStream(file), l10n.locale()).orElseThrow(
                        () -> fail(Problem.ENCODING, "sheet.file.encodingUnknown", name));
                in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
            } catch (IOException e) {
                throw fail(Problem.NOT_READABLE, "sheet.file.unreadable", name, e.getClass().getSimpleName());
            }
            return new CsvSheetReader(this, name).read(in, encoding, maxRows);
        }
        if (lower.endsWith(".xlsx")) {
            return new XlsxSheetReader(this, name).read(file, maxRows);
        }
        throw fail(Problem.NOT_READABLE, "sheet.file.format", name);
    }

    /** The encoding a CSV file was read in, in plain words ("Japanese (Shift_JIS)"); empty for a workbook. */
    public String encodingName(SheetTable table) {
        if (table.encoding() == null) {
            return "";
        }
        return l10n.text("sheet.encoding." + TextEncoding.key(table.encoding()), TextEncoding.name(table.encoding()));
    }

    ExchangeException fail(Problem problem, String key, Object... arguments) {
        return new ExchangeException(problem, "", null, l10n.text(key, arguments));
    }
}
