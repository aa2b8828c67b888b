package org.inclusio.logic.report;

import java.util.Locale;
import org.inclusio.logic.analysis.Estimate;

/**
 * One line of an interval chart as inline SVG (a vector drawing in the PDF): a ratio as a dot, its 95%
 * interval as a whisker, and a vertical line at 1 (in proportion). A group with no member present is
 * drawn as a hollow red square at 0. Ratios beyond the scale end in an arrow at its edge. The drawing
 * holds no text: the figures stand beside it in the report's table.
 */
final class IntervalChart {

    static final int WIDTH = 180;
    static final int HEIGHT = 16;
    private static final int PAD = 6;

    private final double scaleMax;

    /** @param scaleMax the ratio at the right edge (at least 2) */
    IntervalChart(double scaleMax) {
        this.scaleMax = Math.max(2, scaleMax);
    }

    /** A scale wide enough for the largest upper bound given, rounded up to a whole number, at most 5. */
    static IntervalChart forUpperBounds(java.util.stream.DoubleStream uppers) {
        double largest = uppers.filter(Double::isFinite).max().orElse(2);
        return new IntervalChart(Math.min(5, Math.ceil(largest)));
    }

    double scaleMax() {
        return scaleMax;
    }

    /**
     * The drawing of one ratio.
     *
     * @param ratio    an available estimate, or any other (then only the axis and the line at 1)
     * @param noMember whether the group had no member present (drawn at 0, in red)
     * @param alt      the drawing in words, for screen readers
     */
    String line(Estimate ratio, boolean noMember, String alt) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
                .append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" class=\"chart\" alt=\"").append(Html.attribute(alt)).append("\">");
        double mid = HEIGHT / 2.0;
        // the axis, light, and the line at 1, dark and dashed
        svg.append(lineTag(x(0), mid, x(scaleMax), mid, "#bbbbbb", 0.8, null));
        svg.append(lineTag(x(1), 1, x(1), HEIGHT - 1, "#333333", 1, "3,2"));
        if (noMember) {
            svg.append("<rect x=\"").append(num(x(0) - 3.5)).append("\" y=\"").append(num(mid - 3.5))
                    .append("\" width=\"7\" height=\"7\" fill=\"none\" stroke=\"#b00020\" stroke-width=\"1.6\"/>");
        } else if (ratio.available()) {
            double low = Math.max(0, ratio.interval().lower());
            double high = ratio.interval().upper();
            boolean beyond = high > scaleMax;
            svg.append(lineTag(x(low), mid, x(Math.min(high, scaleMax)), mid, "#1f4e79", 1.4, null));
            svg.append(lineTag(x(low), mid - 4, x(low), mid + 4, "#1f4e79", 1.4, null));
            if (beyond) {
                double edge = x(scaleMax);
                svg.append("<path d=\"M").append(num(edge)).append(' ').append(num(mid)).append(" L")
                        .append(num(edge - 6)).append(' ').append(num(mid - 4)).append(" L").append(num(edge - 6))
                        .append(' ').append(num(mid + 4)).append(" Z\" fill=\"#1f4e79\"/>");
            } else {
                svg.append(lineTag(x(high), mid - 4, x(high), mid + 4, "#1f4e79", 1.4, null));
            }
            if (ratio.value() <= scaleMax) {
                svg.append("<circle cx=\"").append(num(x(ratio.value()))).append("\" cy=\"").append(num(mid))
                        .append("\" r=\"3.2\" fill=\"#1f4e79\"/>");
            }
        }
        return svg.append("</svg>").toString();
    }

    /** The axis under the chart's column: ticks at each whole ratio, no text. */
    String axis() {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"6\" viewBox=\"0 0 ")
                .append(WIDTH).append(" 6\" class=\"chart\" alt=\"\">");
        svg.append(lineTag(x(0), 0.5, x(scaleMax), 0.5, "#555555", 0.8, null));
        for (int tick = 0; tick <= (int) scaleMax; tick++) {
            svg.append(lineTag(x(tick), 0, x(tick), 6, "#555555", 0.8, null));
        }
        return svg.append("</svg>").toString();
    }

    /** Where a ratio lies across the drawing. */
    double x(double ratio) {
        return PAD + (WIDTH - 2.0 * PAD) * Math.min(Math.max(ratio, 0), scaleMax) / scaleMax;
    }

    private static String lineTag(double x1, double y1, double x2, double y2, String colour, double width,
                                  String dashes) {
        return "<line x1=\"" + num(x1) + "\" y1=\"" + num(y1) + "\" x2=\"" + num(x2) + "\" y2=\"" + num(y2)
                + "\" stroke=\"" + colour + "\" stroke-width=\"" + num(width) + "\""
                + (dashes == null ? "" : " stroke-dasharray=\"" + dashes + "\"") + "/>";
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
