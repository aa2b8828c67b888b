package org.inclusio.app.cli;

import org.inclusio.app.AppServices;
import org.inclusio.logic.analysis.AnalysisFilter;
import org.inclusio.logic.analysis.rules.DetectionReport;
import org.inclusio.logic.analysis.table.AnalysisTable;
import org.inclusio.logic.analysis.table.AnalysisTables;
import org.inclusio.model.FlagOrigin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code inclusio analyse flags}: the automatic exclusion flags within the filter; with
 * {@code --detect}, runs the rules first and stores what they find.
 */
@Command(name = "flags", mixinStandardHelpOptions = true)
final class AnalyseFlagsCommand extends AnalysisSubcommand {

    @Option(names = "--detect", descriptionKey = "cli.option.analyseFlags.detect")
    private boolean detect;

    @Override
    String name() {
        return "flags";
    }

    @Override
    AnalysisTable compute(AppServices services, AnalysisTables tables, AnalysisFilter filter) {
        if (detect) {
            detect(services, filter);
        }
        return tables.flags(services.analysis().flags().list(filter, FlagOrigin.AUTOMATIC));
    }

    /** Runs the rules and says what changed; the findings are let go before the flags are read. */
    private void detect(AppServices services, AnalysisFilter filter) {
        DetectionReport report = services.analysis().detector().detect(filter);
        org.inclusio.logic.i18n.Localization l10n = StoreCommand.localization();
        err().println(l10n.text("cli.flags.checked", report.findings().size(), report.created(), report.reopened(),
                report.updated(), report.resolved(), report.unchanged()));
    }
}
