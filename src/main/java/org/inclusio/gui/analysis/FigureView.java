package org.inclusio.gui.analysis;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.inclusio.logic.analysis.drill.ActivityRef;
import org.inclusio.logic.analysis.funnel.FunnelStage;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.inclusio.gui.help.HelpButton;
import org.inclusio.gui.util.Pickers;
import org.inclusio.logic.analysis.representation.Breakdown;
import org.inclusio.logic.analysis.table.Cell;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.gui.util.Fxml;

/**
 * A chart-and-table section (representation, influence or funnel): a bar chart of the figures above
 * a table with the same numbers, suppressed ones shown as "&lt;5"; a breakdown selector where it
 * applies; help buttons for the concepts; "Export CSV"; and, beside them, the activities behind the
 * selected table row (in the funnel, for a chosen stage), opened with a double click or Enter.
 */
public final class FigureView {

    private final FigureViewModel viewModel;
    private final TableExport export;
    private final ChartExport charts;
    private final HelpButton help;
    private final Localization l10n;
    private final Options options;
    private Parent root;
    private BarChart<Number, String> chart;
    private NumberAxis values;

    @FXML private HBox toolbar;
    @FXML private Label breakdownLabel;
    @FXML private ComboBox<Breakdown> breakdownChoice;
    @FXML private Label intro;
    @FXML private StackPane chartHost;
    @FXML private TableView<List<Cell>> table;
    @FXML private Label rowHeading;
    @FXML private HBox stageBox;
    @FXML private ComboBox<FunnelStage> stageChoice;
    @FXML private Label rowStatus;
    @FXML private ListView<ActivityRef> rowList;

    /**
     * How one section looks.
     *
     * @param introKey      message key of the one-line explanation
     * @param valueAxisKey  message key of the value axis label
     * @param fileKey       message key of the suggested export file name
     * @param withBreakdown whether the breakdown selector is shown
     * @param withStage     whether the drill-down offers a funnel stage to choose
     * @param helpTopics    concept help topics, each shown as a "?" button
     * @param reference     where a ratio is in proportion (1), drawn as a line with the intervals as
     *                      whiskers; NaN for a chart of counts
     */
    public record Options(String introKey, String valueAxisKey, String fileKey, boolean withBreakdown,
                          boolean withStage, List<String> helpTopics, double reference) {

        /** A chart of counts, without intervals or reference line. */
        public Options(String introKey, String valueAxisKey, String fileKey, boolean withBreakdown,
                       boolean withStage, List<String> helpTopics) {
            this(introKey, valueAxisKey, fileKey, withBreakdown, withStage, helpTopics, Double.NaN);
        }

        boolean estimates() {
            return !Double.isNaN(reference);
        }
    }

    public FigureView(FigureViewModel viewModel, TableExport export, ChartExport charts, HelpButton help,
                      Localization l10n, Options options) {
        this.viewModel = viewModel;
        this.export = export;
        this.charts = charts;
        this.help = help;
        this.l10n = l10n;
        this.options = options;
    }

    public Parent root() {
        if (root == null) {
            root = Fxml.load(FigureView.class, "Figure.fxml", this, l10n);
            viewModel.reload();
        }
        return root;
    }

