package org.inclusio.app.cli;

import java.util.concurrent.Callable;
import org.inclusio.app.AppServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code inclusio analyse matrix|flags|representation|funnel}: the analyses of the Analysis area as
 * text tables, CSV or JSON, with suppressed small counts shown as "&lt;5" (null in JSON).
 */
@Command(name = "analyse", mixinStandardHelpOptions = true,
        subcommands = {AnalyseMatrixCommand.class, AnalyseFlagsCommand.class,
            AnalyseRepresentationCommand.class, AnalyseFunnelCommand.class})
final class AnalyseCommand extends StoreCommand implements Callable<Integer> {

    static final int MISSING_ANALYSIS = 2;

    @Spec
    private CommandSpec spec;

    /** Without an analysis named, says which there are. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return MISSING_ANALYSIS;
    }

    /** Opens the store chosen on the command line for a subcommand; the caller closes it. */
    AppServices open() {
        return openStore();
    }
}
