package org.inclusio.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trials' own checks tell a complete result from a broken one. */
class ChecksTest {

    private static final String EXPORT = """
            {"format":"inclusio-exchange","formatVersion":1,"exportedAt":"2025-05-01T10:00:00Z",
             "records":{"organisations":[{"id":"a","name":"x"},{"id":"b","name":"y"}],
                        "people":[{"id":"c","barriers":[1,2]}]}}
            """;

    @TempDir
    Path folder;

    @Test
    void aCompleteExportIsCountedBySection() throws IOException {
        Path file = write(EXPORT);

        assertThat(Checks.exportSections(file)).containsExactly(Map.entry("organisations", 2), Map.entry("people", 1));
    }

    @Test
    void anExportCutShortIsNotComplete() throws IOException {
        Path file = write(EXPORT.substring(0, EXPORT.indexOf("\"people\"")));

        assertThatThrownBy(() -> Checks.exportSections(file)).isInstanceOf(IOException.class);
    }

    @Test
    void anotherJsonDocumentIsNotAnExport() throws IOException {
        Path file = write("{\"records\":{}}");

        assertThatThrownBy(() -> Checks.exportSections(file)).hasMessageContaining("not an interchange file");
    }

    @Test
    void infoCountsAreReadFromItsOutput() {
        String info = """
                Store:          /somewhere
                Schema version: 1.0
                Records:
                  Organisations                   3
                  Participations              1,080
                """;

        assertThat(Checks.infoCounts(info)).containsExactly(Map.entry("Organisations", 3L),
                Map.entry("Participations", 1080L));
        assertThat(Checks.allZero(Checks.infoCounts(info))).isFalse();
        assertThat(Checks.allZero(Map.of())).isFalse();
    }

    @Test
    void stackTracesAreRecognised() {
        assertThat(Checks.hasStackTrace("java.lang.IllegalStateException: x\n\tat org.x.Y.z(Y.java:1)")).isTrue();
        assertThat(Checks.hasStackTrace("The store in /x is damaged.")).isFalse();
    }

    private Path write(String text) throws IOException {
        Path file = folder.resolve("export.json");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
