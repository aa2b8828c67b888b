package org.inclusio.logic.exchange.sheet;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.inclusio.logic.exchange.ExchangeException;

/**
 * Fuzzes the XLSX reader: whatever the bytes, it either gives a table within the limits or
 * refuses the file with an {@link ExchangeException} naming it; nothing else may escape, and it
 * must refuse before memory runs short (fuzz tests run with a small heap, see the pom). In the
 * normal test run only the regression inputs under src/test/resources
 * (…/SheetXlsxFuzzTestInputs/readerRefusesCleanly: zip bombs, a huge shared-text count, long
 * texts, damaged packages) run; {@code JAZZER_FUZZ=1 mvn test -Dtest=SheetXlsxFuzzTest} fuzzes
 * for real.
 */
class SheetXlsxFuzzTest {

    private static final Path DIR = folder();

    @FuzzTest(maxDuration = "60s")
    void readerRefusesCleanly(byte[] input) throws IOException {
        Path file = DIR.resolve("fuzz.xlsx");
        Files.write(file, input);
        try {
            SheetTable table = new SheetReader(SheetFiles.L10N).readAll(file);
            long cells = table.headers().size();
            for (SheetRow row : table.rows()) {
                cells += row.cells().size();
                for (String cell : row.cells()) {
                    if (cell.length() > SheetReader.MAX_CELL) {
                        throw new AssertionError("a cell longer than the limit in row " + row.number());
                    }
                }
            }
            if (cells > SheetReader.MAX_CELLS || table.rows().size() > SheetReader.MAX_ROWS) {
                throw new AssertionError("more than the limits: " + cells + " cells");
            }
        } catch (ExchangeException expected) {
            if (expected.getMessage() == null || !expected.getMessage().startsWith("In fuzz.xlsx")) {
                throw new AssertionError("message does not name the file: " + expected.getMessage());
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static Path folder() {
        try {
            Path dir = Files.createTempDirectory("xlsx-fuzz");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
