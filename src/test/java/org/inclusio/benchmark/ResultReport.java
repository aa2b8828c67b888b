package org.inclusio.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Writes the benchmark's figures as a readable table, as JSON and as CSV. Every figure carries its
 * median, minimum and maximum, the baseline's, their ratio, the target and whether it is met.
 */
final class ResultReport {

    private final List<Figure> figures;

    ResultReport(List<Figure> figures) {
        this.figures = List.copyOf(figures);
    }

    String table() {
        return String.format(Locale.ROOT, "%-52s %-6s %27s %27s %7s %-12s %s%n", "figure", "unit",
                "median [min, max]", "baseline median [min, max]", "ratio", "target", "met") + rows();
    }

    /** The table's rows without the heading. */
    String rows() {
        StringBuilder out = new StringBuilder();
        for (Figure f : figures) {
            out.append(String.format(Locale.ROOT, "%-52s %-6s %27s %27s %7s %-12s %s%n", f.label(), f.unit(),
                    range(f.samples()), f.baseline() == null ? "" : range(f.baseline()),
                    Double.isNaN(f.ratio()) ? "" : String.format(Locale.ROOT, "%.2f", f.ratio()),
                    f.target() == null ? "" : f.target().toString(),
                    f.met() == null ? "" : f.met() ? "yes" : "NO"));
        }
        return out.toString();
    }

    void writeJson(Path file, String environment) throws IOException {
        String body = figures.stream().map(ResultReport::json).collect(Collectors.joining(",\n"));
        write(file, "{\n  \"environment\": " + quote(environment) + ",\n  \"figures\": [\n" + body + "\n  ]\n}\n");
    }

    void writeCsv(Path file) throws IOException {
        StringBuilder out = new StringBuilder("name,unit,median,min,max,runs,baseline_median,baseline_min,"
                + "baseline_max,ratio,target,met\n");
        for (Figure f : figures) {
            Samples b = f.baseline();
            out.append(String.join(",", f.name(), f.unit(), number(f.samples().median()), number(f.samples().min()),
                    number(f.samples().max()), Integer.toString(f.samples().values().size()),
                    b == null ? "" : number(b.median()), b == null ? "" : number(b.min()),
                    b == null ? "" : number(b.max()), Double.isNaN(f.ratio()) ? "" : number(f.ratio()),
                    f.target() == null ? "" : "\"" + f.target() + "\"",
                    f.met() == null ? "" : f.met().toString())).append('\n');
        }
        write(file, out.toString());
    }

    private static String json(Figure f) {
        StringBuilder out = new StringBuilder("    {\"name\": ").append(quote(f.name()))
                .append(", \"label\": ").append(quote(f.label()))
                .append(", \"unit\": ").append(quote(f.unit()))
                .append(", ").append(samples("", f.samples()));
        if (f.baseline() != null) {
            out.append(", ").append(samples("baseline_", f.baseline()))
                    .append(", \"ratio\": ").append(number(f.ratio()));
        }
        if (f.target() != null) {
            out.append(", \"target\": ").append(quote(f.target().toString()))
                    .append(", \"met\": ").append(f.met());
        }
        return out.append('}').toString();
    }

    private static String samples(String prefix, Samples s) {
        return "\"" + prefix + "median\": " + number(s.median()) + ", \"" + prefix + "min\": " + number(s.min())
                + ", \"" + prefix + "max\": " + number(s.max()) + ", \"" + prefix + "values\": ["
                + s.values().stream().map(ResultReport::number).collect(Collectors.joining(", ")) + "]";
    }

    private static String range(Samples s) {
        return String.format(Locale.ROOT, "%s [%s, %s]", shortNumber(s.median()), shortNumber(s.min()),
                shortNumber(s.max()));
    }

    private static String shortNumber(double value) {
        return Math.abs(value) >= 1000 ? String.format(Locale.ROOT, "%,.0f", value)
                : String.format(Locale.ROOT, "%.3f", value);
    }

    private static String number(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.6g", value) : "null";
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static void write(Path file, String text) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
