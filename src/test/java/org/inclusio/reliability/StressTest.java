package org.inclusio.reliability;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The reliability stress command: {@code --kills N} kill -9 trials (default 100) spread evenly over
 * set-up, upgrade, example load, import and export, each followed by a reopen with a time-out and
 * the checks of {@link KillTrials}. Prints every trial, then a table of trials, hung opens, lost
 * acknowledged records and silently created stores per phase; writes {@code target/reliability.json}
 * and the results section of {@code docs/reliability.md}. Run it as that document says.
 */
public final class StressTest {

    static final String USAGE = """
            Options:
              --kills N             kill trials in all (default 100), spread over the phases
              --phases LIST         comma-separated: setup,upgrade,demo,import,export (default all)
              --seed N              repeat a run (default: random, printed)
              --open-timeout S      seconds a reopen may take before it counts as hung (default 60)
              --work DIR            where the trial stores go (default target/reliability-stress)
              --json FILE           results as JSON (default target/reliability.json)
              --doc FILE            document whose results section is rewritten (default docs/reliability.md);
                                    "none" leaves it alone
            """;

    private StressTest() {
    }

    public static void main(String[] args) throws Exception {
        int kills = 100;
        List<Phase> phases = Arrays.asList(Phase.values());
        long seed = new Random().nextLong();
        long openTimeout = 60;
        Path work = Path.of("target", "reliability-stress");
        Path json = Path.of("target", "reliability.json");
        String doc = "docs/reliability.md";
        try {
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                switch (args[i]) {
                    case "--kills" -> kills = positive(args[i], value);
                    case "--phases" -> phases = phases(value);
                    case "--seed" -> seed = Long.parseLong(required(args[i], value));
                    case "--open-timeout" -> openTimeout = positive(args[i], value);
                    case "--work" -> work = Path.of(required(args[i], value));
                    case "--json" -> json = Path.of(required(args[i], value));
                    case "--doc" -> doc = required(args[i], value);
                    case "--help" -> {
                        System.out.print(USAGE);
                        System.exit(0);
                    }
                    default -> throw new IllegalArgumentException("Unknown option " + args[i] + "\n" + USAGE);
                }
                i++;
            }
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }

        System.out.println("Reliability stress: " + kills + " kills over " + phases + ", seed " + seed
                + ", reopen time-out " + openTimeout + " s");
        long started = System.nanoTime();
        KillTrials trials = new KillTrials(work, seed, openTimeout * 1000);
        List<String> timings = new ArrayList<>();
        for (Phase phase : phases) {
            String timing = trials.timing(phase);
            timings.add(phase.label() + ": " + timing);
            System.out.println(phase.label() + " kills: " + timing);
        }
        List<TrialResult> results = new ArrayList<>();
        for (int kill = 0; kill < kills; kill++) {
            Phase phase = phases.get(kill % phases.size());
            TrialResult result = trials.run(phase, kill / phases.size());
            results.add(result);
            System.out.println((kill + 1) + "/" + kills + " " + result.describe());
        }
        double minutes = (System.nanoTime() - started) / 60e9;
        ReliabilityReport report = new ReliabilityReport(results, seed, openTimeout, minutes, timings, work);
        System.out.print(report.table());
        report.writeJson(json);
        if (!"none".equals(doc)) {
            report.writeIntoDocument(Path.of(doc));
        }
        System.out.println("Written: " + json + ("none".equals(doc) ? "" : " and " + doc));
        System.exit(report.passed() ? 0 : 1);
    }

    private static List<Phase> phases(String value) {
        List<Phase> phases = new ArrayList<>();
        for (String name : required("--phases", value).split(",")) {
            String key = name.strip().toLowerCase(Locale.ROOT);
            phases.add(switch (key) {
                case "setup", "set-up" -> Phase.SETUP;
                case "upgrade" -> Phase.UPGRADE;
                case "demo", "example" -> Phase.DEMO;
                case "import" -> Phase.IMPORT;
                case "export" -> Phase.EXPORT;
                default -> throw new IllegalArgumentException("Unknown phase " + name + "\n" + USAGE);
            });
        }
        return phases;
    }

    private static String required(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
        }
        return value;
    }

    private static int positive(String option, String value) {
        int number = Integer.parseInt(required(option, value));
        if (number <= 0) {
            throw new IllegalArgumentException(option + " must be positive\n" + USAGE);
        }
        return number;
    }
}
