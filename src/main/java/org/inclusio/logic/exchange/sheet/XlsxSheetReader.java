package org.inclusio.logic.exchange.sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.inclusio.logic.exchange.ExchangeException;
import org.inclusio.logic.exchange.Problem;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the first sheet of an XLSX file with SAX, so a large sheet is never held as a workbook in
 * memory. Formulas are never evaluated: a formula cell gives the value the spreadsheet saved with
 * it. Date cells come out as ISO dates (2025-03-14).
 *
 * <p>A hostile file is refused before it can exhaust memory. POI's own guards are set (a part may
 * unpack to at most {@value #MIN_INFLATE_FACTOR} times its packed size, and to at most
 * {@value #MAX_PART_MEGABYTES} MB), and this reader keeps its own budget on top: the parts POI
 * reads whole into memory when it opens the package (content types, relationships, core
 * properties) and the styles are read only up to {@value #MAX_SMALL_PART_MEGABYTES} MB; the
 * workbook, the shared texts and the sheet stream through {@link PartInput} (at most
 * {@value #MAX_PART_MEGABYTES} MB, no single value over {@value #MAX_RUN_BYTES} bytes); shared
 * texts are kept once and handed to every cell by reference ({@link SharedTexts}); and the rows
 * kept are held to the {@link SheetBudget} of cells and characters.
 */
final class XlsxSheetReader {

    static final int MAX_PART_MEGABYTES = 200;
    static final int MAX_SMALL_PART_MEGABYTES = 8;
    static final int MIN_INFLATE_FACTOR = 100;
    static final int MAX_RUN_BYTES = 1024 * 1024;
    private static final long MEGABYTE = 1024L * 1024L;
    private static final String CORE_PROPERTIES = "application/vnd.openxmlformats-package.core-properties+xml";

    static {
        ZipSecureFile.setMinInflateRatio(1.0 / MIN_INFLATE_FACTOR);
        ZipSecureFile.setMaxEntrySize(MAX_PART_MEGABYTES * MEGABYTE + MEGABYTE);
        // bounds any text POI extracts itself (this reader does not ask it to): its own default, set on purpose
        ZipSecureFile.setMaxTextSize(10L * 1024 * 1024);
    }

    private final SheetReader owner;
    private final String fileName;

    XlsxSheetReader(SheetReader owner, String fileName) {
        this.owner = owner;
        this.fileName = fileName;
    }

    SheetTable read(Path file, int maxRows) throws ExchangeException {
        Collector collector = new Collector(maxRows);
        try {
            checkPackage(file);
            try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                XSSFReader reader = new XSSFReader(pkg);
                String firstSheet = firstSheet(reader);
                if (firstSheet == null) {
                    throw owner.fail(Problem.EMPTY_FILE, "sheet.file.empty", fileName);
                }
                StylesTable styles = styles(pkg);
                SharedTexts texts = sharedTexts(pkg);
                try (InputStream sheet = reader.getSheet(firstSheet)) {
                    parse(sheet, MAX_PART_MEGABYTES, new SheetXmlHandler(styles, texts, new IsoDateFormatter(),
                            collector));
                }
            }
        } catch (ExchangeException e) {
            throw e;
        } catch (StopReading stop) {
            // the preview has its rows
        } catch (Exception | StackOverflowError e) {
            throw refusal(e);
        }
        if (collector.headers == null) {
            throw owner.fail(Problem.EMPTY_FILE, "sheet.file.empty", fileName);
        }
        return new SheetTable(fileName, collector.headers, collector.rows, collector.complete);
    }

    private ExchangeException refusal(Throwable e) {
        SheetLimit limit = SheetLimit.in(e);
        if (limit != null) {
            return owner.fail(Problem.TOO_LARGE, limit.key(), CsvSheetReader.prepend(fileName, limit.arguments()));
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            String message = cause.getMessage() == null ? "" : cause.getMessage();
            if (message.startsWith("Zip bomb detected")) {
                return message.contains("ratio")
                        ? owner.fail(Problem.TOO_LARGE, "sheet.file.packedTooTightly", fileName, MIN_INFLATE_FACTOR)
                        : owner.fail(Problem.TOO_LARGE, "sheet.file.unpacksTooLarge", fileName, MAX_PART_MEGABYTES);
            }
        }
        return owner.fail(Problem.NOT_READABLE, "sheet.file.badXlsx", fileName, e.getClass().getSimpleName());
    }

    /**
     * Reads, without keeping, the parts POI reads whole into memory when it opens a package, and
     * refuses the file when one of them is larger than {@value #MAX_SMALL_PART_MEGABYTES} MB or is
     * not well-formed XML (so POI never meets, and never logs, a damaged one).
     */
    private static void checkPackage(Path file) throws IOException, org.xml.sax.SAXException,
            javax.xml.parsers.ParserConfigurationException {
        try (ZipSecureFile zip = new ZipSecureFile(file.toFile())) {
            ZipArchiveEntry types = zip.getEntry("[Content_Types].xml");
            List<String> coreParts = new ArrayList<>();
            List<String> coreExtensions = new ArrayList<>();
            if (types != null) {
                try (InputStream in = zip.getInputStream(types)) {
                    parse(in, MAX_SMALL_PART_MEGABYTES, new DefaultHandler() {
                        @Override
                        public void startElement(String uri, String localName, String qName, Attributes attributes) {
                            if (CORE_PROPERTIES.equals(attributes.getValue("ContentType"))) {
                                if ("Override".equals(localName) && attributes.getValue("PartName") != null) {
                                    coreParts.add(strip(attributes.getValue("PartName")));
                                } else if ("Default".equals(localName) && attributes.getValue("Extension") != null) {
                                    coreExtensions.add("." + attributes.getValue("Extension").toLowerCase(Locale.ROOT));
                                }
                            }
                        }
                    });
                }
            }
            for (Enumeration<ZipArchiveEntry> entries = zip.getEntries(); entries.hasMoreElements(); ) {
                ZipArchiveEntry entry = entries.nextElement();
                String name = strip(entry.getName());
                String lower = name.toLowerCase(Locale.ROOT);
                if (lower.endsWith(".rels") || coreParts.stream().anyMatch(name::equalsIgnoreCase)
                        || coreExtensions.stream().anyMatch(lower::endsWith)) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        parse(in, MAX_SMALL_PART_MEGABYTES, new DefaultHandler());
                    }
                }
            }
        }
    }

    private static String strip(String partName) {
        return partName.startsWith("/") ? partName.substring(1) : partName;
    }

    /** The relationship id of the first sheet the workbook lists, or null; reading stops there. */
    private static String firstSheet(XSSFReader reader) throws Exception {
        String[] found = {null};
        try (InputStream workbook = reader.getWorkbookData()) {
            parse(workbook, MAX_PART_MEGABYTES, new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    if ("sheet".equals(localName)) {
                        for (int i = 0; i < attributes.getLength(); i++) {
                            if ("id".equals(attributes.getLocalName(i)) && attributes.getURI(i).contains("relationships")) {
                                found[0] = attributes.getValue(i);
                            }
                        }
                        if (found[0] == null) {
                            throw new IllegalStateException("a sheet without its relationship");
                        }
                        throw new StopReading();
                    }
                }
            });
        } catch (StopReading first) {
            return found[0];
        }
        return null;
    }

    /** The styles (for number and date formats), read only if small enough; null when the file has none. */
    private static StylesTable styles(OPCPackage pkg) throws IOException {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.STYLES.getContentType());
        if (parts.isEmpty()) {
            return null;
        }
        try (InputStream in = parts.get(0).getInputStream()) {
            byte[] bytes = new PartInput(in, MAX_SMALL_PART_MEGABYTES * MEGABYTE, MAX_RUN_BYTES).readAllBytes();
            return new StylesTable(new ByteArrayInputStream(bytes));
        }
    }

    /** The shared texts; none when the file has no such part. */
    private static SharedTexts sharedTexts(OPCPackage pkg) throws IOException, org.xml.sax.SAXException,
            javax.xml.parsers.ParserConfigurationException {
        SharedTexts texts = new SharedTexts(SheetReader.MAX_CELLS, SheetReader.MAX_TEXT);
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (!parts.isEmpty()) {
            try (InputStream in = parts.get(0).getInputStream()) {
                parse(in, MAX_PART_MEGABYTES, texts);
            }
        }
        return texts;
    }

    private static void parse(InputStream in, int maxMegabytes, ContentHandler handler) throws IOException,
            org.xml.sax.SAXException, javax.xml.parsers.ParserConfigurationException {
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(handler);
        parser.parse(new InputSource(new PartInput(in, maxMegabytes * MEGABYTE, MAX_RUN_BYTES)));
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

    /** Thrown from inside a SAX handler to stop reading early (the preview is full, the first sheet is found). */
    private static final class StopReading extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StopReading() {
            super(null, null, false, false);
        }
    }

    private static final class Collector implements SheetXmlHandler.Rows {
        private final int maxRows;
        private final SheetBudget budget = new SheetBudget();
        private List<String> headers;
        private final List<SheetRow> rows = new ArrayList<>();
        private boolean complete = true;
        private List<String> current;
        private int rowNumber;

        Collector(int maxRows) {
            this.maxRows = maxRows;
        }

        @Override
        public void startRow(int number) {
            current = new ArrayList<>();
            rowNumber = number;
        }

        @Override
        public void endRow(int number) {
            if (current.stream().allMatch(String::isBlank)) {
                return;
            }
            if (headers == null) {
                budget.spend(current);
                headers = current;
                return;
            }
            if (rows.size() >= maxRows) {
                if (maxRows >= SheetReader.MAX_ROWS) {
                    throw new SheetLimit("sheet.file.tooManyRows", SheetReader.MAX_ROWS);
                }
                complete = false;
                throw new StopReading();
            }
            budget.spend(current);
            rows.add(new SheetRow(rowNumber, current));
        }

        @Override
        public void cell(String reference, String formattedValue) {
            int column = reference == null ? current.size() : SheetXmlHandler.column(reference);
            // a row that names the same column again and again grows too, and is held to the same limit
            if (column >= SheetReader.MAX_COLUMNS || current.size() >= SheetReader.MAX_COLUMNS) {
                throw new SheetLimit("sheet.file.tooManyColumns", SheetReader.MAX_COLUMNS);
            }
            String value = formattedValue == null ? "" : formattedValue.strip();
            if (value.length() > SheetReader.MAX_CELL) {
                throw new SheetLimit("sheet.file.cellTooLong", rowNumber, SheetReader.MAX_CELL);
            }
            while (current.size() < column) {
                current.add("");
            }
            current.add(value);
        }
    }
}
