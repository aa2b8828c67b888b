package org.inclusio.gui.analysis;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;

/**
 * A horizontal bar chart of estimates that shows what the figures mean: each bar's 95% interval as
 * whiskers, an optional reference line (at 1 for a ratio: in proportion), and a bar of length 0 (a
 * group with no member present) as a visible mark at 0 instead of nothing. Each data item carries its
 * {@link ChartBar} as extra value.
 */
final class EstimateChart extends BarChart<Number, String> {

    private static final double THICKEST = 22;
    private static final double MIN_GAP = 6;

    private final NumberAxis values;
    private final double reference;
    private final List<Node> marks = new ArrayList<>();
    private final Line referenceLine = new Line();

    /** @param reference where the reference line is drawn, or NaN for none */
    EstimateChart(NumberAxis values, CategoryAxis categories, double reference) {
        super(values, categories);
        this.values = values;
        this.reference = reference;
        referenceLine.getStyleClass().add("chart-reference-line");
        referenceLine.setManaged(false);
        referenceLine.setMouseTransparent(true);
    }

    @Override
    protected void layoutPlotChildren() {
        keepBarsThin();
        super.layoutPlotChildren();
        getPlotChildren().removeAll(marks);
        marks.clear();
        double thickness = 0;
        for (XYChart.Series<Number, String> series : getData()) {
            for (XYChart.Data<Number, String> item : series.getData()) {
                Node bar = item.getNode();
                if (bar == null || !(item.getExtraValue() instanceof ChartBar figure)) {
                    continue;
                }
                double top = bar.getBoundsInParent().getMinY();
                double height = bar.getBoundsInParent().getHeight();
                double middle = top + height / 2;
                thickness = Math.max(thickness, height);
                if (figure.hasInterval()) {
                    marks.addAll(whiskers(values.getDisplayPosition(figure.lower()),
                            values.getDisplayPosition(Math.min(figure.upper(), values.getUpperBound())), middle,
                            Math.max(3, Math.min(height / 2 - 1, 6)), figure.upper() > values.getUpperBound()));
                }
                if (figure.value() == 0) {
                    double size = Math.max(5, Math.min(height / 2 + 1, 8));
                    marks.add(zeroMark(values.getDisplayPosition(0) + size, middle, size, series));
                }
            }
        }
        if (!Double.isNaN(reference) && reference >= values.getLowerBound() && reference <= values.getUpperBound()) {
            double x = values.getDisplayPosition(reference);
            referenceLine.setStartX(x);
            referenceLine.setEndX(x);
            referenceLine.setStartY(0);
            referenceLine.setEndY(getYAxis().getHeight());
            marks.add(referenceLine);
        }
        getPlotChildren().addAll(marks);
    }

    /**
     * Bars at most {@value #THICKEST} pixels thick, so that one group or one team does not fill the
     * chart with a block of colour: the space of a category that the bars do not need becomes gap.
     */
    private void keepBarsThin() {
        int categories = getYAxis() instanceof CategoryAxis axis ? axis.getCategories().size() : 0;
        int series = getData() == null ? 0 : getData().size();
        if (categories == 0 || series == 0 || getYAxis().getHeight() <= 0) {
            return;
        }
        double space = getYAxis().getHeight() / categories;
        double gap = Math.max(MIN_GAP, space - THICKEST * series - getBarGap() * (series - 1));
        if (Math.abs(gap - getCategoryGap()) > 0.5) {
            setCategoryGap(gap);
        }
    }

    private static Node zeroMark(double x, double y, double size, XYChart.Series<Number, String> series) {
        Polygon diamond = new Polygon(x, y - size, x + size, y, x, y + size, x - size, y);
        diamond.getStyleClass().addAll("chart-zero-mark", "default-color" + seriesIndexOf(series));
        diamond.setManaged(false);
        diamond.setMouseTransparent(true);
        return diamond;
    }

    private static int seriesIndexOf(XYChart.Series<Number, String> series) {
        return series.getChart() == null ? 0 : series.getChart().getData().indexOf(series) % 8;
    }

    private static List<Node> whiskers(double from, double to, double y, double cap, boolean openEnded) {
        List<Node> lines = new ArrayList<>();
        lines.add(line(from, y, to, y));
        lines.add(line(from, y - cap, from, y + cap));
        if (!openEnded) {
            lines.add(line(to, y - cap, to, y + cap));
        }
        return lines;
    }

    private static Line line(double x1, double y1, double x2, double y2) {
        Line line = new Line(x1, y1, x2, y2);
        line.getStyleClass().add("chart-whisker");
        line.setManaged(false);
        line.setMouseTransparent(true);
        return line;
    }
}
