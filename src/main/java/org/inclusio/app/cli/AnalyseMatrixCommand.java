package org.inclusio.app.cli;

import org.inclusio.app.AppServices;
import org.inclusio.logic.analysis.AnalysisFilter;
import org.inclusio.logic.analysis.table.AnalysisTable;
import org.inclusio.logic.analysis.table.AnalysisTables;
import picocli.CommandLine.Command;

/**
 * {@code inclusio analyse matrix}: activities, participants, person-hours, groups and anonymous participants
 * per mode and level.
 */
@Command(name = "matrix", mixinStandardHelpOptions = true)
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
