package org.inclusio.persistence.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The column store's native library, unpacked by its driver into the system's temporary folder, is
 * gone as soon as it is loaded: a program killed after an analysis leaves nothing there.
 */
@EnabledOnOs(OS.LINUX)
class NativeLibraryLeftoverTest {

    static final String LOADED = "loaded";

    @TempDir
    Path temporary;

    @Test
    void aKilledProgramLeavesNoLibraryInTheTemporaryFolder() throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Djava.io.tmpdir=" + temporary, "-cp", System.getProperty("java.class.path"),
                Child.class.getName()).redirectErrorStream(true).start();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String last = CompletableFuture.supplyAsync(() -> {
                String line = null;
                try {
                    for (line = lines.readLine(); line != null && !line.equals(LOADED); line = lines.readLine()) {
                        // the child's other output is of no interest
                    }
                } catch (java.io.IOException e) {
                    return e.toString();
                }
                return line;
            }).get(2, TimeUnit.MINUTES);
            assertThat(last).as("the child ran a query on the column store").isEqualTo(LOADED);
            assertThat(files()).as("files in the child's temporary folder while it runs").isEmpty();
        } finally {
            child.destroyForcibly();
            child.waitFor(1, TimeUnit.MINUTES);
        }
        assertThat(files()).as("files in the child's temporary folder after it was killed").isEmpty();
    }

    private List<Path> files() throws Exception {
        try (Stream<Path> files = Files.walk(temporary)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    /** Opens the column store, answers one query, says {@value #LOADED} and waits to be killed. */
    public static final class Child {
        public static void main(String[] args) throws Exception {
            try (Statement statement = AnalyticsReplica.open().createStatement();
                 ResultSet result = statement.executeQuery("select 6 * 7")) {
                result.next();
                if (result.getInt(1) != 42) {
                    throw new IllegalStateException("the column store did not answer");
                }
                System.out.println(LOADED);
                System.out.flush();
                Thread.sleep(TimeUnit.MINUTES.toMillis(5));
            }
        }
    }
}
