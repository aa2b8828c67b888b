package org.inclusio.app.cli;

import org.inclusio.app.AppServices;
import org.inclusio.logic.analysis.AnalysisFilter;
import org.inclusio.logic.analysis.table.AnalysisTable;
import org.inclusio.logic.analysis.table.AnalysisTables;
import picocli.CommandLine.Command;

/** {@code inclusio analyse funnel}: invited, attended, spoke, proposed and adopted per group. */
@Command(name = "funnel", mixinStandardHelpOptions = true,
        description = "The participation funnel: distinct lay people invited, attending, speaking, proposing "
                + "and having a proposal adopted, for all lay participants and per group.")
final class AnalyseFunnelCommand extends AnalysisSubcommand {

    @Override
    String name() {
        return "funnel";
    }

    @Override
    AnalysisTable compute(AppServices services, AnalysisTables tables, AnalysisFilter filter) {
        return tables.funnel(services.analysis().funnel().compute(filter));
    }
}
