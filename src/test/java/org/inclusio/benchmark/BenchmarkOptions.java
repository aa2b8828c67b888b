package org.inclusio.benchmark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The benchmark's command-line options.
 *
 * @param scale     activities in the large store (default 100,000; people, teams and participations follow)
 * @param small     activities in the small store the register is compared with (default 1,000)
 * @param runs      timed runs per figure (default 5)
 * @param inserts   activities inserted per insert run (default 100,000)
 * @param growthMax the largest store of the growth series (default the large store; 1,000,000 adds that point)
 * @param seed      the generator's seed
 * @param out       the JSON result file; a CSV file with the same name beside it
 * @param work      where the generated stores are kept between runs
 * @param parts     the measurements to make (default all of {@link #PARTS})
 */
record BenchmarkOptions(int scale, int small, int runs, int inserts, int growthMax, long seed, Path out, Path work,
                        Set<String> parts) {

    /** The measurements, as {@code --only} names them. */
    static final List<String> PARTS = List.of("startup", "register", "analyses", "memory", "inserts", "security",
            "writes", "window");
    /**
     * Measurements made only when {@code --only} names them: {@code startup-jar} starts the built
     * {@code target/inclusio.jar} as {@code java -jar}, without and with its class-data archive.
     */
    static final List<String> ON_REQUEST = List.of("startup-jar");

    static final String USAGE = "Options: --scale N (100000) --small N (1000) --runs N (5) --inserts N (100000)"
            + " --growth-max N (the scale; 1000000 adds that point) --seed N --out FILE (target/benchmark.json)"
            + " --work DIR (target/benchmark-work) --only PART,PART (" + String.join(",", PARTS) + "; all; also "
            + String.join(",", ON_REQUEST) + ")";

    static BenchmarkOptions parse(String... args) {
        int scale = 100_000;
        int small = 1_000;
        int runs = 5;
        Integer inserts = null;
        Integer growthMax = null;
        long seed = 20_250_630L;
        Path out = Path.of("target", "benchmark.json");
        Path work = Path.of("target", "benchmark-work");
        Set<String> parts = new LinkedHashSet<>(PARTS);
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("no value after " + name + ". " + USAGE);
            }
            String value = args[++i];
            switch (name) {
                case "--scale" -> scale = Integer.parseInt(value);
                case "--small" -> small = Integer.parseInt(value);
                case "--runs" -> runs = Integer.parseInt(value);
                case "--inserts" -> inserts = Integer.parseInt(value);
                case "--growth-max" -> growthMax = Integer.parseInt(value);
                case "--seed" -> seed = Long.parseLong(value);
                case "--out" -> out = Path.of(value);
                case "--work" -> work = Path.of(value);
                case "--only" -> parts = parts(value);
                default -> throw new IllegalArgumentException("unknown option " + name + ". " + USAGE);
            }
        }
        if (scale < 10 || small < 1 || runs < 1) {
            throw new IllegalArgumentException("scale must be at least 10, small and runs at least 1. " + USAGE);
        }
        return new BenchmarkOptions(scale, small, runs, inserts == null ? 100_000 : inserts,
                growthMax == null ? scale : Math.max(growthMax, scale), seed, out, work, Set.copyOf(parts));
    }

    private static Set<String> parts(String value) {
        Set<String> parts = new LinkedHashSet<>();
        for (String part : value.split(",")) {
            if (!PARTS.contains(part.trim()) && !ON_REQUEST.contains(part.trim())) {
                throw new IllegalArgumentException("unknown part " + part.trim() + " after --only. " + USAGE);
            }
            parts.add(part.trim());
        }
        return parts;
    }

    /** Whether the run makes this measurement. */
    boolean includes(String part) {
        return parts.contains(part);
    }

    /** The stores of the growth series: a tenth of the scale, the scale, then tenfold up to the maximum. */
    List<Integer> growthScales() {
        List<Integer> scales = new ArrayList<>(List.of(scale / 10, scale));
        for (long next = (long) scale * 10; next <= growthMax; next *= 10) {
            scales.add((int) next);
        }
        return scales;
    }

    /** The CSV file beside the JSON file. */
    Path csv() {
        String name = out.getFileName().toString();
        String base = name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
        return out.resolveSibling(base + ".csv");
    }
}
