package org.inclusio.logic.exchange.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.inclusio.logic.exchange.ExchangeException;
import org.inclusio.logic.exchange.Problem;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an XLSX file with POI's streaming (SAX) reader, so a large sheet is
 * never held as a workbook in memory. Formulas are never evaluated: a formula cell gives the value
 * the spreadsheet saved with it. Date cells come out as ISO dates (2025-03-14).
 */
final class XlsxSheetReader {

    private final SheetReader owner;
    private final String fileName;

    XlsxSheetReader(SheetReader owner, String fileName) {
        this.owner = owner;
        this.fileName = fileName;
    }

    SheetTable read(Path file, int maxRows) throws ExchangeException {
        Collector collector = new Collector(maxRows);
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw owner.fail(Problem.EMPTY_FILE, "sheet.file.empty", fileName);
            }
            StylesTable styles = reader.getStylesTable();
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, collector,
                        new IsoDateFormatter(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (StopReading stop) {
            if (stop.problem != null) {
                throw owner.fail(Problem.TOO_LARGE, stop.problem, fileName, stop.limit);
            }
        } catch (ExchangeException e) {
            throw e;
        } catch (IOException | SAXException | RuntimeException | org.apache.poi.openxml4j.exceptions.OpenXML4JException
                 | javax.xml.parsers.ParserConfigurationException e) {
            throw owner.fail(Problem.NOT_READABLE, "sheet.file.badXlsx", fileName, e.getClass().getSimpleName());
        }
        if (collector.headers == null) {
            throw owner.fail(Problem.EMPTY_FILE, "sheet.file.empty", fileName);
        }
        return new SheetTable(fileName, collector.headers, collector.rows, collector.complete);
    }

    /** Formats date-formatted numbers as ISO dates, everything else as the spreadsheet shows it. */
    private static final class IsoDateFormatter extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime time = DateUtil.getLocalDateTime(value);
                return time.toLocalTime().toSecondOfDay() == 0 ? time.toLocalDate().toString() : time.toString();
            }
            if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                return Long.toString((long) value);
            }
            return super.formatRawCellContents(value, formatIndex, formatString);
        }
    }

    /** Thrown from inside the SAX handler to stop at a limit. */
    private static final class StopReading extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient String problem;
        private final transient int limit;

        StopReading(String problem, int limit) {
            super(null, null, false, false);
            this.problem = problem;
            this.limit = limit;
        }
    }

    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final int maxRows;
        private List<String> headers;
        private final List<SheetRow> rows = new ArrayList<>();
        private boolean complete = true;
        private List<String> current;
        private int rowNumber;

        Collector(int maxRows) {
            this.maxRows = maxRows;
        }

        @Override
        public void startRow(int rowNum) {
            current = new ArrayList<>();
            rowNumber = rowNum + 1;
        }

        @Override
        public void endRow(int rowNum) {
            if (headers == null) {
                if (current.stream().allMatch(String::isBlank)) {
                    return;
                }
                headers = current;
                return;
            }
            if (current.stream().allMatch(String::isBlank)) {
                return;
            }
            if (rows.size() >= maxRows) {
                if (maxRows >= SheetReader.MAX_ROWS) {
                    throw new StopReading("sheet.file.tooManyRows", SheetReader.MAX_ROWS);
                }
                complete = false;
                throw new StopReading(null, 0);
            }
            rows.add(new SheetRow(rowNumber, current));
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int column = cellReference == null ? current.size() : new CellReference(cellReference).getCol();
            if (column >= SheetReader.MAX_COLUMNS) {
                throw new StopReading("sheet.file.tooManyColumns", SheetReader.MAX_COLUMNS);
            }
            while (current.size() < column) {
                current.add("");
            }
            String value = formattedValue == null ? "" : formattedValue.strip();
            if (value.length() > SheetReader.MAX_CELL) {
                value = value.substring(0, SheetReader.MAX_CELL);
            }
            current.add(value);
        }
    }
}
