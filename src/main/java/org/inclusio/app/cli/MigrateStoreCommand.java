package org.inclusio.app.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.inclusio.app.AppServices;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.store.StoreMigration;
import org.inclusio.persistence.ServerAddress;
import org.inclusio.persistence.Store;
import org.inclusio.persistence.StoreCopy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code inclusio migrate-store --to SERVER}: copies the store on this computer (chosen with {@code --store})
 * into an empty store on a PostgreSQL server, in one transaction, and compares the rows of every table.
 */
@Command(name = "migrate-store", mixinStandardHelpOptions = true)
final class MigrateStoreCommand extends StoreCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--to", paramLabel = "SERVER", required = true, descriptionKey = "cli.migrateStore.to")
    private String to;

    @Override
    public Integer call() {
        Localization l10n = localization();
        requireEmbeddedStore("migrate-store");
        ServerAddress server;
        try {
            server = ServerAddress.parse(to).orElseThrow(() -> new IllegalArgumentException(
                    l10n.text("cli.migrateStore.notServer")));
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(l10n.text("cli.server.badAddress", to, e.getMessage()), ExitStatus.USAGE);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // the server's store is opened as it is, without the services that would start its audit trail: it must
        // be new, and the laptop's trail takes its place
        try (AppServices laptop = openStore(); Store target = openRawServerStore(server)) {
            StoreCopy.Result result;
            try {
                result = StoreMigration.toServer(laptop.store(), target, new ConsoleProgress(err), () -> false);
            } catch (StoreCopy.TargetNotEmptyException e) {
                throw new CommandFailure(l10n.text("cli.migrateStore.targetNotEmpty", server.displayName(), e.table()));
            } catch (IllegalStateException e) {
                java.util.logging.Logger.getLogger(MigrateStoreCommand.class.getName()).log(java.util.logging.Level.WARNING,
                        org.inclusio.logic.ErrorReport.forLog(e));
                throw new CommandFailure(l10n.text("cli.migrateStore.failed", server.displayName()));
            }
            out.println(l10n.text("cli.migrateStore.done", laptop.store().displayName(), server.displayName()));
            for (Map.Entry<String, Long> table : result.rowsByTable().entrySet()) {
                out.printf("  %-32s %,12d%n", table.getKey().toLowerCase(java.util.Locale.ROOT), table.getValue());
            }
            out.println(l10n.text("cli.migrateStore.verified", result.total()));
            out.flush();
            return 0;
        }
    }
}
