package org.inclusio.gui.analysis;

/**
 * One bar of an analysis chart: which series it belongs to, its category on the axis and its
 * height. Suppressed or undefined figures get no bar.
 *
 * @param series   the series (legend entry)
 * @param category the category on the horizontal axis
 * @param value    the height
 */
public record ChartBar(String series, String category, double value) {
}
