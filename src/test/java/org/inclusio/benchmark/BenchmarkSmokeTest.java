package org.inclusio.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every benchmark measurement once at a tiny scale, so the benchmark keeps compiling and
 * working. It checks that every figure is written; it does not judge any timing.
 */
class BenchmarkSmokeTest {

    private static final List<String> FIGURES = List.of("generator.200", "generator.50", "generator.20",
            "startup.cold", "startup.cold.unlock", "startup.cold.frame", "startup.empty", "startup.empty.unlock",
            "startup.empty.frame", "startup.first", "register.open", "register.heap", "analysis.matrix", "analysis.exclusion",
            "analysis.representation", "analysis.funnel", "analysis.influence", "analysis.representation.quarter",
            "analysis.influence.duckdb", "analysis.representation.quarter.duckdb", "growth.influence.20-200",
            "growth.representation.quarter.20-200", "growth.influence.sql.20-200",
            "growth.representation.quarter.sql.20-200", "analysis.influence.20", "analysis.representation.quarter.20",
            "analysis.influence.duckdb.20", "analysis.representation.quarter.duckdb.20", "analysis.matrix.20", "analysis.exclusion.20",
            "analysis.representation.20", "analysis.funnel.20", "analysis.matrix.duckdb", "analysis.exclusion.duckdb",
            "analysis.representation.duckdb", "analysis.funnel.duckdb", "analysis.copy", "analysis.matrix.duckdb.20",
            "analysis.exclusion.duckdb.20", "analysis.representation.duckdb.20", "analysis.funnel.duckdb.20",
            "growth.matrix.20-200", "growth.exclusion.20-200", "growth.representation.20-200",
            "growth.funnel.20-200", "growth.matrix.sql.20-200", "growth.exclusion.sql.20-200",
            "growth.representation.sql.20-200", "growth.funnel.sql.20-200", "memory.cli.matrix",
            "memory.cli.representation", "memory.cli.funnel", "memory.cli.flags.detect", "insert.throughput", "insert.audit",
            "security.unlock", "security.passphrase", "security.matrix", "security.exclusion", "security.insert",
            "counts.first", "counts.all", "counts.registers", "edit.save", "edit.copy",
            "window.settle", "window.rss.idle", "window.matrix", "window.analysis", "window.rss.analysis",
            "window.rss.peak");

    @TempDir
    Path directory;

    @Test
    void everyMeasurementRunsAtATinyScaleAndIsWritten() throws Exception {
        Path json = directory.resolve("result.json");
        BenchmarkOptions options = BenchmarkOptions.parse("--scale", "200", "--small", "50", "--runs", "1",
                "--inserts", "200", "--out", json.toString(), "--work", directory.resolve("work").toString());

        String table = new Benchmark(options).run().table();

        String written = Files.readString(json);
        List<String> csv = Files.readAllLines(directory.resolve("result.csv"));
        for (String figure : FIGURES) {
            assertThat(written).contains("\"name\": \"" + figure + "\"");
            assertThat(csv).anyMatch(line -> line.startsWith(figure + ","));
        }
        assertThat(csv).hasSize(FIGURES.size() + 1);
        assertThat(written).contains("\"baseline_median\"", "\"ratio\"", "\"met\"");
        assertThat(table.lines().count()).isEqualTo(FIGURES.size() + 1);
    }

    @Test
    void theCommandLineIsMeasuredWithTheInstalledLaunchersJvmOptions() throws Exception {
        List<String> options = CliMemoryBenchmark.launcherOptions(Path.of("pom.xml"));

        assertThat(options).contains("-XX:+UseSerialGC", "-Xms24m", "-XX:MaxHeapFreeRatio=30")
                .allMatch(option -> option.startsWith("-"));
        Path notAPom = directory.resolve("other.xml");
        Files.writeString(notAPom, "<project/>");
        assertThatThrownBy(() -> CliMemoryBenchmark.launcherOptions(notAPom))
                .hasMessageContaining("no launcher JVM options");
    }

    @Test
    void growthSeriesGoesFromATenthOfTheScaleToTheOptionalMaximum() {
        assertThat(BenchmarkOptions.parse("--scale", "100000").growthScales()).containsExactly(10_000, 100_000);
        assertThat(BenchmarkOptions.parse("--scale", "100000", "--growth-max", "1000000").growthScales())
                .containsExactly(10_000, 100_000, 1_000_000);
        assertThat(BenchmarkOptions.parse("--out", "x/result.json").csv()).isEqualTo(Path.of("x/result.csv"));
        BenchmarkOptions some = BenchmarkOptions.parse("--only", "register,inserts");
        assertThat(BenchmarkOptions.PARTS).allMatch(part -> BenchmarkOptions.parse().includes(part));
        assertThat(some.includes("register") && some.includes("inserts")).isTrue();
        assertThat(some.includes("startup") || some.includes("analyses")).isFalse();
        assertThatThrownBy(() -> BenchmarkOptions.parse("--only", "everything"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown part everything");
    }
}
