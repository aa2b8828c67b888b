package org.inclusio.gui.workshop;

import org.inclusio.gui.help.HelpContext;
import org.inclusio.logic.i18n.TaskGuide;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.inclusio.gui.util.Fxml;
import org.inclusio.logic.common.Choice;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.model.ProposalOutcome;

/**
 * The live workshop screen: arrivals on the left (Space or Enter on a row checks the person in), one
 * tile with large buttons per person present on the right (the number keys 1-9 choose the n-th, T
 * counts a turn, Q a question, P goes to the proposal), the timer with its breaks, undo (Ctrl+Z), and
 * the closing round: the participants' own ratings on a screen that shows nothing else, then the
 * review of the proposals. Binds to {@link WorkshopViewModel}; all logic is there.
 */
public final class WorkshopView {

    private static final String SELECTED = "workshop-tile-selected";

    private final WorkshopViewModel viewModel;
    private final Localization l10n;
    private final Parent root;
    private final Timeline clock;
    private final List<UUID> tileOrder = new ArrayList<>();
    private boolean swallowTyped;
    private Runnable onShowBalance = () -> { };
    private java.util.function.Consumer<javafx.scene.Scene> helpOnF1 = scene -> { };

    @FXML private Label titleLabel;
    @FXML private Label timerLabel;
    @FXML private Button startButton;
    @FXML private Button pauseButton;
    @FXML private Button undoButton;
    @FXML private Button endButton;
    @FXML private Button balanceButton;
    @FXML private Button packButton;
    @FXML private Button closeAndPackButton;
    @FXML private Label statusLabel;
    @FXML private HBox tallyPane;
    @FXML private TextField searchField;
    @FXML private TableView<WorkshopRow> peopleTable;
    @FXML private TableColumn<WorkshopRow, String> codeColumn;
    @FXML private TableColumn<WorkshopRow, String> roleColumn;
    @FXML private TableColumn<WorkshopRow, String> hereColumn;
    @FXML private Button checkInButton;
    @FXML private Button walkInButton;
    @FXML private ComboBox<Choice> barrierBox;
    @FXML private Button barrierButton;
    @FXML private ComboBox<Choice> accommodationBox;
    @FXML private Button accommodationButton;
    @FXML private FlowPane tiles;
    @FXML private Label proposalLabel;
    @FXML private TextField proposalField;
    @FXML private Button proposalButton;
    @FXML private VBox ratingPane;
    @FXML private Label raterLabel;
    @FXML private HBox heardButtons;
    @FXML private HBox expressButtons;
    @FXML private Button submitRatingButton;
    @FXML private Button skipRaterButton;
    @FXML private Button reviewButton;
    @FXML private VBox reviewPane;
    @FXML private TableView<ProposalItem> proposalTable;
    @FXML private TableColumn<ProposalItem, String> proposerColumn;
    @FXML private TableColumn<ProposalItem, String> contentColumn;
    @FXML private TableColumn<ProposalItem, ProposalOutcome> outcomeColumn;
    @FXML private VBox closedPane;

    public WorkshopView(WorkshopViewModel viewModel, Localization l10n) {
        this.viewModel = viewModel;
        this.l10n = l10n;
        this.root = Fxml.load(WorkshopView.class, "Workshop.fxml", this, l10n);
        HelpContext.mark(root, TaskGuide.WORKSHOP);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        // a key that acted on the screen does not also type its letter into the field it moved to
        root.addEventFilter(KeyEvent.KEY_TYPED, event -> {
            if (swallowTyped) {
                swallowTyped = false;
                event.consume();
            }
        });
        this.clock = new Timeline(new KeyFrame(Duration.seconds(1), event -> viewModel.tick()));
        clock.setCycleCount(Timeline.INDEFINITE);
    }

    public Parent root() {
        return root;
    }

    /** What "Balance of voice" (and Ctrl+B) does: shows the room's window. */
    public void setOnShowBalance(Runnable onShowBalance) {
        this.onShowBalance = onShowBalance;
    }

    /** Gives a window this workshop opens (the walk-in dialog) the help on F1 that the workshop's window has. */
    public void setHelpOnF1(java.util.function.Consumer<javafx.scene.Scene> helpOnF1) {
        this.helpOnF1 = helpOnF1;
    }

