package org.inclusio.gui.exchange;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.inclusio.logic.common.Choice;
import org.inclusio.logic.exchange.Conflict;
import org.inclusio.logic.exchange.RecordKind;
import org.inclusio.logic.exchange.Resolution;
import org.inclusio.logic.exchange.CsvDialect;
import org.inclusio.logic.exchange.TableFormat;
import org.inclusio.logic.exchange.sheet.RowProblem;
import org.inclusio.logic.exchange.sheet.SheetKind;
import org.inclusio.logic.exchange.sheet.SheetRow;
import org.inclusio.logic.exchange.sheet.SheetTable;
import org.inclusio.logic.exchange.sheet.ValueOption;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.gui.util.Fxml;

/**
 * The Reports area's data in and out: an Import tab (interchange file with conflicts side by
 * side; spreadsheet wizard with preview, columns, values, problems) and an Export tab (registers
 * to CSV/XLSX, interchange file). Binds {@link ImportViewModel} and {@link ExportViewModel}.
 * The root node keeps its import model in its properties under {@code ImportViewModel.class}, so
 * tools such as the screenshot tour can open a file without the file chooser.
 */
public final class ExchangeView {

    private final ImportViewModel importer;
    private final ExportViewModel exporter;
    private final Localization l10n;
    private Node root;

    @FXML private Button chooseButton;
    @FXML private TextField fileField;
    @FXML private Label kindLabel;
    @FXML private ComboBox<SheetKind> kindBox;
    @FXML private Label summaryLabel;
    @FXML private TitledPane conflictsPane;
    @FXML private TableView<ConflictChoice> conflictTable;
    @FXML private TableView<Conflict.Difference> differenceTable;
    @FXML private TitledPane previewPane;
    @FXML private TableView<SheetRow> previewTable;
    @FXML private Label encodingLabel;
    @FXML private TitledPane columnsPane;
    @FXML private javafx.scene.layout.FlowPane columnGrid;
    @FXML private Button valuesButton;
    @FXML private TitledPane valuesPane;
    @FXML private TableView<ValueChoice> valueTable;
    @FXML private Button checkButton;
    @FXML private TitledPane problemsPane;
    @FXML private TableView<RowProblem> problemTable;
    @FXML private Button importButton;
    @FXML private ScrollPane importScroll;
    @FXML private HBox finishBox;
    @FXML private Label registerLabel;
    @FXML private ComboBox<RecordKind> registerBox;
    @FXML private Label formatLabel;
    @FXML private ComboBox<TableFormat> formatBox;
    @FXML private Label separatorLabel;
    @FXML private ComboBox<CsvDialect.Separator> separatorBox;
    @FXML private Button exportButton;
    @FXML private CheckBox identitiesBox;
    @FXML private Label scopeLabel;
    @FXML private ComboBox<ExportViewModel.Scope> scopeBox;
    @FXML private Label teamLabel;
    @FXML private ComboBox<Choice> teamBox;
    @FXML private Label fromLabel;
    @FXML private DatePicker fromPicker;
    @FXML private Label toLabel;
    @FXML private DatePicker toPicker;
    @FXML private Button interchangeButton;

    public ExchangeView(ImportViewModel importer, ExportViewModel exporter, Localization l10n) {
        this.importer = importer;
        this.exporter = exporter;
        this.l10n = l10n;
    }

    public Node root() {
        if (root == null) {
            root = Fxml.load(ExchangeView.class, "Exchange.fxml", this, l10n);
            root.getProperties().put(ImportViewModel.class, importer);
            exporter.load();
        }
        return root;
    }

    @FXML
    private void initialize() {
        bindImport();
        bindExport();
    }

