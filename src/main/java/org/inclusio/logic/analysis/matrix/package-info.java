/** The mode x level matrix of coproduction and its drill-down to activities. */
package org.inclusio.logic.analysis.matrix;
