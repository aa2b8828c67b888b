package org.inclusio.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.inclusio.app.AppServices;
import org.inclusio.logic.store.StoreCounts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code inclusio info}: where the store is, its schema version and how many records it holds. */
@Command(name = "info", mixinStandardHelpOptions = true)
final class InfoCommand extends StoreCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        try (AppServices services = openStore()) {
            StoreCounts counts = services.storeInfo().counts();
            PrintWriter out = spec.commandLine().getOut();
            out.printf("Store:          %s%n", services.store().settings().directory());
            out.printf("Schema version: %s%n", services.store().schemaVersion());
            out.printf("Records:%n");
            out.printf("  %-22s %,10d%n", "Organisations", counts.organisations());
            out.printf("  %-22s %,10d%n", "Process teams", counts.processTeams());
            out.printf("  %-22s %,10d%n", "People", counts.people());
            out.printf("  %-22s %,10d%n", "Activities", counts.activities());
            out.printf("  %-22s %,10d%n", "Participations", counts.participations());
            out.printf("  %-22s %,10d%n", "Proposals", counts.proposals());
            out.printf("  %-22s %,10d%n", "Exclusion flags", counts.exclusionFlags());
            out.flush();
            return 0;
        }
    }
}
