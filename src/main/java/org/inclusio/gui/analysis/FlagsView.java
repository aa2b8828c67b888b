package org.inclusio.gui.analysis;

import org.inclusio.gui.help.HelpContext;
import org.inclusio.logic.i18n.TaskGuide;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import org.inclusio.logic.analysis.flags.FlagGrouping;
import org.inclusio.model.Severity;
import javafx.scene.input.MouseButton;
import org.inclusio.logic.analysis.drill.EvidenceRecord;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
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

    @FXML private javafx.scene.layout.FlowPane toolbar;
    @FXML private Button checkButton;
    @FXML private Label summary;
    @FXML private TreeTableView<FlagNode> automaticTree;
    @FXML private TreeTableColumn<FlagNode, String> findingColumn;
    @FXML private TreeTableColumn<FlagNode, String> severityColumn;
    @FXML private TreeTableColumn<FlagNode, String> statusColumn;
    @FXML private TreeTableColumn<FlagNode, String> observedColumn;
    private final Set<String> expanded = new HashSet<>();
    private boolean rebuilding;
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
            HelpContext.mark(root, TaskGuide.FLAGS);
            viewModel.reload();
        }
        return root;
    }

    /** An empty list's message, wrapped to the list's width so that it is never cut short. */
    private Label placeholder(String key) {
        Label label = new Label(l10n.text(key));
        label.setWrapText(true);
        label.setPadding(new javafx.geometry.Insets(6));
        return label;
    }

    @FXML
    private void initialize() {
        int at = toolbar.getChildren().indexOf(checkButton) + 1;
        toolbar.getChildren().add(at, help.create("concept.internalExclusion",
                l10n.termText("concept.internalExclusion.label")));
        toolbar.getChildren().add(at, help.create("concept.externalExclusion",
                l10n.termText("concept.externalExclusion.label")));
        checkButton.disableProperty().bind(viewModel.busyProperty().or(viewModel.detectingProperty()));
        summary.textProperty().bind(Bindings.when(viewModel.detectingProperty())
                .then(l10n.text("flags.checking")).otherwise(viewModel.summaryProperty()));
        bindTree();

        manualTable.setItems(viewModel.manualFlags());
        manualTable.setPlaceholder(placeholder("analysis.flags.noManual"));
        text(manualObservationColumn, FlagRow::observation);
        text(manualKindColumn, flag -> flag.kind() == null ? "" : l10n.label(flag.kind()));
        text(manualWhereColumn, this::where);
        text(manualStatusColumn, flag -> l10n.label(flag.status()));

        whyText.textProperty().bind(viewModel.explanationProperty());
        recordsStatus.textProperty().bind(viewModel.recordsStatusProperty());
        recordsStatus.visibleProperty().bind(viewModel.recordsStatusProperty().isNotEmpty());
        recordsStatus.managedProperty().bind(recordsStatus.visibleProperty());
        recordList.setItems(viewModel.records());
        recordList.setPlaceholder(placeholder("analysis.drill.records.none"));
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

    private void bindTree() {
        TreeItem<FlagNode> root = new TreeItem<>();
        automaticTree.setRoot(root);
        automaticTree.setShowRoot(false);
        automaticTree.setPlaceholder(placeholder("analysis.flags.none"));
        automaticTree.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        treeText(findingColumn, node -> node.text());
        treeText(severityColumn, node -> l10n.label(node.severity()));
        findingColumn.setCellFactory(column -> new TreeTableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null || text.isEmpty() ? null : new Tooltip(text));
            }
        });
        treeText(statusColumn, node -> node.flag() == null ? "" : l10n.label(node.flag().status()));
        treeText(observedColumn, node -> node.flag() == null || node.flag().observedOn() == null ? ""
                : node.flag().observedOn().toString());
        automaticTree.setRowFactory(tree -> new TreeTableRow<>() {
            @Override
            protected void updateItem(FlagNode node, boolean empty) {
                super.updateItem(node, empty);
                getStyleClass().remove("flag-group-row");
                if (empty || node == null) {
                    setAccessibleText(null);
                    setAccessibleHelp(null);
                    return;
                }
                setAccessibleText(accessibleText(node));
                setAccessibleHelp(node.flag() == null ? l10n.text("flags.tree.groupHelp") : null);
                if (node.flag() == null) {
                    getStyleClass().add("flag-group-row");
                }
            }
        });
        rebuild();
        viewModel.groups().addListener((ListChangeListener<FlagGrouping.RuleGroup>) change -> rebuild());
        automaticTree.getSelectionModel().selectedItemProperty().addListener((o, old, item) -> {
            if (rebuilding) {
                return;
            }
            FlagNode node = item == null ? null : item.getValue();
            if (node == null) {
                viewModel.selectedProperty().set(null);
            } else if (node.flag() != null) {
                viewModel.selectedProperty().set(node.flag());
            } else {
                viewModel.selectGroup(node.rule());
            }
        });
        viewModel.selectedProperty().addListener((o, old, flag) -> {
            if (flag != null && !rebuilding) {
                selectFlag(flag);
            }
        });
        automaticTree.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            TreeItem<FlagNode> item = automaticTree.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && item != null && !item.isLeaf()) {
                item.setExpanded(!item.isExpanded());
                event.consume();
            }
        });
    }

    /** Builds the tree from the groups again, keeping which groups were open and which flag was selected. */
    private void rebuild() {
        rebuilding = true;
        try {
            TreeItem<FlagNode> root = automaticTree.getRoot();
            root.getChildren().clear();
            for (FlagGrouping.RuleGroup rule : viewModel.groups()) {
                TreeItem<FlagNode> ruleItem = new TreeItem<>(new FlagNode(rule.summary(), rule.severity(), rule, null,
                        null));
                String ruleKey = "rule:" + rule.name();
                watchExpansion(ruleItem, ruleKey);
                for (FlagGrouping.TeamGroup team : rule.teams()) {
                    TreeItem<FlagNode> teamItem = new TreeItem<>(new FlagNode(team.summary(),
                            team.flags().stream().map(FlagRow::severity).max(Comparator.naturalOrder())
                                    .orElse(rule.severity()), rule, team, null));
                    watchExpansion(teamItem, ruleKey + "/team:" + team.teamName());
                    for (FlagRow flag : team.flags()) {
                        teamItem.getChildren().add(new TreeItem<>(new FlagNode(viewModel.flagText(flag), flag.severity(), rule,
                                team, flag)));
                    }
                    ruleItem.getChildren().add(teamItem);
                }
                root.getChildren().add(ruleItem);
            }
        } finally {
            rebuilding = false;
        }
        FlagRow keep = viewModel.selectedProperty().get();
        if (keep != null) {
            selectFlag(keep);
        }
    }

    private void watchExpansion(TreeItem<FlagNode> item, String key) {
        item.setExpanded(expanded.contains(key));
        item.expandedProperty().addListener((o, was, now) -> {
            if (now) {
                expanded.add(key);
            } else {
                expanded.remove(key);
            }
        });
    }

    private void selectFlag(FlagRow flag) {
        for (TreeItem<FlagNode> rule : automaticTree.getRoot().getChildren()) {
            for (TreeItem<FlagNode> team : rule.getChildren()) {
                for (TreeItem<FlagNode> leaf : team.getChildren()) {
                    if (leaf.getValue().flag().id().equals(flag.id())) {
                        if (automaticTree.getSelectionModel().getSelectedItem() != leaf) {
                            rule.setExpanded(true);
                            team.setExpanded(true);
                            automaticTree.getSelectionModel().select(leaf);
                        }
                        return;
                    }
                }
            }
        }
    }

    private String accessibleText(FlagNode node) {
        if (node.flag() == null) {
            return node.text();
        }
        return l10n.text("flags.tree.flag", node.text(), l10n.label(node.flag().severity()),
                l10n.label(node.flag().status()), node.flag().kind() == null ? "" : l10n.label(node.flag().kind()));
    }

    private static void treeText(TreeTableColumn<FlagNode, String> column, Function<FlagNode, String> value) {
        column.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().getValue() == null ? ""
                : value.apply(row.getValue().getValue())));
    }

    /**
     * One row of the flag tree: a rule's group, a team within it, or a single flag.
     *
     * @param text     what the row says
     * @param severity the most serious severity below it
     * @param rule     the rule's group the row belongs to
     * @param team     the team's group, or null for a rule's row
     * @param flag     the flag, or null for a group's row
     */
    public record FlagNode(String text, Severity severity, FlagGrouping.RuleGroup rule, FlagGrouping.TeamGroup team,
                    FlagRow flag) {
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
