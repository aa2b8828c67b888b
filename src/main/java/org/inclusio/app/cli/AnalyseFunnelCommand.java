package org.inclusio.app.cli;

import org.inclusio.app.AppServices;
import org.inclusio.logic.analysis.AnalysisFilter;
import org.inclusio.logic.analysis.table.AnalysisTable;
import org.inclusio.logic.analysis.table.AnalysisTables;
import picocli.CommandLine.Command;

/** {@code inclusio analyse funnel}: invited, attended, spoke, proposed and adopted per group. */
@Command(name = "funnel", mixinStandardHelpOptions = true)
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
