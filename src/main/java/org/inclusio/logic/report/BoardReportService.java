package org.inclusio.logic.report;

import io.ebean.Database;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.inclusio.logic.analysis.AnalysisFilter;
import org.inclusio.logic.analysis.flags.FlagRow;
import org.inclusio.logic.analysis.funnel.FunnelRow;
import org.inclusio.logic.analysis.matrix.ModeLevelMatrix;
import org.inclusio.logic.analysis.representation.Breakdown;
import org.inclusio.logic.analysis.representation.InfluenceRow;
import org.inclusio.logic.analysis.representation.RepresentationRow;
import org.inclusio.logic.analysis.service.AnalysisServices;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.task.CancelledException;
import org.inclusio.logic.task.TaskContext;
import org.inclusio.model.FlagOrigin;
import org.inclusio.model.ProposalOutcome;

/**
 * Makes the board report: asks the analysis services (the same ones, with the same suppression, as the
 * Analysis area and the {@code analyse} command) for the figures of the scope and period, writes them
 * into HTML and renders that as a tagged, accessible PDF. Reads only; the stored exclusion flags are
 * reported as they stand.
 */
public final class BoardReportService {

    private final AnalysisServices analysis;
    private final ReportQueries queries;
    private final Clock clock;
    private final String dataSource;
    private final String programVersion;

    /**
     * @param dataSource     the name of the store, shown on the title page
     * @param programVersion the program's name and version, shown on the title page
     */
    public BoardReportService(Database database, AnalysisServices analysis, Clock clock, String dataSource,
                              String programVersion) {
        this.analysis = analysis;
        this.queries = new ReportQueries(database);
        this.clock = clock;
        this.dataSource = dataSource;
        this.programVersion = programVersion;
    }

    /** The team (not deleted) with this id or name, as a report's scope. */
    public Optional<ReportScope> team(String idOrName) {
        return analysis.targets().team(idOrName).flatMap(queries::team);
    }

    /** The organisation (not deleted) with this id or name, as a report's scope. */
    public Optional<ReportScope> organisation(String idOrName) {
        return analysis.targets().organisation(idOrName).flatMap(queries::organisation);
    }

    /** The team with this id as a scope, if it still exists. */
    public Optional<ReportScope> team(UUID id) {
        return queries.team(id);
    }

    /** The organisation with this id as a scope, if it still exists. */
    public Optional<ReportScope> organisation(UUID id) {
        return queries.organisation(id);
    }

    /** The report's title, e.g. for a file name or a window. */
    public static String title(ReportRequest request) {
        return BoardReportHtml.title(request, new Localization(request.locale()));
    }

    /**
     * Writes the report as PDF. Progress goes in steps, one per part asked for and one for the layout;
     * cancelling stops it between steps (with {@link CancelledException}), leaving the stream incomplete.
     */
    public void write(ReportRequest request, OutputStream out, TaskContext task) throws IOException,
            CancelledException {
        String xhtml = html(request, task);
        task.checkCancelled();
        PdfOutput.render(xhtml, out);
        task.updateProgress(STEPS, STEPS);
    }

    private static final int STEPS = 8;

    /** The report as the XHTML the PDF is made from (the figures, the texts, the drawings). */
    public String html(ReportRequest request, TaskContext task) throws CancelledException {
        ReportData data = gather(request, task);
        task.checkCancelled();
        String xhtml = new BoardReportHtml(data, new Localization(request.locale())).render();
        task.updateProgress(STEPS - 1, STEPS);
        return xhtml;
    }

    private ReportData gather(ReportRequest request, TaskContext task) throws CancelledException {
        AnalysisFilter filter = filter(request.scope()).withPeriod(request.from(), request.to());
        AnalysisFilter previous = filter.withPeriod(request.previousFrom(), request.previousTo());
        boolean summary = request.wants(ReportSection.SUMMARY);
        int step = 0;
        task.updateProgress(step, STEPS);

        ModeLevelMatrix matrix = analysis.matrix().compute(filter);
        ModeLevelMatrix previousMatrix = summary ? analysis.matrix().compute(previous) : matrix;
        task.updateProgress(++step, STEPS);
        task.checkCancelled();

        List<RepresentationRow> representation = summary || request.wants(ReportSection.REPRESENTATION)
                ? analysis.representation().representation(filter, Breakdown.NONE) : List.of();
        task.updateProgress(++step, STEPS);
        task.checkCancelled();

        List<InfluenceRow> influence = request.wants(ReportSection.INFLUENCE)
                ? analysis.representation().influence(filter, Breakdown.NONE) : List.of();
        task.updateProgress(++step, STEPS);
        task.checkCancelled();

        List<FunnelRow> funnel = analysis.funnel().compute(filter);
        List<FunnelRow> previousFunnel = summary ? analysis.funnel().compute(previous) : funnel;
        task.updateProgress(++step, STEPS);
        task.checkCancelled();

        List<FlagRow> flags = summary || request.wants(ReportSection.FLAGS)
                ? flags(filter) : List.of();
        task.updateProgress(++step, STEPS);
        task.checkCancelled();

        Map<ProposalOutcome, Long> outcomes = queries.outcomeCounts(filter);
        Map<ProposalOutcome, List<ProposalLine>> proposals = new EnumMap<>(ProposalOutcome.class);
        if (request.wants(ReportSection.YOU_SAID_WE_DID)) {
            for (ProposalOutcome outcome : ProposalOutcome.values()) {
                if (!analysis.suppression().suppresses(outcomes.get(outcome)) && outcomes.get(outcome) > 0) {
                    proposals.put(outcome, queries.proposals(filter, outcome, ReportData.PROPOSALS_PER_OUTCOME));
                }
            }
        }
        List<ReportQueries.OrganisationLine> organisations = queries.organisations(request.scope());
        task.updateProgress(++step, STEPS);
        task.checkCancelled();

        return new ReportData(request, analysis.suppression(), dataSource, programVersion, LocalDateTime.now(clock),
                matrix, previousMatrix, representation, influence, funnel, previousFunnel, flags, outcomes, proposals,
                organisations);
    }

    private List<FlagRow> flags(AnalysisFilter filter) {
        List<FlagRow> automatic = analysis.flags().list(filter, FlagOrigin.AUTOMATIC);
        List<FlagRow> manual = analysis.flags().list(filter, FlagOrigin.MANUAL);
        return java.util.stream.Stream.concat(automatic.stream(), manual.stream()).toList();
    }

    /** The analysis filter of a scope, without a period. */
    static AnalysisFilter filter(ReportScope scope) {
        return switch (scope.kind()) {
            case REGION -> AnalysisFilter.all();
            case ORGANISATION -> AnalysisFilter.all().withOrganisation(scope.id());
            case TEAM -> AnalysisFilter.all().withTeam(scope.id());
        };
    }
}
