package org.inclusio.gui.settings;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.trash.TrashItem;
import org.inclusio.gui.util.Fxml;

/**
 * The trash tab: deleted records with kind, label and time of deletion; Restore, and Delete for
 * good (also with the Delete key). Binds {@link TrashViewModel}.
 */
public final class TrashView {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final TrashViewModel viewModel;
    private final Localization l10n;
    private Node root;

    @FXML private TableView<TrashItem> trashTable;
    @FXML private TableColumn<TrashItem, String> kindColumn;
    @FXML private TableColumn<TrashItem, String> labelColumn;
    @FXML private TableColumn<TrashItem, String> deletedColumn;
    @FXML private Button restoreButton;
    @FXML private Button purgeButton;

    public TrashView(TrashViewModel viewModel, Localization l10n) {
        this.viewModel = viewModel;
        this.l10n = l10n;
    }

    public TrashViewModel viewModel() {
        return viewModel;
    }

    public Node root() {
        if (root == null) {
            root = Fxml.load(TrashView.class, "Trash.fxml", this, l10n);
        }
        return root;
    }

    @FXML
    private void initialize() {
        trashTable.setItems(viewModel.items());
        trashTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label(l10n.text("settings.trash.empty"));
        empty.getStyleClass().add("muted");
        trashTable.setPlaceholder(empty);
        kindColumn.setCellValueFactory(cell -> text(viewModel.kindLabel(cell.getValue().kind())));
        labelColumn.setCellValueFactory(cell -> text(cell.getValue().label()));
        deletedColumn.setCellValueFactory(cell -> text(cell.getValue().deletedAt() == null ? ""
                : WHEN.format(cell.getValue().deletedAt())));
        trashTable.getSelectionModel().selectedItemProperty().addListener((o, old, now) ->
                viewModel.selectedProperty().set(now));
        viewModel.selectedProperty().addListener((o, old, now) -> {
            if (now == null) {
                trashTable.getSelectionModel().clearSelection();
            }
        });
        restoreButton.disableProperty().bind(viewModel.hasSelectionProperty().not());
        purgeButton.disableProperty().bind(viewModel.hasSelectionProperty().not());
        trashTable.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DELETE) {
                viewModel.purge();
                event.consume();
            }
        });
    }

    private static ObservableValue<String> text(String value) {
        return new ReadOnlyStringWrapper(value).getReadOnlyProperty();
    }

    @FXML
    private void refresh() {
        viewModel.load();
    }

    @FXML
    private void restore() {
        viewModel.restore();
    }

    @FXML
    private void purge() {
        viewModel.purge();
    }
}
