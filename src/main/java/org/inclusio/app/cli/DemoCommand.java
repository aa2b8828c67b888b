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

    @Option(names = "--seed", paramLabel = "N", descriptionKey = "cli.option.demo.seed")
    private long seed = ExampleRegionService.EXAMPLE_SEED;

    @Option(names = "--activities", paramLabel = "N", descriptionKey = "cli.option.demo.activities")
    private Integer activities;

    @Option(names = "--people", paramLabel = "N", descriptionKey = "cli.option.demo.people")
    private int people = 20_000;

    @Option(names = "--teams", paramLabel = "N", descriptionKey = "cli.option.demo.teams")
    private int teams = 50;

    @Option(names = "--per-activity", paramLabel = "N",
            descriptionKey = "cli.option.demo.perActivity")
    private int perActivity = 10;

    @Option(names = "--recovery-key-file", paramLabel = "FILE",
            descriptionKey = "cli.option.demo.recoveryKeyFile")
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
            org.inclusio.logic.i18n.Localization l10n = localization();
            out.println(l10n.text("cli.demo.loaded", services.store().displayName(), seconds));
            out.printf("  %-22s %,10d%n", l10n.text("cli.info.organisations"), summary.organisations());
            out.printf("  %-22s %,10d%n", l10n.text("cli.info.processTeams"), summary.processTeams());
            out.printf("  %-22s %,10d%n", l10n.text("cli.info.people"), summary.people());
            out.printf("  %-22s %,10d%n", l10n.text("cli.info.activities"), summary.activities());
            out.printf("  %-22s %,10d%n", l10n.text("cli.info.participations"), summary.participations());
            out.printf("  %-22s %,10d%n", l10n.text("cli.info.proposals"), summary.proposals());
            out.printf("  %-22s %,10d%n", l10n.text("cli.info.exclusionFlags"), summary.exclusionFlags());
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