    @FXML
    private void initialize() {
        intro.setText(l10n.text(options.introKey()));
        // the "?" buttons of the figure's terms follow the breakdown's choice
        int at = toolbar.getChildren().indexOf(breakdownChoice) + 1;
        for (String topic : options.helpTopics()) {
            toolbar.getChildren().add(at++, help.create(topic, l10n.termText(topic + ".label")));
        }
        Pickers.required(breakdownChoice, Arrays.asList(Breakdown.values()),
                b -> l10n.text("analysis.breakdown." + b.name()));
        breakdownChoice.valueProperty().bindBidirectional(viewModel.breakdownProperty());
        breakdownLabel.setVisible(options.withBreakdown());
        breakdownLabel.setManaged(options.withBreakdown());
        breakdownChoice.setVisible(options.withBreakdown());
        breakdownChoice.setManaged(options.withBreakdown());

        CategoryAxis categories = new CategoryAxis();
        NumberAxis values = new NumberAxis();
        values.setLabel(l10n.text(options.valueAxisKey()));
        // horizontal bars: the group names stay readable instead of being turned on their side
        this.values = values;
        chart = options.estimates() ? new EstimateChart(values, categories, options.reference())
                : new BarChart<>(values, categories);
        chart.setAnimated(false);
        chart.setCategoryGap(6);
        chart.setBarGap(0);
        // the legend below the chart: beside it, with long group names at a large text size, it left the bars no room
        chart.setLegendSide(javafx.geometry.Side.BOTTOM);
        chart.setAccessibleText(l10n.text(options.valueAxisKey()));
        Label note = new Label();
        note.getStyleClass().add("muted");
        note.setWrapText(true);
        note.setPadding(new javafx.geometry.Insets(4, 8, 0, 8));
        note.textProperty().bind(viewModel.chartNoteProperty());
        note.visibleProperty().bind(viewModel.chartNoteProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        javafx.scene.layout.VBox.setVgrow(chart, javafx.scene.layout.Priority.ALWAYS);
        chartHost.getChildren().add(new javafx.scene.layout.VBox(note, chart));

        table.setAccessibleText(l10n.text(options.introKey()));
        table.setPlaceholder(new Label(l10n.text("analysis.table.empty")));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        viewModel.tableProperty().addListener((o, old, shown) -> AnalysisTableBinder.show(table, shown, l10n));
        table.getSelectionModel().selectedIndexProperty().addListener((o, old, index) ->
                viewModel.showRecords(index.intValue()));
        stageBox.setVisible(options.withStage());
        stageBox.setManaged(options.withStage());
        Pickers.optional(stageChoice, Arrays.asList(FunnelStage.values()),
                stage -> l10n.text("analysis.funnel.stage." + stage.name()), l10n.text("analysis.drill.anyStage"));
        stageChoice.valueProperty().bindBidirectional(viewModel.stageProperty());
        rowHeading.textProperty().bind(viewModel.rowHeadingProperty());
        rowStatus.textProperty().bind(viewModel.rowStatusProperty());
        rowList.setItems(viewModel.rowActivities());
        rowList.setPlaceholder(new Label(""));
        rowList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ActivityRef item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.heldOn() + "   " + item.title());
            }
        });
        rowList.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                viewModel.open(rowList.getSelectionModel().getSelectedItem());
            }
        });
        rowList.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                viewModel.open(rowList.getSelectionModel().getSelectedItem());
                event.consume();
            }
        });
        viewModel.bars().addListener((javafx.collections.ListChangeListener<ChartBar>) change -> drawChart());
        intro.fontProperty().addListener((o, old, font) -> fitChartHeight());
        fitChartHeight();
    }

    /**
     * Gives the chart the height its groups' names need, each on a line of its own, at the text size in use: with
     * many groups (the funnel's, a split by group) the axis would otherwise leave every other name out. Where the
     * window is too low the figure scrolls up and down instead.
     */
    private void fitChartHeight() {
        double em = intro.getFont().getSize();
        long categories = viewModel.bars().stream().map(ChartBar::category).distinct().count();
        // the value axis with its numbers and its name, the chart's padding, and the legend below
        double around = 9 * em;
        chart.setMinHeight(Math.max(12 * em, categories * 2.1 * em + around));
    }

    private void drawChart() {
        Map<String, XYChart.Series<Number, String>> series = new LinkedHashMap<>();
        for (ChartBar bar : viewModel.bars()) {
            series.computeIfAbsent(bar.series(), name -> {
                XYChart.Series<Number, String> s = new XYChart.Series<>();
                s.setName(name);
                return s;
            }).getData().add(new XYChart.Data<>(bar.value(), bar.category(), bar));
        }
        if (options.estimates()) {
            fitRange();
        }
        chart.getData().setAll(series.values());
        fitChartHeight();
    }

    /**
     * A range from 0 that shows every bar, the reference line and the intervals, but not so wide that
     * one very uncertain interval squeezes every bar to the left: whiskers beyond it stay open.
     */
    private void fitRange() {
        double longest = viewModel.bars().stream().mapToDouble(ChartBar::value).max().orElse(0);
        double whiskers = viewModel.bars().stream().filter(ChartBar::hasInterval).mapToDouble(ChartBar::upper).max()
                .orElse(0);
        double upper = Math.max(options.reference() * 1.5, Math.min(whiskers, Math.max(longest * 1.5,
                options.reference() * 3)));
        upper = Math.max(upper, longest * 1.05);
        double tick = upper <= 2 ? 0.25 : upper <= 5 ? 0.5 : upper <= 10 ? 1 : Math.ceil(upper / 10);
        values.setAutoRanging(false);
        values.setLowerBound(0);
        values.setUpperBound(Math.ceil(upper / tick) * tick);
        values.setTickUnit(tick);
    }

    @FXML
    private void copyChart() {
        charts.copy(chart, List.copyOf(viewModel.bars()), l10n.text(options.valueAxisKey()), options.reference());
    }

    @FXML
    private void saveChartPng() {
        charts.savePng(chart, List.copyOf(viewModel.bars()), l10n.text(options.fileKey()));
    }

    @FXML
    private void saveChartSvg() {
        charts.saveSvg(List.copyOf(viewModel.bars()), l10n.text(options.valueAxisKey()), options.reference(),
                l10n.text(options.fileKey()));
    }

    @FXML
    private void exportCsv() {
        export.export(l10n.text(options.fileKey()), viewModel.tableProperty()::get);
    }
}
