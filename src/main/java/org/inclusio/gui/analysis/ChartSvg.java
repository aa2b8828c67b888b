package org.inclusio.gui.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Draws an Analysis chart as SVG from the same bars the screen shows: horizontal bars per category and
 * series, each interval as a whisker, the reference line (where a ratio is in proportion) dashed, the value
 * axis with its label, and a legend when there is more than one series. Vector graphics print sharp at any
 * size. Text is escaped; no FX classes are needed.
 */
final class ChartSvg {

    /** The default colours of the screen's series, in order. */
    private static final String[] COLOURS = {"#f3622d", "#fba71b", "#57b757", "#41a9c9", "#4258c9", "#9a42c8",
        "#c84164", "#888888"};
    private static final int WIDTH = 900;
    private static final int BAR = 16;
    private static final int GAP = 10;
    private static final int TOP = 20;

    private ChartSvg() {
    }

    /**
     * The chart as an SVG document.
     *
     * @param bars      the bars, in the order shown
     * @param axisLabel the value axis's label
     * @param reference where the dashed reference line goes, or NaN for none
     * @param locale    how the numbers are written
     */
    static String render(List<ChartBar> bars, String axisLabel, double reference, Locale locale) {
        Map<String, List<ChartBar>> byCategory = new LinkedHashMap<>();
        List<String> series = new ArrayList<>();
        for (ChartBar bar : bars) {
            byCategory.computeIfAbsent(bar.category(), key -> new ArrayList<>()).add(bar);
            if (!series.contains(bar.series())) {
                series.add(bar.series());
            }
        }
        double max = Double.isNaN(reference) ? 0 : reference;
        for (ChartBar bar : bars) {
            max = Math.max(max, bar.hasInterval() ? Math.max(bar.value(), bar.upper()) : bar.value());
        }
        double step = niceStep(max <= 0 ? 1 : max);
        double axisMax = Math.max(step, Math.ceil((max <= 0 ? 1 : max) / step) * step);
        int longest = byCategory.keySet().stream().mapToInt(String::length).max().orElse(0);
        int left = Math.min(320, 16 + longest * 7);
        int plotWidth = WIDTH - left - 30;
        int perCategory = Math.max(1, series.size()) * BAR + GAP;
        int plotHeight = Math.max(perCategory, byCategory.size() * perCategory);
        int legendRows = series.size() > 1 ? series.size() : 0;
        int height = TOP + plotHeight + 50 + legendRows * 18 + 10;

        StringBuilder svg = new StringBuilder(4096 + bars.size() * 300);
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" font-family=\"Liberation Sans, Arial, Helvetica, sans-serif\" font-size=\"12\">\n")
                .append("<title>").append(escape(axisLabel)).append("</title>\n")
                .append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        // grid and value axis
        for (double tick = 0; tick <= axisMax + step / 1000; tick += step) {
            double x = left + plotWidth * tick / axisMax;
            svg.append("<line x1=\"").append(n(x)).append("\" y1=\"").append(TOP).append("\" x2=\"").append(n(x))
                    .append("\" y2=\"").append(TOP + plotHeight).append("\" stroke=\"#dddddd\"/>\n");
            svg.append("<text x=\"").append(n(x)).append("\" y=\"").append(TOP + plotHeight + 16)
                    .append("\" text-anchor=\"middle\">").append(escape(number(tick, step, locale))).append("</text>\n");
        }
        svg.append("<line x1=\"").append(left).append("\" y1=\"").append(TOP + plotHeight).append("\" x2=\"")
                .append(left + plotWidth).append("\" y2=\"").append(TOP + plotHeight).append("\" stroke=\"#333333\"/>\n");
        svg.append("<text x=\"").append(n(left + plotWidth / 2.0)).append("\" y=\"").append(TOP + plotHeight + 36)
                .append("\" text-anchor=\"middle\">").append(escape(axisLabel)).append("</text>\n");
        // bars, category by category
        int y = TOP;
        for (Map.Entry<String, List<ChartBar>> category : byCategory.entrySet()) {
            svg.append("<text x=\"").append(left - 6).append("\" y=\"").append(n(y + perCategory / 2.0 + 4))
                    .append("\" text-anchor=\"end\">").append(escape(category.getKey())).append("</text>\n");
            int row = y + GAP / 2;
            for (ChartBar bar : category.getValue()) {
                int index = series.indexOf(bar.series());
                double barY = row + index * BAR;
                double width = plotWidth * Math.max(0, bar.value()) / axisMax;
                svg.append("<rect x=\"").append(left).append("\" y=\"").append(n(barY)).append("\" width=\"")
                        .append(n(width)).append("\" height=\"").append(BAR - 2).append("\" fill=\"")
                        .append(COLOURS[index % COLOURS.length]).append("\"><title>")
                        .append(escape(bar.series() + ", " + bar.category() + ": " + number(bar.value(), bar.value() == Math.rint(bar.value()) ? 1 : 0.01, locale)))
                        .append("</title></rect>\n");
                if (bar.hasInterval()) {
                    double low = left + plotWidth * Math.max(0, bar.lower()) / axisMax;
                    double high = left + plotWidth * Math.min(axisMax, bar.upper()) / axisMax;
                    double middle = barY + (BAR - 2) / 2.0;
                    svg.append("<path d=\"M").append(n(low)).append(' ').append(n(middle)).append(" H")
                            .append(n(high)).append(" M").append(n(low)).append(' ').append(n(middle - 4))
                            .append(" V").append(n(middle + 4)).append(" M").append(n(high)).append(' ')
                            .append(n(middle - 4)).append(" V").append(n(middle + 4))
                            .append("\" stroke=\"#222222\" stroke-width=\"1.2\" fill=\"none\"/>\n");
                }
            }
            y += perCategory;
        }
        if (!Double.isNaN(reference)) {
            double x = left + plotWidth * reference / axisMax;
            svg.append("<line x1=\"").append(n(x)).append("\" y1=\"").append(TOP).append("\" x2=\"").append(n(x))
                    .append("\" y2=\"").append(TOP + plotHeight).append("\" stroke=\"#b00020\" stroke-width=\"1.5\"")
                    .append(" stroke-dasharray=\"6 4\"/>\n");
        }
        // legend
        int legendY = TOP + plotHeight + 52;
        for (int i = 0; i < legendRows; i++) {
            svg.append("<rect x=\"").append(left).append("\" y=\"").append(legendY + i * 18).append("\" width=\"12\"")
                    .append(" height=\"12\" fill=\"").append(COLOURS[i % COLOURS.length]).append("\"/>")
                    .append("<text x=\"").append(left + 18).append("\" y=\"").append(legendY + i * 18 + 10).append("\">")
                    .append(escape(series.get(i))).append("</text>\n");
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    /** A step of 1, 2 or 5 times a power of ten giving about five ticks. */
    static double niceStep(double max) {
        double raw = max / 5;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double fraction = raw / power;
        return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * power;
    }

    private static String number(double value, double step, Locale locale) {
        int decimals = step >= 1 ? 0 : (int) Math.min(4, Math.ceil(-Math.log10(step)));
        return String.format(locale, "%." + decimals + "f", value);
    }

    private static String n(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** Text for SVG: markup escaped, characters XML does not allow dropped. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text == null ? 0 : text.length());
        if (text == null) {
            return "";
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (!Character.isSurrogate(c) && (c == '\t' || c == '\n' || c >= 0x20 && c <= 0xFFFD)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
