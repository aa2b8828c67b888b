package org.inclusio.gui.analysis;

import javafx.fxml.FXML;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import org.inclusio.gui.help.HelpButton;
import org.inclusio.logic.analysis.matrix.CellActivity;
import org.inclusio.logic.analysis.Suppression;
import org.inclusio.logic.analysis.matrix.MatrixCell;
import org.inclusio.logic.analysis.matrix.ModeLevelMatrix;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.model.Level;
import org.inclusio.model.Mode;
import org.inclusio.gui.util.Fxml;

/**
 * The "Modes and levels" section: a 4 x 3 grid of buttons (modes down, levels across), each showing
 * activities, participants, person-hours and groups present, empty cells marked as gaps; choosing a
 * cell lists its activities, and Enter or a double click opens one in the Activities area.
 */
public final class MatrixView {

    private final MatrixViewModel viewModel;
    private final TableExport export;
    private final HelpButton help;
    private final Localization l10n;
    private Parent root;

    @FXML private HBox toolbar;
    @FXML private GridPane grid;
    @FXML private javafx.scene.control.SplitPane split;
    @FXML private javafx.scene.control.ScrollPane gridScroll;
    @FXML private Label cellHeading;
    @FXML private ListView<CellActivity> cellActivities;

    public MatrixView(MatrixViewModel viewModel, TableExport export, HelpButton help, Localization l10n) {
        this.viewModel = viewModel;
        this.export = export;
        this.help = help;
        this.l10n = l10n;
    }

    public Parent root() {
        if (root == null) {
            root = Fxml.load(MatrixView.class, "Matrix.fxml", this, l10n);
            viewModel.reload();
        }
        return root;
    }

