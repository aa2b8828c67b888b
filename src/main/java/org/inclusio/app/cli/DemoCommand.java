package org.inclusio.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.inclusio.app.AppServices;
import org.inclusio.logic.demo.DemoScale;
import org.inclusio.logic.demo.DemoSummary;
import org.inclusio.logic.demo.ExampleRegionService;
import org.inclusio.logic.demo.ExampleRegionService.ExampleRegionRefused;
import org.inclusio.logic.task.BackgroundTask;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code inclusio demo}: loads the example region (or synthetic data of a chosen size) into an
 * empty store, in one transaction.
 */
@Command(name = "demo", mixinStandardHelpOptions = true)
final class DemoCommand extends StoreCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--seed", paramLabel = "N", description = "Another variant of the invented data. Default: ${DEFAULT-VALUE}.")
    private long seed = ExampleRegionService.EXAMPLE_SEED;

    @Option(names = "--activities", paramLabel = "N", description = "Generate this many activities instead of the example region.")
    private Integer activities;

    @Option(names = "--people", paramLabel = "N", description = "With --activities: how many people (default 20000).")
    private int people = 20_000;

    @Option(names = "--teams", paramLabel = "N", description = "With --activities: how many process teams (default 50).")
    private int teams = 50;

    @Option(names = "--per-activity", paramLabel = "N",
            description = "With --activities: average participations per activity (default 10).")
    private int perActivity = 10;

    @Option(names = "--recovery-key-file", paramLabel = "FILE",
            description = "When a new store is created: write its recovery key to FILE (readable by you only) "
                    + "instead of showing it.")
    private java.nio.file.Path recoveryKeyFile;

    @Override
    public Integer call() throws Exception {
        DemoScale scale = activities == null ? DemoScale.EXAMPLE : scale();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (AppServices services = openOrCreateStore(recoveryKeyFile, out)) {
            BackgroundTask<Void> task = BackgroundTask.progressChannel("demo");
            task.setProgressListener(new ConsoleProgress(err));
            long started = System.nanoTime();
            DemoSummary summary = services.exampleRegion().load(scale, seed, task);
            services.store().checkpoint();
            double seconds = (System.nanoTime() - started) / 1e9;
            out.printf("Loaded into %s in %.1f s:%n", services.store().displayName(), seconds);
            out.printf("  %-22s %,10d%n", "Organisations", summary.organisations());
            out.printf("  %-22s %,10d%n", "Process teams", summary.processTeams());
            out.printf("  %-22s %,10d%n", "People", summary.people());
            out.printf("  %-22s %,10d%n", "Activities", summary.activities());
            out.printf("  %-22s %,10d%n", "Participations", summary.participations());
            out.printf("  %-22s %,10d%n", "Proposals", summary.proposals());
            out.printf("  %-22s %,10d%n", "Exclusion flags", summary.exclusionFlags());
            out.flush();
            return 0;
        } catch (ExampleRegionRefused e) {
            throw new CommandFailure(e.getMessage());
        }
    }

    private DemoScale scale() {
        try {
            return DemoScale.of(activities, people, teams, perActivity);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(e.getMessage());
        }
    }
}
