package org.inclusio.gui.exchange;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import org.inclusio.gui.util.Fxml;
import org.inclusio.logic.exchange.ExchangeHistory;
import org.inclusio.logic.i18n.Localization;

/**
 * The Reports area's exchange history tab: one row per file sent or received. Binds
 * {@link ExchangeHistoryViewModel}; read again each time the tab is chosen.
 */
public final class ExchangeHistoryView {

    private final ExchangeHistoryViewModel viewModel;
    private final Localization l10n;
    private Node root;

    @FXML private Label thisStoreLabel;
    @FXML private Button refreshButton;
    @FXML private TableView<ExchangeHistory.Line> historyTable;

    public ExchangeHistoryView(ExchangeHistoryViewModel viewModel, Localization l10n) {
        this.viewModel = viewModel;
        this.l10n = l10n;
    }

    public Node root() {
        if (root == null) {
            root = Fxml.load(ExchangeHistoryView.class, "ExchangeHistory.fxml", this, l10n);
            root.getProperties().put(ExchangeHistoryViewModel.class, viewModel);
        }
        return root;
    }

    /** The screen as a tab of the Reports area; choosing the tab reads the history again. */
    public Tab tab() {
        Tab tab = new Tab(l10n.text("exchangeHistory.tab"), root());
        tab.setClosable(false);
        tab.setOnSelectionChanged(event -> {
            if (tab.isSelected()) {
                viewModel.load();
            }
        });
        return tab;
    }

    @FXML
    private void initialize() {
        thisStoreLabel.textProperty().bind(viewModel.thisStoreProperty());
        thisStoreLabel.accessibleTextProperty().bind(viewModel.thisStoreProperty());
        refreshButton.setOnAction(event -> viewModel.load());
        refreshButton.disableProperty().bind(viewModel.busyProperty());
        historyTable.setItems(viewModel.rows());
        historyTable.setPlaceholder(new Label(l10n.text("exchangeHistory.empty")));
        historyTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        historyTable.getColumns().setAll(List.of(
                column("exchangeHistory.column.when", ExchangeHistory.Line::when, 150),
                column("exchangeHistory.column.direction", ExchangeHistory.Line::direction, 140),
                column("exchangeHistory.column.otherStore", ExchangeHistory.Line::otherStore, 100),
                column("exchangeHistory.column.file", ExchangeHistory.Line::file, 90),
                wrapping(column("exchangeHistory.column.what", ExchangeHistory.Line::what, 220)),
                wrapping(column("exchangeHistory.column.records", ExchangeHistory.Line::records, 420))));
    }

    /** Long texts wrap inside their column: the row grows instead of cutting the text off. */
    private static TableColumn<ExchangeHistory.Line, String> wrapping(TableColumn<ExchangeHistory.Line, String> column) {
        column.setCellFactory(shown -> new TableCell<>() {
            private final Text text = new Text();

            {
                text.wrappingWidthProperty().bind(column.widthProperty().subtract(12));
                // the cell's text colour follows the theme and the selection
                text.fillProperty().bind(textFillProperty());
                text.fontProperty().bind(fontProperty());
                setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty || item == null ? "" : item);
                setGraphic(empty || item == null ? null : text);
                setAccessibleText(empty || item == null ? null : item);
            }
        });
        return column;
    }

    private TableColumn<ExchangeHistory.Line, String> column(String key, Function<ExchangeHistory.Line, String> value,
            double width) {
        TableColumn<ExchangeHistory.Line, String> column = new TableColumn<>(l10n.text(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
