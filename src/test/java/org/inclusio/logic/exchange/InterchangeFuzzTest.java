package org.inclusio.logic.exchange;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import org.inclusio.logic.task.CancelledException;

/**
 * Fuzzes the interchange reader: whatever the bytes, it either reads records or refuses the file
 * with an {@link ExchangeException}; nothing else may escape. In the normal test run only the
 * regression inputs under src/test/resources (…/InterchangeFuzzTestInputs/readerRefusesCleanly)
 * run; {@code JAZZER_FUZZ=1 mvn test -Dtest=InterchangeFuzzTest} fuzzes for real.
 */
class InterchangeFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void readerRefusesCleanly(byte[] input) throws CancelledException {
        ProblemText problems = new ProblemText(ExchangeStores.L10N, "fuzz.json");
        try {
            new ExchangeFileReader(problems).read(new ByteArrayInputStream(input), (record, path) -> { });
        } catch (ExchangeException expected) {
            if (expected.getMessage() == null || !expected.getMessage().startsWith("In fuzz.json")) {
                throw new AssertionError("message does not name the file: " + expected.getMessage());
            }
        }
    }
}