    /** Starts the clock on screen (the stored timer runs whether shown or not). */
    public void shown() {
        clock.play();
        searchField.requestFocus();
    }

    /**
     * Takes over what the screen this one replaces (in another language) held only on screen: the proposal being
     * written, the barrier and accommodation chosen but not yet noted, and the row chosen in the list. Everything
     * else (the search, the counts, the phase, the ratings) is in the view model both show.
     */
    public void carryFrom(WorkshopView previous) {
        proposalField.setText(previous.proposalField.getText());
        proposalField.positionCaret(previous.proposalField.getCaretPosition());
        barrierBox.setValue(previous.barrierBox.getValue());
        accommodationBox.setValue(previous.accommodationBox.getValue());
        WorkshopRow chosen = previous.peopleTable.getSelectionModel().getSelectedItem();
        if (chosen != null) {
            peopleTable.getSelectionModel().select(chosen);
        }
        peopleTable.scrollTo(Math.max(0, peopleTable.getSelectionModel().getSelectedIndex()));
    }

    /**
     * Stops the clock on screen and lets go of the session: the screen no longer follows it (the window closed, or
     * a screen in another language took its place), so the session does not keep it alive either.
     */
    public void hidden() {
        clock.stop();
        detachments.forEach(Runnable::run);
        detachments.clear();
    }

    /** What undoes each listener this screen put on the session's view model, run when the screen is let go. */
    private final List<Runnable> detachments = new ArrayList<>();

    private <T> void follow(javafx.beans.value.ObservableValue<T> value, javafx.beans.value.ChangeListener<T> listener) {
        value.addListener(listener);
        detachments.add(() -> value.removeListener(listener));
    }

