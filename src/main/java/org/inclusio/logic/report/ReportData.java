package org.inclusio.logic.report;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.inclusio.logic.analysis.Suppression;
import org.inclusio.logic.analysis.flags.FlagRow;
import org.inclusio.logic.analysis.funnel.FunnelRow;
import org.inclusio.logic.analysis.matrix.ModeLevelMatrix;
import org.inclusio.logic.analysis.representation.InfluenceRow;
import org.inclusio.logic.analysis.representation.RepresentationRow;
import org.inclusio.model.ProposalOutcome;

/**
 * Everything a board report shows, as the analysis services returned it for the request (and, for the
 * summary's comparison, for the previous period of the same length). Parts of sections not asked for
 * are empty.
 *
 * @param request           what was asked for
 * @param suppression       the store's suppression policy, which every figure went through
 * @param dataSource        the name of the store the figures come from
 * @param programVersion    the program's name and version
 * @param made              when the report was made
 * @param matrix            the mode x level matrix of the period
 * @param previousMatrix    the same for the previous period
 * @param representation    representation per team and group, whole period
 * @param influence         influence per team and group, whole period
 * @param funnel            the funnel, all lay participants first
 * @param previousFunnel    the same for the previous period
 * @param flags             the stored exclusion flags in scope, automatic then manual
 * @param outcomeCounts     proposals per outcome
 * @param proposals         proposals per outcome, most recent first, at most {@link #PROPOSALS_PER_OUTCOME} each
 * @param organisations     the organisations in scope with their governance model
 */
record ReportData(ReportRequest request, Suppression suppression, String dataSource, String programVersion,
                  LocalDateTime made, ModeLevelMatrix matrix, ModeLevelMatrix previousMatrix,
                  List<RepresentationRow> representation, List<InfluenceRow> influence, List<FunnelRow> funnel,
                  List<FunnelRow> previousFunnel, List<FlagRow> flags, Map<ProposalOutcome, Long> outcomeCounts,
                  Map<ProposalOutcome, List<ProposalLine>> proposals,
                  List<ReportQueries.OrganisationLine> organisations) {

    /** The most proposals listed one by one for each outcome. */
    static final int PROPOSALS_PER_OUTCOME = 100;

    /** The most mitigated or resolved flags listed one by one. */
    static final int FLAGS_LISTED = 150;
}