    private void bindImport() {
        chooseButton.setOnAction(e -> importer.chooseFile());
        chooseButton.disableProperty().bind(importer.busyProperty());
        importer.fileProperty().addListener((o, old, now) -> fileField.setText(now == null ? "" : now.toString()));
        fileField.setOnAction(e -> importer.openTyped(fileField.getText()));
        fileField.disableProperty().bind(importer.busyProperty());
        kindLabel.setLabelFor(kindBox);
        kindBox.setItems(FXCollections.observableArrayList(SheetKind.values()));
        kindBox.setConverter(converter(kind -> l10n.text("exchangeScreen.kind." + kind.name())));
        kindBox.valueProperty().bindBidirectional(importer.kindProperty());
        summaryLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> importer.mergeNoteProperty().get().isEmpty() ? importer.summaryProperty().get()
                        : importer.summaryProperty().get() + " " + importer.mergeNoteProperty().get(),
                importer.summaryProperty(), importer.mergeNoteProperty()));

        conflictTable.setItems(importer.conflicts());
        conflictTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        conflictTable.setEditable(true);
        TableColumn<ConflictChoice, String> record = new TableColumn<>(l10n.text("exchangeScreen.conflicts.record"));
        record.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().conflict().kind().section() + " "
                + c.getValue().conflict().id()));
        TableColumn<ConflictChoice, Resolution> choice = new TableColumn<>(l10n.text("exchangeScreen.conflicts.choice"));
        choice.setCellValueFactory(c -> c.getValue().resolutionProperty());
        choice.setCellFactory(ComboBoxTableCell.forTableColumn(converter(r -> l10n.text("exchangeScreen.resolution."
                + r.name())), Resolution.values()));
        choice.setEditable(true);
        record.setPrefWidth(420);
        conflictTable.getColumns().setAll(java.util.List.of(record, choice));
        differenceTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        differenceTable.getColumns().setAll(java.util.List.of(
                column("exchangeScreen.conflicts.field", Conflict.Difference::field),
                column("exchangeScreen.conflicts.ours", Conflict.Difference::local),
                column("exchangeScreen.conflicts.theirs", Conflict.Difference::incoming)));
        conflictTable.getSelectionModel().selectedItemProperty().addListener((o, old, now) ->
                differenceTable.getItems().setAll(now == null ? java.util.List.of() : now.conflict().differences()));
        conflictsPane.visibleProperty().bind(importer.stepProperty().isEqualTo(ImportViewModel.Step.INTERCHANGE)
                .or(javafx.beans.binding.Bindings.isNotEmpty(importer.conflicts())));
        conflictsPane.managedProperty().bind(conflictsPane.visibleProperty());

        importer.previewProperty().addListener((o, old, now) -> showPreview(now));
        encodingLabel.textProperty().bind(importer.encodingProperty());
        encodingLabel.accessibleTextProperty().bind(importer.encodingProperty());
        encodingLabel.visibleProperty().bind(importer.encodingProperty().isNotEmpty());
        encodingLabel.managedProperty().bind(encodingLabel.visibleProperty());
        importer.columns().addListener((javafx.collections.ListChangeListener<ColumnChoice>) c -> showColumns());
        javafx.beans.binding.BooleanBinding sheet = importer.previewProperty().isNotNull()
                .and(importer.stepProperty().isNotEqualTo(ImportViewModel.Step.INTERCHANGE));
        for (TitledPane pane : java.util.List.of(previewPane, columnsPane)) {
            pane.visibleProperty().bind(sheet);
            pane.managedProperty().bind(sheet);
        }
        kindLabel.visibleProperty().bind(sheet);
        kindBox.visibleProperty().bind(sheet);
        kindLabel.managedProperty().bind(sheet);
        kindBox.managedProperty().bind(sheet);
        valuesButton.setOnAction(e -> importer.toValues());
        valuesButton.disableProperty().bind(importer.busyProperty());

        valueTable.setItems(importer.values());
        valueTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        TableColumn<ValueChoice, ValueOption> target = new TableColumn<>(l10n.text("exchangeScreen.values.target"));
        target.setCellValueFactory(c -> c.getValue().targetProperty());
        target.setCellFactory(col -> new ComboBoxTableCell<>() {
            @Override
            public void startEdit() {
                ValueChoice row = getTableRow() == null ? null : getTableRow().getItem();
                if (row != null) {
                    getItems().setAll(row.options());
                }
                super.startEdit();
            }
        });
        target.setEditable(true);
        valueTable.getColumns().setAll(java.util.List.of(
                column("exchangeScreen.values.field", (ValueChoice v) -> l10n.text(v.field().labelKey())),
                column("exchangeScreen.values.source", ValueChoice::source), target));
        valuesPane.visibleProperty().bind(sheet.and(importer.stepProperty().isNotEqualTo(ImportViewModel.Step.PREVIEW)));
        valuesPane.managedProperty().bind(valuesPane.visibleProperty());
        checkButton.setOnAction(e -> importer.check());
        checkButton.disableProperty().bind(importer.busyProperty());

        problemTable.setItems(importer.problems());
        problemTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<RowProblem, String> row = column("exchangeScreen.problems.row",
                p -> p.row() == 0 ? "" : Integer.toString(p.row()));
        row.setPrefWidth(60);
        TableColumn<RowProblem, String> columnName = column("exchangeScreen.problems.column", RowProblem::column);
        columnName.setPrefWidth(180);
        problemTable.getColumns().setAll(java.util.List.of(row, columnName,
                column("exchangeScreen.problems.problem", RowProblem::message)));
        problemsPane.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(importer.problems()));
        problemsPane.managedProperty().bind(problemsPane.visibleProperty());

        importButton.setOnAction(e -> {
            if (importer.stepProperty().get() == ImportViewModel.Step.INTERCHANGE) {
                importer.importInterchange();
            } else {
                importer.importSheet();
            }
        });
        importButton.visibleProperty().bind(importer.stepProperty().isNotEqualTo(ImportViewModel.Step.NONE));
        importer.stepProperty().addListener((o, old, now) -> Platform.runLater(() -> reveal(switch (now) {
            case NONE -> null;
            case PREVIEW -> columnsPane;
            case VALUES -> valuesPane;
            case INTERCHANGE, CHECKED, DONE -> finishBox;
        })));
        importButton.disableProperty().bind(importer.canImportProperty().not().or(importer.busyProperty()));
    }

    /** Scrolls the import tab so that the part of the step just reached is in view (its bottom, or its top when taller). */
    private void reveal(Node node) {
        if (node == null || importScroll.getContent() == null) {
            return;
        }
        importScroll.layout();
        Node content = importScroll.getContent();
        double viewport = importScroll.getViewportBounds().getHeight();
        double extra = content.getLayoutBounds().getHeight() - viewport;
        if (extra <= 0) {
            return;
        }
        Bounds bounds = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
        double offset = Math.max(0, Math.min(bounds.getMaxY() - viewport, bounds.getMinY()));
        importScroll.setVvalue(importScroll.getVmin() + Math.min(1, offset / extra)
                * (importScroll.getVmax() - importScroll.getVmin()));
    }

    private void showPreview(SheetTable table) {
        previewTable.getColumns().clear();
        previewTable.getItems().clear();
        if (table == null) {
            return;
        }
        for (int i = 0; i < table.headers().size(); i++) {
            int index = i;
            TableColumn<SheetRow, String> col = new TableColumn<>(table.headers().get(i));
            col.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().cell(index)));
            col.setPrefWidth(130);
            previewTable.getColumns().add(col);
        }
        previewTable.getItems().setAll(table.rows());
    }

    private void showColumns() {
        columnGrid.getChildren().clear();
        SheetTable table = importer.previewProperty().get();
        java.util.List<String> headers = new java.util.ArrayList<>();
        headers.add("");
        if (table != null) {
            headers.addAll(table.headers());
        }
        for (ColumnChoice choice : importer.columns()) {
            String suffix = choice.field().required() ? " *" : "";
            Label label = new Label(l10n.text(choice.field().labelKey()) + suffix);
            ComboBox<String> box = new ComboBox<>(FXCollections.observableArrayList(headers));
            box.setConverter(converter(h -> h.isEmpty() ? l10n.text("exchangeScreen.columns.none") : h));
            box.valueProperty().bindBidirectional(choice.columnProperty());
            box.setStyle("-fx-pref-width: 15.4em;");
            label.setLabelFor(box);
            label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            // each field's label stays beside its choice; the pairs wrap onto as many lines as the width needs
            javafx.scene.layout.HBox pair = new javafx.scene.layout.HBox(8, label, box);
            pair.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            columnGrid.getChildren().add(pair);
        }
    }

    private void bindExport() {
        registerLabel.setLabelFor(registerBox);
        registerBox.setItems(FXCollections.observableArrayList(exporter.registers()));
        registerBox.setConverter(converter(kind -> l10n.text("exchangeScreen.register." + kind.name())));
        registerBox.valueProperty().bindBidirectional(exporter.registerProperty());
        formatLabel.setLabelFor(formatBox);
        formatBox.setItems(FXCollections.observableArrayList(TableFormat.values()));
        formatBox.valueProperty().bindBidirectional(exporter.formatProperty());
        separatorLabel.setLabelFor(separatorBox);
        separatorBox.setItems(FXCollections.observableArrayList(CsvDialect.Separator.values()));
        separatorBox.setConverter(converter(exporter::separatorLabel));
        separatorBox.valueProperty().bindBidirectional(exporter.separatorProperty());
        separatorBox.disableProperty().bind(exporter.formatProperty().isNotEqualTo(TableFormat.CSV));
        separatorBox.setAccessibleText(l10n.text("exchangeScreen.export.separator").replace("_", ""));
        identitiesBox.setSelected(false);
        identitiesBox.setOnAction(e -> {
            exporter.requestIdentities(identitiesBox.isSelected());
            identitiesBox.setSelected(exporter.includeIdentitiesProperty().get());
        });
        exportButton.setOnAction(e -> exporter.exportRegister());
        exportButton.disableProperty().bind(exporter.busyProperty());
        scopeLabel.setLabelFor(scopeBox);
        scopeBox.setItems(FXCollections.observableArrayList(ExportViewModel.Scope.values()));
        scopeBox.setConverter(converter(scope -> l10n.text("exchangeScreen.scope." + scope.name())));
        scopeBox.valueProperty().bindBidirectional(exporter.scopeProperty());
        teamLabel.setLabelFor(teamBox);
        teamBox.setItems(exporter.teams());
        teamBox.valueProperty().bindBidirectional(exporter.teamProperty());
        teamBox.disableProperty().bind(exporter.scopeProperty().isNotEqualTo(ExportViewModel.Scope.TEAM));
        fromLabel.setLabelFor(fromPicker);
        fromPicker.valueProperty().bindBidirectional(exporter.fromProperty());
        toLabel.setLabelFor(toPicker);
        toPicker.valueProperty().bindBidirectional(exporter.toProperty());
        fromPicker.disableProperty().bind(exporter.scopeProperty().isNotEqualTo(ExportViewModel.Scope.PERIOD));
        toPicker.disableProperty().bind(fromPicker.disableProperty());
        interchangeButton.setOnAction(e -> exporter.exportInterchange());
        interchangeButton.disableProperty().bind(exporter.busyProperty());
    }

    private static <S> TableColumn<S, String> column(String key, java.util.function.Function<S, String> value,
                                                     Localization l10n) {
        TableColumn<S, String> column = new TableColumn<>(l10n.text(key));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }

    private <S> TableColumn<S, String> column(String key, java.util.function.Function<S, String> value) {
        return column(key, value, l10n);
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }
}
