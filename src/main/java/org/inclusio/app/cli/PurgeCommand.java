package org.inclusio.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.inclusio.app.AppServices;
import org.inclusio.logic.privacy.RetentionService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code inclusio purge [--dry-run]}: removes identities whose retention period has run out. */
@Command(name = "purge", mixinStandardHelpOptions = true)
final class PurgeCommand extends StoreCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--dry-run", descriptionKey = "cli.option.purge.dryRun")
    private boolean dryRun;

    @Option(names = "--yes", descriptionKey = "cli.option.erase.yes")
    private boolean yes;

    @Option(names = "--retention-years", paramLabel = "N",
            descriptionKey = "cli.option.purge.retentionYears")
    private Integer years;

    @Override
    public Integer call() {
        if (years != null && (years < RetentionService.MIN_YEARS || years > RetentionService.MAX_YEARS)) {
            throw new CommandFailure(localization().text("cli.purge.yearsRange", RetentionService.MIN_YEARS,
                    RetentionService.MAX_YEARS));
        }
        PrintWriter out = spec.commandLine().getOut();
        try (AppServices services = openStore()) {
            RetentionService retention = services.privacy().retention();
            if (years != null) {
                retention.setYears(years);
                out.println(localization().text("cli.purge.yearsSet", years));
            }
            RetentionService.Preview preview = retention.preview();
            out.println(localization().text("cli.purge.period", preview.years(), preview.cutoff().toString()));
            if (preview.codes().isEmpty()) {
                out.println(localization().text("cli.purge.nothingDue"));
                out.flush();
                return 0;
            }
            if (dryRun) {
                out.println(localization().text("cli.purge.wouldConcern", preview.codes().size()));
                preview.codes().forEach(code -> out.println("  " + code));
                out.flush();
                return 0;
            }
            if (!yes && !Confirmation.ask(localization().text("cli.purge.question", preview.codes().size()))) {
                out.println(localization().text("cli.purge.declined"));
                out.flush();
                return 1;
            }
            int purged = retention.purge();
            out.println(localization().text("cli.purge.done", purged));
            out.flush();
            return 0;
        }
    }
}
