package org.inclusio.app.cli;

import java.util.concurrent.Callable;
import org.inclusio.app.AppServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code inclusio audit list|verify|export}: the audit trail of the store: who created, changed,
 * deleted, exported, imported or revealed what, and when; and whether the trail is intact.
 */
@Command(name = "audit", mixinStandardHelpOptions = true,
        subcommands = {AuditListCommand.class, AuditVerifyCommand.class, AuditExportCommand.class})
final class AuditCommand extends StoreCommand implements Callable<Integer> {

    static final int MISSING_SUBCOMMAND = 2;

    @Spec
    private CommandSpec spec;

    /** Without a subcommand, says which there are. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return MISSING_SUBCOMMAND;
    }

    /** Opens the store chosen on the command line for a subcommand; the caller closes it. */
    AppServices open() {
        return openStore();
    }
}