    @FXML
    private void initialize() {
        titleLabel.textProperty().bind(viewModel.titleProperty());
        timerLabel.textProperty().bind(viewModel.timerTextProperty());
        timerLabel.accessibleTextProperty().bind(viewModel.timerTextProperty());
        statusLabel.textProperty().bind(viewModel.statusProperty());
        statusLabel.accessibleTextProperty().bind(viewModel.statusProperty());
        startButton.textProperty().bind(Bindings.when(viewModel.startedProperty())
                .then(l10n.text("workshop.timer.resume")).otherwise(l10n.text("workshop.timer.start")));
        var counting = viewModel.countingProperty();
        startButton.disableProperty().bind(counting.not().or(viewModel.runningProperty()));
        pauseButton.disableProperty().bind(counting.not().or(viewModel.runningProperty().not()));
        undoButton.disableProperty().bind(counting.not().or(viewModel.canUndoProperty().not()));
        endButton.disableProperty().bind(counting.not());
        packButton.disableProperty().bind(viewModel.canPackProperty().not());
        closeAndPackButton.disableProperty().bind(viewModel.canPackProperty().not());
        closeAndPackButton.setAccessibleHelp(l10n.text("workshop.pack.tip"));
        packButton.setTooltip(new javafx.scene.control.Tooltip(l10n.text("workshop.pack.tip")));
        packButton.setAccessibleHelp(l10n.text("workshop.pack.tip"));
        undoButton.setTooltip(new javafx.scene.control.Tooltip(l10n.text("workshop.undo.tip")));
        balanceButton.setTooltip(new javafx.scene.control.Tooltip(l10n.text("workshop.balance.tip")));
        balanceButton.setAccessibleHelp(l10n.text("workshop.balance.tip"));

        searchField.textProperty().bindBidirectional(viewModel.searchProperty());
        searchField.setAccessibleText(l10n.text("workshop.search.prompt"));
        searchField.setOnAction(event -> viewModel.onlyMatch().ifPresent(viewModel::checkIn));
        peopleTable.setItems(viewModel.listed());
        peopleTable.setPlaceholder(new Label(l10n.text("workshop.people.empty")));
        codeColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().code()));
        roleColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(viewModel.layOrStaff(cell.getValue())));
        hereColumn.setCellValueFactory(cell -> Bindings.createStringBinding(() -> here(cell.getValue()),
                cell.getValue().attendanceProperty()));
        peopleTable.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.SPACE || event.getCode() == KeyCode.ENTER) {
                viewModel.checkIn(peopleTable.getSelectionModel().getSelectedItem());
                event.consume();
            }
        });
        peopleTable.getSelectionModel().selectedItemProperty().addListener((o, was, row) -> {
            // only the user's own choice in the list: the list re-selects its row when a count changes
            if (row != null && peopleTable.isFocused()) {
                viewModel.selectedProperty().set(row);
            }
        });
        peopleTable.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                viewModel.checkIn(peopleTable.getSelectionModel().getSelectedItem());
            }
        });

        StringConverter<Choice> choiceLabels = new StringConverter<>() {
            @Override
            public String toString(Choice choice) {
                return choice == null ? "" : choice.label();
            }

            @Override
            public Choice fromString(String text) {
                return null;
            }
        };
        barrierBox.setItems(viewModel.barriers());
        barrierBox.setConverter(choiceLabels);
        accommodationBox.setItems(viewModel.accommodations());
        accommodationBox.setConverter(choiceLabels);

        ListChangeListener<WorkshopRow> presentChanged = change -> rebuildTiles(false);
        viewModel.present().addListener(presentChanged);
        detachments.add(() -> viewModel.present().removeListener(presentChanged));
        follow(viewModel.selectedProperty(), (o, was, row) -> {
            markSelected();
            proposalLabel.setText(row == null ? l10n.text("workshop.proposal")
                    : l10n.text("workshop.proposalBy", row.code()));
        });
        proposalField.setAccessibleText(l10n.text("workshop.proposal"));
        proposalField.setOnAction(event -> propose());

        buildRatingButtons(heardButtons, viewModel.heardProperty(), "workshop.ratings.heardValue");
        buildRatingButtons(expressButtons, viewModel.expressProperty(), "workshop.ratings.expressValue");
        follow(viewModel.raterProperty(), (o, was, rater) -> showRater());
        showRater();

        proposalTable.setItems(viewModel.proposals());
        proposalTable.setPlaceholder(new Label(l10n.text("workshop.review.empty")));
        proposerColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().proposerCode()));
        contentColumn.setCellValueFactory(cell -> cell.getValue().contentProperty());
        contentColumn.setCellFactory(TextFieldTableCell.forTableColumn());
        contentColumn.setOnEditCommit(event -> viewModel.review(event.getRowValue(), event.getNewValue(),
                event.getRowValue().outcomeProperty().get()));
        outcomeColumn.setCellValueFactory(cell -> cell.getValue().outcomeProperty());
        outcomeColumn.setCellFactory(ComboBoxTableCell.forTableColumn(new StringConverter<>() {
            @Override
            public String toString(ProposalOutcome outcome) {
                return outcome == null ? "" : l10n.label(outcome);
            }

            @Override
            public ProposalOutcome fromString(String text) {
                return null;
            }
        }, ProposalOutcome.values()));
        outcomeColumn.setOnEditCommit(event -> viewModel.review(event.getRowValue(),
                event.getRowValue().contentProperty().get(), event.getNewValue()));

        follow(viewModel.phaseProperty(), (o, was, phase) -> showPhase());
        showPhase();
    }

    private String here(WorkshopRow row) {
        if (row.present()) {
            return l10n.text("workshop.here");
        }
        return row.attendanceProperty().get() == null
                ? (row.invited() ? l10n.text("workshop.notYet") : l10n.text("workshop.notCheckedIn"))
                : l10n.label(row.attendanceProperty().get());
    }

    private void keyPressed(KeyEvent event) {
        swallowTyped = false;
        if (new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN).match(event)) {
            if (!(event.getTarget() instanceof TextInputControl)) {
                viewModel.undo();
                event.consume();
            }
            return;
        }
        if (new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN).match(event)) {
            onShowBalance.run();
            event.consume();
            return;
        }
        if (viewModel.phaseProperty().get() != WorkshopViewModel.Phase.TALLY
                || event.getTarget() instanceof TextInputControl || event.isShortcutDown() || event.isAltDown()) {
            return;
        }
        KeyCode code = event.getCode();
        if (code.isDigitKey() && code != KeyCode.DIGIT0 && code != KeyCode.NUMPAD0) {
            String name = code.getName();
            int n = Character.digit(name.charAt(name.length() - 1), 10);
            if (n >= 1 && viewModel.selectPresent(n)) {
                focusSelectedTile();
            }
            event.consume();
        } else if (code == KeyCode.T) {
            viewModel.tallySelected(WorkshopViewModel.Tally.TURN);
            event.consume();
        } else if (code == KeyCode.Q) {
            viewModel.tallySelected(WorkshopViewModel.Tally.QUESTION);
            event.consume();
        } else if (code == KeyCode.P) {
            swallowTyped = true;
            proposalField.requestFocus();
            event.consume();
        }
    }

    private void propose() {
        if (viewModel.propose(proposalField.getText())) {
            proposalField.clear();
        }
    }

    @FXML
    private void startTimer() {
        viewModel.startTimer();
    }

    @FXML
    private void pauseTimer() {
        viewModel.pauseTimer();
    }

    @FXML
    private void undo() {
        viewModel.undo();
    }

    @FXML
    private void closeAndPack() {
        viewModel.closeAndPack();
    }

    @FXML
    private void pack() {
        viewModel.pack();
    }

    @FXML
    private void showBalance() {
        onShowBalance.run();
    }

    @FXML
    private void endCounting() {
        viewModel.endCounting();
    }

    @FXML
    private void checkIn() {
        viewModel.checkIn(peopleTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void walkIn() {
        new WalkInDialog(viewModel, l10n, root.getScene() == null ? null : root.getScene().getWindow(), helpOnF1)
                .showAndWait();
    }

    @FXML
    private void noteBarrier() {
        viewModel.noteBarrier(barrierBox.getValue());
    }

    @FXML
    private void noteAccommodation() {
        viewModel.noteAccommodation(accommodationBox.getValue());
    }

    @FXML
    private void addProposal() {
        propose();
    }

    @FXML
    private void submitRating() {
        viewModel.submitRating();
    }

    @FXML
    private void skipRater() {
        viewModel.skipRater();
    }

    @FXML
    private void reviewProposals() {
        viewModel.reviewProposals();
        proposalTable.requestFocus();
    }

    @FXML
    private void closeWorkshop() {
        viewModel.close();
    }

    private void showPhase() {
        WorkshopViewModel.Phase phase = viewModel.phaseProperty().get();
        show(tallyPane, phase == WorkshopViewModel.Phase.TALLY || phase == WorkshopViewModel.Phase.LOADING);
        show(ratingPane, phase == WorkshopViewModel.Phase.RATINGS);
        show(reviewPane, phase == WorkshopViewModel.Phase.REVIEW);
        show(closedPane, phase == WorkshopViewModel.Phase.CLOSED);
        boolean counting = phase == WorkshopViewModel.Phase.TALLY;
        for (Button button : List.of(startButton, pauseButton, undoButton, endButton)) {
            show(button, counting || phase == WorkshopViewModel.Phase.LOADING);
        }
        if (phase == WorkshopViewModel.Phase.RATINGS) {
            showRater();
        }
    }

    private static void show(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    private void showRater() {
        WorkshopRow rater = viewModel.raterProperty().get();
        boolean someone = rater != null;
        raterLabel.setText(someone ? l10n.text("workshop.ratings.for", rater.code())
                : l10n.text("workshop.ratings.done"));
        for (Node node : List.of(heardButtons, expressButtons, submitRatingButton, skipRaterButton)) {
            node.setDisable(!someone);
        }
        reviewButton.setVisible(!someone);
        reviewButton.setManaged(!someone);
        if (viewModel.phaseProperty().get() == WorkshopViewModel.Phase.RATINGS) {
            (someone ? heardButtons.getChildren().get(0) : reviewButton).requestFocus();
        }
    }

    private void buildRatingButtons(HBox box, javafx.beans.property.ObjectProperty<Integer> value, String nameKey) {
        ToggleGroup group = new ToggleGroup();
        for (int rating = 1; rating <= 5; rating++) {
            ToggleButton button = new ToggleButton(String.valueOf(rating));
            button.setToggleGroup(group);
            button.setUserData(rating);
            button.getStyleClass().add("workshop-rating");
            button.setMinSize(64, 56);
            button.setAccessibleText(l10n.text(nameKey, rating));
            box.getChildren().add(button);
        }
        group.selectedToggleProperty().addListener((o, was, toggle) ->
                value.set(toggle == null ? null : (Integer) toggle.getUserData()));
        follow(value, (o, was, now) -> {
            if (now == null) {
                group.selectToggle(null);
            }
        });
    }

    private void rebuildTiles(boolean force) {
        List<UUID> order = viewModel.present().stream().map(WorkshopRow::personId).toList();
        if (!force && order.equals(tileOrder)) {
            return;
        }
        tileOrder.clear();
        tileOrder.addAll(order);
        List<Node> built = new ArrayList<>();
        int n = 1;
        for (WorkshopRow row : viewModel.present()) {
            built.add(tile(row, n++));
        }
        tiles.getChildren().setAll(built);
        markSelected();
    }

    private Node tile(WorkshopRow row, int n) {
        String number = n <= 9 ? n + "  " : "";
        Label name = new Label(number + row.code() + " \u00b7 " + viewModel.layOrStaff(row));
        name.getStyleClass().add("workshop-tile-title");
        name.setWrapText(true);
        name.setMinHeight(Region.USE_PREF_SIZE);
        Button turn = tallyButton(Bindings.createStringBinding(() -> l10n.text("workshop.tile.turn",
                row.speakingTurnsProperty().get()), row.speakingTurnsProperty()),
                Bindings.createStringBinding(() -> l10n.text("workshop.tile.turnAccessible", row.code(),
                        row.speakingTurnsProperty().get()), row.speakingTurnsProperty()));
        turn.setOnAction(event -> viewModel.tally(row, WorkshopViewModel.Tally.TURN));
        Button question = tallyButton(Bindings.createStringBinding(() -> l10n.text("workshop.tile.question",
                row.questionsProperty().get()), row.questionsProperty()),
                Bindings.createStringBinding(() -> l10n.text("workshop.tile.questionAccessible", row.code(),
                        row.questionsProperty().get()), row.questionsProperty()));
        question.setOnAction(event -> viewModel.tally(row, WorkshopViewModel.Tally.QUESTION));
        Button proposal = tallyButton(Bindings.createStringBinding(() -> l10n.text("workshop.tile.proposal",
                row.proposalsProperty().get()), row.proposalsProperty()),
                Bindings.createStringBinding(() -> l10n.text("workshop.tile.proposalAccessible", row.code(),
                        row.proposalsProperty().get()), row.proposalsProperty()));
        proposal.setOnAction(event -> {
            viewModel.selectedProperty().set(row);
            proposalField.requestFocus();
        });
        VBox tile = new VBox(6, name, turn, question, proposal);
        tile.getStyleClass().add("workshop-tile");
        tile.setUserData(row.personId());
        // its width is in the style sheet, in em, so the tile grows with the text size
        tile.setOnMouseClicked(event -> viewModel.selectedProperty().set(row));
        return tile;
    }

    private static Button tallyButton(javafx.beans.value.ObservableValue<String> text,
                                      javafx.beans.value.ObservableValue<String> accessible) {
        Button button = new Button();
        button.textProperty().bind(text);
        button.accessibleTextProperty().bind(accessible);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setMinHeight(44);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.getStyleClass().add("workshop-tally");
        return button;
    }

    private void markSelected() {
        WorkshopRow selected = viewModel.selectedProperty().get();
        for (Node tile : tiles.getChildren()) {
            boolean mark = selected != null && selected.personId().equals(tile.getUserData());
            tile.getStyleClass().remove(SELECTED);
            if (mark) {
                tile.getStyleClass().add(SELECTED);
            }
        }
    }

    private void focusSelectedTile() {
        WorkshopRow selected = viewModel.selectedProperty().get();
        for (Node tile : tiles.getChildren()) {
            if (selected != null && selected.personId().equals(tile.getUserData())) {
                ((VBox) tile).getChildren().get(1).requestFocus();
            }
        }
    }
}
