package org.inclusio.app.cli;

import org.inclusio.app.AppServices;
import org.inclusio.logic.analysis.AnalysisFilter;
import org.inclusio.logic.analysis.table.AnalysisTable;
import org.inclusio.logic.analysis.table.AnalysisTables;
import picocli.CommandLine.Command;

/** {@code inclusio analyse matrix}: activities, participants, person-hours and groups per mode and level. */
@Command(name = "matrix", mixinStandardHelpOptions = true,
        description = "The mode x level matrix: twelve cells with activities, participants, person-hours and "
                + "groups present. Cells with no activities are gaps in coproduction.")
final class AnalyseMatrixCommand extends AnalysisSubcommand {

    @Override
    String name() {
        return "matrix";
    }

    @Override
    AnalysisTable compute(AppServices services, AnalysisTables tables, AnalysisFilter filter) {
        return tables.matrix(services.analysis().matrix().compute(filter));
    }
}
