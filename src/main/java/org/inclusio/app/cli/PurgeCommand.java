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

    @Option(names = "--dry-run", description = "Only list the codes of the people concerned; change nothing.")
    private boolean dryRun;

    @Option(names = "--yes", description = "Do not ask for confirmation.")
    private boolean yes;

    @Option(names = "--retention-years", paramLabel = "N",
            description = "Set the retention period to N years (" + RetentionService.MIN_YEARS + " to "
                    + RetentionService.MAX_YEARS + ") before anything else.")
    private Integer years;

    @Override
    public Integer call() {
        if (years != null && (years < RetentionService.MIN_YEARS || years > RetentionService.MAX_YEARS)) {
            throw new CommandFailure("--retention-years takes a number from " + RetentionService.MIN_YEARS + " to "
                    + RetentionService.MAX_YEARS + ".");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (AppServices services = openStore()) {
            RetentionService retention = services.privacy().retention();
            if (years != null) {
                retention.setYears(years);
                out.printf("The retention period is now %d years.%n", years);
            }
            RetentionService.Preview preview = retention.preview();
            out.printf("Retention period: %d years (last activity before %s).%n", preview.years(), preview.cutoff());
            if (preview.codes().isEmpty()) {
                out.println("No identity is due to be purged.");
                out.flush();
                return 0;
            }
            if (dryRun) {
                out.printf("%d people would lose their name and contact details:%n", preview.codes().size());
                preview.codes().forEach(code -> out.println("  " + code));
                out.flush();
                return 0;
            }
            if (!yes && !Confirmation.ask("Remove the name and contact details of " + preview.codes().size()
                    + " people for good?")) {
                out.println("Nothing was purged.");
                out.flush();
                return 1;
            }
            int purged = retention.purge();
            out.printf("Removed the name and contact details of %d people.%n", purged);
            out.flush();
            return 0;
        }
    }
}
