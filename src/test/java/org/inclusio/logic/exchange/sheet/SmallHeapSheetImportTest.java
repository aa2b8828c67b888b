package org.inclusio.logic.exchange.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.inclusio.app.AppServices;
import org.inclusio.model.Person;
import org.inclusio.model.PersonRole;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile spreadsheets go through {@code inclusio import} in a program given only 128 MB of heap:
 * each is refused with its plain message and a non-zero exit status, never an OutOfMemoryError, and
 * the store keeps exactly what it held.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SmallHeapSheetImportTest {

    @TempDir
    static Path dir;

    private Path store;

    private record Run(int status, String output) {
    }

    @BeforeAll
    void storeWithOnePerson() {
        // the command line, in a process of its own, is given the store's folder
        org.junit.jupiter.api.Assumptions.assumeFalse(org.inclusio.testing.TestServer.storesOnServer());
        store = dir.resolve("store");
        try (AppServices services = org.inclusio.testing.TestStores.services(store, SheetFiles.L10N)) {
            Person person = new Person();
            person.setCode("P-1");
            person.setRole(PersonRole.PATIENT);
            services.store().database().save(person);
        }
    }

    @Test
    void aMillionCellsReferringToOneLongTextAreRefused() throws Exception {
        Path file = HandMadeXlsx.write(dir.resolve("workshops.xlsx"), HandMadeXlsx.sharedTextEverywhere(99_999, 10),
                HandMadeXlsx.oneText("x".repeat(30_000)));

        assertRefusedUnderSmallHeap(file, "In workshops.xlsx: the file is too large to import: more than "
                + "50,000,000 characters of text in its cells (the limit).");
    }

    @Test
    void aSheetOfMoreThanAMillionDistinctCellsIsRefused() throws Exception {
        Path file = HandMadeXlsx.write(dir.resolve("register.xlsx"), out -> {
            out.write("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Code</t></is></c>"
                    + "<c r=\"B1\" t=\"inlineStr\"><is><t>Role</t></is></c></row>");
            for (int r = 2; r < 6_002; r++) {
                out.write("<row r=\"" + r + "\">");
                for (int c = 0; c < 200; c++) {
                    out.write("<c r=\"" + HandMadeXlsx.column(c) + r + "\" t=\"inlineStr\"><is><t>P-" + r + "-" + c
                            + "</t></is></c>");
                }
                out.write("</row>");
            }
        }, null);

        assertRefusedUnderSmallHeap(file, "In register.xlsx: the file is too large to import: more than "
                + "1,000,000 cells (the limit).");
    }

    @Test
    void aCsvOfMoreThanAMillionCellsIsRefused() throws Exception {
        Path file = dir.resolve("people.csv");
        try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("Code,Role" + ",x".repeat(198) + "\n");
            for (int r = 0; r < 10_000; r++) {
                for (int c = 0; c < 200; c++) {
                    out.write((c == 0 ? "" : ",") + "P-" + r + "-" + c);
                }
                out.write("\n");
            }
        }

        assertRefusedUnderSmallHeap(file, "In people.csv: the file is too large to import: more than "
                + "1,000,000 cells (the limit).");
    }

    private void assertRefusedUnderSmallHeap(Path file, String message) throws Exception {
        Run run = importUnderSmallHeap(file);

        assertThat(run.output()).as("output").contains(message).doesNotContain("OutOfMemoryError")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.status()).as(run.output()).isNotZero();
        try (AppServices services = org.inclusio.testing.TestStores.services(store, SheetFiles.L10N)) {
            List<Person> people = services.store().database().find(Person.class).findList();
            assertThat(people).extracting(Person::getCode).containsExactly("P-1");
        }
    }

    private Run importUnderSmallHeap(Path file) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-XX:+ExitOnOutOfMemoryError", "-Djava.awt.headless=true",
                "-Duser.language=en", "-Duser.country=GB",
                "-Djava.util.prefs.userRoot=" + dir.resolve("prefs"),
                "-cp", System.getProperty("java.class.path"), "org.inclusio.Launcher",
                "--store", store.toString(), "import", "--kind", "people", file.toString()));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("INCLUSIO_PASSPHRASE", org.inclusio.testing.TestStores.PASSPHRASE);
        Process process = builder.redirectErrorStream(true)
                .redirectOutput(dir.resolve("output.txt").toFile()).start();
        try {
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                throw new AssertionError("the import did not end");
            }
        } finally {
            process.destroyForcibly();
        }
        return new Run(process.exitValue(), Files.readString(dir.resolve("output.txt"), StandardCharsets.UTF_8));
    }
}
