/**
 * Analysis results as tables of shown values (suppressed counts as the marker), written as text,
 * CSV (RFC 4180) or JSON, so every screen and export shows the same figures.
 */
package org.inclusio.logic.analysis.table;
