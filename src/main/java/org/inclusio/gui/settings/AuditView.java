package org.inclusio.gui.settings;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.util.StringConverter;
import org.inclusio.gui.util.Fxml;
import org.inclusio.logic.audit.AuditAction;
import org.inclusio.logic.audit.AuditRecord;
import org.inclusio.logic.i18n.Localization;

/**
 * The audit trail tab: filters for period and action, the entries (when, who, action, record,
 * fields), Verify with its outcome in plain words, and Export. Binds {@link AuditViewModel}.
 */
public final class AuditView {

    private final AuditViewModel viewModel;
    private final Localization l10n;
    private Node root;

    @FXML private Label fromLabel;
    @FXML private DatePicker fromPicker;
    @FXML private Label toLabel;
    @FXML private DatePicker toPicker;
    @FXML private Label actionLabel;
    @FXML private ComboBox<AuditAction> actionChoice;
    @FXML private TableView<AuditRecord> auditTable;
    @FXML private TableColumn<AuditRecord, String> whenColumn;
    @FXML private TableColumn<AuditRecord, String> whoColumn;
    @FXML private TableColumn<AuditRecord, String> actionColumn;
    @FXML private TableColumn<AuditRecord, String> kindColumn;
    @FXML private TableColumn<AuditRecord, String> fieldsColumn;
    @FXML private Label summaryLabel;
    @FXML private Button verifyButton;
    @FXML private Label verificationLabel;
    @FXML private Button exportButton;

    public AuditView(AuditViewModel viewModel, Localization l10n) {
        this.viewModel = viewModel;
        this.l10n = l10n;
    }

    public AuditViewModel viewModel() {
        return viewModel;
    }

    public Node root() {
        if (root == null) {
            root = Fxml.load(AuditView.class, "Audit.fxml", this, l10n);
        }
        return root;
    }

    @FXML
    private void initialize() {
        fromLabel.setLabelFor(fromPicker);
        toLabel.setLabelFor(toPicker);
        actionLabel.setLabelFor(actionChoice);
        fromPicker.valueProperty().bindBidirectional(viewModel.fromProperty());
        toPicker.valueProperty().bindBidirectional(viewModel.toProperty());
        actionChoice.setItems(viewModel.actions());
        StringConverter<AuditAction> names = new StringConverter<>() {
            @Override
            public String toString(AuditAction action) {
                return viewModel.actionLabel(action);
            }

            @Override
            public AuditAction fromString(String text) {
                return null;
            }
        };
        actionChoice.setConverter(names);
        actionChoice.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(AuditAction item, boolean empty) {
                super.updateItem(item, empty);
                setText(viewModel.actionLabel(item));
            }
        });
        actionChoice.valueProperty().bindBidirectional(viewModel.actionProperty());

        auditTable.setItems(viewModel.entries());
        auditTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label(l10n.text("settings.audit.empty"));
        empty.getStyleClass().add("muted");
        auditTable.setPlaceholder(empty);
        whenColumn.setCellValueFactory(cell -> text(viewModel.when(cell.getValue())));
        whoColumn.setCellValueFactory(cell -> text(viewModel.who(cell.getValue())));
        actionColumn.setCellValueFactory(cell -> text(viewModel.actionLabel(cell.getValue())));
        kindColumn.setCellValueFactory(cell -> text(viewModel.kindLabel(cell.getValue())));
        fieldsColumn.setCellValueFactory(cell -> text(viewModel.what(cell.getValue())));

        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        verificationLabel.textProperty().bind(viewModel.verificationProperty());
        viewModel.intactProperty().addListener((o, old, now) -> {
            verificationLabel.getStyleClass().removeAll("audit-intact", "audit-broken");
            if (now != null) {
                verificationLabel.getStyleClass().add(now ? "audit-intact" : "audit-broken");
            }
        });
        verifyButton.disableProperty().bind(viewModel.busyProperty());
        exportButton.disableProperty().bind(viewModel.busyProperty());
    }

    private static ObservableValue<String> text(String value) {
        return new ReadOnlyStringWrapper(value).getReadOnlyProperty();
    }

    @FXML
    private void show() {
        viewModel.load();
    }

    @FXML
    private void verify() {
        viewModel.verify();
    }

    @FXML
    private void export() {
        viewModel.export();
    }
}
