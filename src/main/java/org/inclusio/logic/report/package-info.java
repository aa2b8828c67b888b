/**
 * The board report: the analyses of a region, an organisation or a team over a period, written as a
 * tagged, accessible PDF (PDF/UA) from HTML, every figure taken from the analysis services with their
 * suppression.
 */
package org.inclusio.logic.report;
