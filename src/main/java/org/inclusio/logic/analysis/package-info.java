/**
 * "Seeing exclusion": the calculations behind the analysis screens, exports and command line.
 *
 * <p>Every analysis takes an {@link org.inclusio.logic.analysis.AnalysisFilter} and returns small
 * records; aggregation runs in the database as SQL through Ebean. This package holds what the
 * analyses share: the filter and the SQL scopes derived from it, what "lay", "attended" and "member"
 * mean ({@link org.inclusio.logic.analysis.AnalysisSql}), small-count
 * {@link org.inclusio.logic.analysis.Suppression}, and the Wilson score interval. The analyses
 * themselves live in the sub-packages {@code matrix} (mode x level), {@code rules} (exclusion
 * detection and flags), {@code representation} (equality of representation and influence) and
 * {@code funnel} (participation funnel).
 */
package org.inclusio.logic.analysis;
