package org.inclusio.app.cli;

import org.inclusio.app.AppServices;
import org.inclusio.logic.analysis.AnalysisFilter;
import org.inclusio.logic.analysis.representation.Breakdown;
import org.inclusio.logic.analysis.table.AnalysisTable;
import org.inclusio.logic.analysis.table.AnalysisTables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code inclusio analyse representation}: each group's share among participants against its reference share. */
@Command(name = "representation", mixinStandardHelpOptions = true)
final class AnalyseRepresentationCommand extends AnalysisSubcommand {

    /** The breakdowns as typed on the command line. */
    enum BreakdownOption {
        none(Breakdown.NONE),
        mode(Breakdown.MODE),
        level(Breakdown.LEVEL),
        year(Breakdown.YEAR),
        quarter(Breakdown.QUARTER);

        private final Breakdown breakdown;

        BreakdownOption(Breakdown breakdown) {
            this.breakdown = breakdown;
        }
    }

    @Option(names = "--breakdown", paramLabel = "BY", defaultValue = "none",
            descriptionKey = "cli.option.analyseRepresentation.breakdown")
    private BreakdownOption breakdown = BreakdownOption.none;

    @Option(names = "--influence", descriptionKey = "cli.option.analyseRepresentation.influence")
    private boolean influence;

    @Override
    String name() {
        return influence ? "influence" : "representation";
    }

    @Override
    AnalysisTable compute(AppServices services, AnalysisTables tables, AnalysisFilter filter) {
        return influence
                ? tables.influence(services.analysis().representation().influence(filter, breakdown.breakdown))
                : tables.representation(services.analysis().representation().representation(filter,
                        breakdown.breakdown));
    }
}
