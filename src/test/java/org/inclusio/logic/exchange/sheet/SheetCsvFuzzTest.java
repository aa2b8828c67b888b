package org.inclusio.logic.exchange.sheet;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.inclusio.logic.exchange.ExchangeException;

/**
 * Fuzzes the CSV reader: whatever the bytes, it either gives a table or refuses the file with an
 * {@link ExchangeException} naming it; nothing else may escape. In the normal test run only the
 * regression inputs under src/test/resources (…/SheetCsvFuzzTestInputs/readerRefusesCleanly) run;
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=SheetCsvFuzzTest} fuzzes for real.
 */
class SheetCsvFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void readerRefusesCleanly(byte[] input) {
        try {
            SheetTable table = new CsvSheetReader(new SheetReader(SheetFiles.L10N), "fuzz.csv")
                    .read(input, SheetReader.MAX_ROWS);
            for (SheetRow row : table.rows()) {
                if (row.number() < 2) {
                    throw new AssertionError("a data row numbered above the header: " + row.number());
                }
            }
        } catch (ExchangeException expected) {
            if (expected.getMessage() == null || !expected.getMessage().startsWith("In fuzz.csv")) {
                throw new AssertionError("message does not name the file: " + expected.getMessage());
            }
        }
    }
}
