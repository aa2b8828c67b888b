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
            org.inclusio.logic.i18n.Localization l10n = localization();
            out.printf("%-16s%s%n", l10n.text("cli.info.store"), services.store().displayName());
            out.printf("%-16s%s%n", l10n.text("cli.info.schemaVersion"), services.store().schemaVersion());
            out.printf("%s%n", l10n.text("cli.info.records"));
            out.printf("  %-22s %,10d%n", l10n.text("cli.info.organisations"), counts.organisations());
            out.printf("  %-22s %,10d%n", l10n.text("cli.info.processTeams"), counts.processTeams());
            out.printf("  %-22s %,10d%n", l10n.text("cli.info.people"), counts.people());
            out.printf("  %-22s %,10d%n", l10n.text("cli.info.activities"), counts.activities());
            out.printf("  %-22s %,10d%n", l10n.text("cli.info.participations"), counts.participations());
            out.printf("  %-22s %,10d%n", l10n.text("cli.info.proposals"), counts.proposals());
            out.printf("  %-22s %,10d%n", l10n.text("cli.info.exclusionFlags"), counts.exclusionFlags());
            out.flush();
            return 0;
        }
    }
}
