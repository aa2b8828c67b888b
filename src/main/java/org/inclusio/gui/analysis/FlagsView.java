package org.inclusio.gui.analysis;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.inclusio.logic.analysis.drill.EvidenceRecord;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import org.inclusio.gui.help.HelpButton;
import org.inclusio.logic.analysis.flags.FlagRow;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.gui.util.Fxml;

/**
 * The "Exclusion flags" section: "Check now", the automatic flags with why each was raised,
 * Acknowledge and Dismiss (with a reason), and the manual flags, read only.
 */
public final class FlagsView {

    private final FlagsViewModel viewModel;
    private final TableExport export;
    private final HelpButton help;
    private final Localization l10n;
    private Parent root;

    @FXML private HBox toolbar;
    @FXML private Button checkButton;
    @FXML private Label summary;
    @FXML private TableView<FlagRow> automaticTable;
    @FXML private TableColumn<FlagRow, String> ruleColumn;
    @FXML private TableColumn<FlagRow, String> kindColumn;
    @FXML private TableColumn<FlagRow, String> whereColumn;
    @FXML private TableColumn<FlagRow, String> groupColumn;
    @FXML private TableColumn<FlagRow, String> statusColumn;
    @FXML private TableColumn<FlagRow, String> observedColumn;
    @FXML private TableView<FlagRow> manualTable;
    @FXML private TableColumn<FlagRow, String> manualObservationColumn;
    @FXML private TableColumn<FlagRow, String> manualKindColumn;
    @FXML private TableColumn<FlagRow, String> manualWhereColumn;
    @FXML private TableColumn<FlagRow, String> manualStatusColumn;
    @FXML private TextArea whyText;
    @FXML private Label recordsStatus;
    @FXML private ListView<EvidenceRecord> recordList;
    @FXML private TextField reasonField;
    @FXML private Label reasonError;
    @FXML private Button acknowledgeButton;
    @FXML private Button dismissButton;

    public FlagsView(FlagsViewModel viewModel, TableExport export, HelpButton help, Localization l10n) {
        this.viewModel = viewModel;
        this.export = export;
        this.help = help;
        this.l10n = l10n;
    }

    public Parent root() {
        if (root == null) {
            root = Fxml.load(FlagsView.class, "Flags.fxml", this, l10n);
            viewModel.reload();
        }
        return root;
    }

    @FXML
    private void initialize() {
        int at = toolbar.getChildren().indexOf(summary);
        toolbar.getChildren().add(at, help.create("concept.internalExclusion",
                l10n.termText("concept.internalExclusion.label")));
        toolbar.getChildren().add(at, help.create("concept.externalExclusion",
                l10n.termText("concept.externalExclusion.label")));
        checkButton.disableProperty().bind(viewModel.busyProperty());
        summary.textProperty().bind(viewModel.summaryProperty());

        automaticTable.setItems(viewModel.automaticFlags());
        automaticTable.setPlaceholder(new Label(l10n.text("analysis.flags.none")));
        text(ruleColumn, viewModel::ruleName);
        text(kindColumn, flag -> flag.kind() == null ? "" : l10n.label(flag.kind()));
        text(whereColumn, this::where);
        text(groupColumn, flag -> flag.groupName() == null ? "" : flag.groupName());
        text(statusColumn, flag -> l10n.label(flag.status()));
        text(observedColumn, flag -> flag.observedOn() == null ? "" : flag.observedOn().toString());
        automaticTable.getSelectionModel().selectedItemProperty().addListener((o, old, flag) -> {
            if (flag != null || !automaticTable.getItems().contains(viewModel.selectedProperty().get())) {
                viewModel.selectedProperty().set(flag);
            }
        });
        viewModel.selectedProperty().addListener((o, old, flag) -> {
            if (flag != automaticTable.getSelectionModel().getSelectedItem()) {
                automaticTable.getSelectionModel().select(flag);
            }
        });

        manualTable.setItems(viewModel.manualFlags());
        manualTable.setPlaceholder(new Label(l10n.text("analysis.flags.noManual")));
        text(manualObservationColumn, FlagRow::observation);
        text(manualKindColumn, flag -> flag.kind() == null ? "" : l10n.label(flag.kind()));
        text(manualWhereColumn, this::where);
        text(manualStatusColumn, flag -> l10n.label(flag.status()));

        whyText.textProperty().bind(viewModel.explanationProperty());
        recordsStatus.textProperty().bind(viewModel.recordsStatusProperty());
        recordsStatus.visibleProperty().bind(viewModel.recordsStatusProperty().isNotEmpty());
        recordsStatus.managedProperty().bind(recordsStatus.visibleProperty());
        recordList.setItems(viewModel.records());
        recordList.setPlaceholder(new Label(l10n.text("analysis.drill.records.none")));
        recordList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(EvidenceRecord item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : viewModel.recordLabel(item));
            }
        });
        recordList.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                viewModel.open(recordList.getSelectionModel().getSelectedItem());
            }
        });
        recordList.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                viewModel.open(recordList.getSelectionModel().getSelectedItem());
                event.consume();
            }
        });
        reasonField.textProperty().bindBidirectional(viewModel.reasonProperty());
        reasonError.textProperty().bind(viewModel.reasonErrorProperty());
        acknowledgeButton.disableProperty().bind(viewModel.canReviewProperty().not());
        dismissButton.disableProperty().bind(viewModel.canReviewProperty().not());
    }

    private String where(FlagRow flag) {
        String team = flag.teamName() == null ? "" : flag.teamName();
        if (flag.activityTitle() == null) {
            return team;
        }
        return (team.isEmpty() ? "" : team + ": ") + flag.activityDate() + " " + flag.activityTitle();
    }

    private static void text(TableColumn<FlagRow, String> column, Function<FlagRow, String> value) {
        column.setCellValueFactory(row -> new ReadOnlyStringWrapper(value.apply(row.getValue())));
    }

    @FXML
    private void checkNow() {
        viewModel.checkNow();
    }

    @FXML
    private void acknowledge() {
        viewModel.acknowledge();
    }

    @FXML
    private void dismiss() {
        if (!viewModel.dismiss()) {
            reasonField.requestFocus();
        }
    }

    @FXML
    private void exportAutomatic() {
        export.export(l10n.text("analysis.export.flagsFile"), viewModel::automaticTable);
    }

    @FXML
    private void exportManual() {
        export.export(l10n.text("analysis.export.manualFlagsFile"), viewModel::manualTable);
    }
}
