/** Drill-down from analysis figures and findings to the records behind them. */
package org.inclusio.logic.analysis.drill;