    @FXML
    private void initialize() {
        toolbar.getChildren().add(0, help.create("concept.modeLevelMatrix", l10n.termText("concept.modeLevelMatrix.label")));
        // the headings' column and row are as large as their text needs, so they grow with the text size
        ColumnConstraints headings = new ColumnConstraints();
        headings.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().add(headings);
        RowConstraints headingRow = new RowConstraints();
        headingRow.setMinHeight(Region.USE_PREF_SIZE);
        grid.getRowConstraints().add(headingRow);
        for (Level level : Level.values()) {
            ColumnConstraints column = new ColumnConstraints();
            column.setHgrow(Priority.ALWAYS);
            column.setFillWidth(true);
            column.setHalignment(HPos.CENTER);
            grid.getColumnConstraints().add(column);
            Label heading = new Label(l10n.label(level));
            heading.getStyleClass().add("matrix-heading");
            heading.setWrapText(true);
            heading.setMinHeight(Region.USE_PREF_SIZE);
            grid.add(heading, level.ordinal() + 1, 0);
        }
        for (Mode mode : Mode.values()) {
            RowConstraints row = new RowConstraints();
            row.setVgrow(Priority.ALWAYS);
            row.setFillHeight(true);
            grid.getRowConstraints().add(row);
            Label heading = new Label(l10n.label(mode));
            heading.getStyleClass().add("matrix-heading");
            heading.setMinWidth(Region.USE_PREF_SIZE);
            grid.add(heading, 0, mode.ordinal() + 1);
        }
        viewModel.matrixProperty().addListener((o, old, matrix) -> showMatrix(matrix));
        split.widthProperty().addListener(o -> placeCellList());
        grid.widthProperty().addListener(o -> placeCellList());
        cellHeading.textProperty().bind(javafx.beans.binding.Bindings.when(viewModel.chosenCellProperty().isNull())
                .then(l10n.text("analysis.matrix.chooseCell")).otherwise(viewModel.cellHeadingProperty()));
        cellActivities.setItems(viewModel.cellActivities());
        cellActivities.setPlaceholder(new Label(l10n.text("analysis.matrix.noActivities")));
        cellActivities.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(CellActivity item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.heldOn() + "   " + item.title());
            }
        });
        cellActivities.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                viewModel.open(cellActivities.getSelectionModel().getSelectedItem());
            }
        });
        cellActivities.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                viewModel.open(cellActivities.getSelectionModel().getSelectedItem());
                event.consume();
            }
        });
    }

    /** The grid's share of the width when the cells' list is beside it. */
    private static final double BESIDE = 0.68;

    /**
     * Puts the cells' list beside the grid when the grid's least width fits in its share of the width, below it
     * otherwise (large text in a long-worded language), so that no cell is cut and nothing scrolls sideways.
     * Decided after the layout pass that changed a width, never within it.
     */
    private void placeCellList() {
        javafx.application.Platform.runLater(() -> {
            double width = split.getWidth();
            if (width <= 0) {
                return;
            }
            javafx.geometry.Insets padding = ((Region) gridScroll.getContent()).getInsets();
            double needed = grid.minWidth(-1) + padding.getLeft() + padding.getRight() + 24;
            javafx.geometry.Orientation wanted = width * BESIDE >= needed
                    ? javafx.geometry.Orientation.HORIZONTAL : javafx.geometry.Orientation.VERTICAL;
            if (split.getOrientation() != wanted) {
                split.setOrientation(wanted);
                split.setDividerPositions(wanted == javafx.geometry.Orientation.HORIZONTAL ? BESIDE : 0.62);
            }
        });
    }

    private void showMatrix(ModeLevelMatrix matrix) {
        grid.getChildren().removeIf(node -> node instanceof Button);
        if (matrix == null) {
            return;
        }
        for (MatrixCell cell : matrix.cells()) {
            Button button = new Button(cellText(cell));
            button.setId("cell-" + cell.mode().name() + "-" + cell.level().name());
            button.getStyleClass().add("matrix-cell");
            if (cell.empty()) {
                button.getStyleClass().add("matrix-gap");
            }
            button.setMaxWidth(Double.MAX_VALUE);
            button.setMaxHeight(Double.MAX_VALUE);
            // a narrow cell wraps its lines and a low one grows (the grid scrolls): the figures are never cut short
            button.setWrapText(true);
            button.setMinHeight(Region.USE_PREF_SIZE);
            // its lines break between words only: a column narrower than a word makes the grid scroll sideways
            org.inclusio.gui.util.WholeText.keepWordsWhole(button);
            button.setAlignment(Pos.CENTER);
            button.setAccessibleText(l10n.text("analysis.matrix.cellAccessible", l10n.label(cell.mode()),
                    l10n.label(cell.level()), cellText(cell)));
            button.setOnAction(event -> viewModel.choose(cell));
            grid.add(button, cell.level().ordinal() + 1, cell.mode().ordinal() + 1);
        }
    }

    private String cellText(MatrixCell cell) {
        if (cell.empty()) {
            return l10n.text("analysis.matrix.gap");
        }
        Suppression suppression = viewModel.suppression();
        String text;
        if (suppression.suppresses(cell.participants())) {
            // few people: their hours and groups could point at someone, so only the activities are shown
            text = l10n.text("analysis.matrix.cellFew", cell.activities(), suppression.marker());
        } else if (suppression.suppresses(cell.anonymousParticipants())) {
            // the hours hold the few anonymous participants' hours
            text = l10n.text("analysis.matrix.cellHoursHidden", cell.activities(), cell.participants(),
                    cell.groupsPresent());
        } else {
            text = l10n.text("analysis.matrix.cell", cell.activities(), cell.participants(), cell.personHours(),
                    cell.groupsPresent());
        }
        if (cell.anonymousParticipants() == 0) {
            return text;
        }
        return text + "\n" + l10n.text("analysis.matrix.cellAnonymous",
                suppression.format(suppression.count(cell.anonymousParticipants())));
    }

    @FXML
    private void exportCsv() {
        export.export(l10n.text("analysis.export.matrixFile"), viewModel::table);
    }
}
