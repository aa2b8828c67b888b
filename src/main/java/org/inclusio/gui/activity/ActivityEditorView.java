package org.inclusio.gui.activity;

import org.inclusio.gui.help.HelpContext;
import org.inclusio.logic.i18n.TaskGuide;
import java.util.Arrays;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.CheckListView;
import org.inclusio.gui.flag.ExclusionFlagsPaneView;
import org.inclusio.gui.help.HelpButton;
import org.inclusio.gui.util.FieldErrors;
import org.inclusio.gui.util.Pickers;
import org.inclusio.logic.catalogue.FieldLimits;
import org.inclusio.logic.common.Choice;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.person.PersonChoice;
import org.inclusio.model.AttendanceStatus;
import org.inclusio.model.ExpectedRole;
import org.inclusio.model.InvitationChannel;
import org.inclusio.model.Level;
import org.inclusio.model.Mode;
import org.inclusio.model.PersonRole;
import org.inclusio.model.ProposalOutcome;
import org.inclusio.model.ReasonForCoproducing;
import org.inclusio.model.TemporalNature;
import org.inclusio.model.Term;
import org.inclusio.model.VoiceOrAction;
import org.inclusio.gui.util.Fxml;

/**
 * The activity editor: details, participants (invitation, attendance, voice, ratings, barriers),
 * proposals with their outcomes, and barriers and accommodations. Binds the form to
 * {@link ActivityEditorViewModel}; all logic is there.
 */
public final class ActivityEditorView {

    private static final List<Integer> RATINGS = List.of(1, 2, 3, 4, 5);

    private final ActivityEditorViewModel viewModel;
    private final Localization l10n;
    private final HelpButton helpButtons;
    private final ExclusionFlagsPaneView flagsPane;
    private Node root;
    private ParticipantRow boundParticipant;
    private ProposalRow boundProposal;
    private Runnable unbindParticipantChecks = () -> { };
    private final javafx.beans.value.ChangeListener<Number> turnsToSpinner = this::turnsChanged;
    private final javafx.beans.value.ChangeListener<Number> questionsToSpinner = this::questionsChanged;

    @FXML private Label headingLabel;
    @FXML private Button saveButton;
    @FXML private Button resetButton;
    @FXML private Button deleteButton;
    @FXML private Button liveButton;
    private java.util.function.BiConsumer<javafx.stage.Window, java.util.UUID> liveWorkshop = (owner, id) -> { };
    @FXML private TabPane tabs;
    @FXML private Tab participantsTab;
    @FXML private Tab proposalsTab;
    @FXML private Tab flagsTab;
    @FXML private TextField titleField;
    @FXML private Label titleError;
    @FXML private DatePicker datePicker;
    @FXML private Label dateError;
    /** Typed text in the date field that is no date. */
    private javafx.beans.value.ObservableStringValue heldOnUnreadable;
    @FXML private TextField startTimeField;
    @FXML private Label startTimeError;
    @FXML private TextField durationField;
    @FXML private Label durationError;
    @FXML private TextField anonymousField;
    @FXML private HBox anonymousRow;
    @FXML private Label anonymousHelp;
    @FXML private Label anonymousError;
    @FXML private TextField placeField;
    @FXML private Label placeError;
    @FXML private HBox modeRow;
    @FXML private ComboBox<Mode> modeBox;
    @FXML private Label modeHelp;
    @FXML private HBox levelRow;
    @FXML private ComboBox<Level> levelBox;
    @FXML private Label levelHelp;
    @FXML private ComboBox<TemporalNature> temporalBox;
    @FXML private ComboBox<VoiceOrAction> contributionBox;
    @FXML private ComboBox<Choice> teamBox;
    @FXML private ComboBox<Choice> organisationBox;
    @FXML private HBox expectedRoleRow;
    @FXML private ComboBox<ExpectedRole> expectedRoleBox;
    @FXML private CheckComboBox<ReasonForCoproducing> reasonsBox;
    @FXML private TextArea purposeArea;
    @FXML private Label purposeError;
    @FXML private TextArea topicsArea;
    @FXML private Label topicsError;
    @FXML private TextArea notesArea;
    @FXML private Label notesError;
    @FXML private TextField addCodesField;
    @FXML private javafx.scene.layout.StackPane participantsPane;
    @FXML private javafx.scene.control.ListView<org.inclusio.logic.person.PersonHit> pickerList;
    @FXML private TableView<ParticipantRow> participantTable;
    @FXML private TableColumn<ParticipantRow, String> codeColumn;
    @FXML private TableColumn<ParticipantRow, String> layOrStaffColumn;
    @FXML private javafx.scene.layout.StackPane addTeamHolder;
    @FXML private Button addTeamButton;
    @FXML private Button markAllAttendedButton;
    @FXML private Label participantsStatusLabel;
    @FXML private TableColumn<ParticipantRow, String> invitedColumn;
    @FXML private TableColumn<ParticipantRow, String> attendanceColumn;
    @FXML private TableColumn<ParticipantRow, Number> turnsColumn;
    @FXML private TableColumn<ParticipantRow, Number> questionsColumn;
    @FXML private TableColumn<ParticipantRow, String> heardColumn;
    @FXML private TableColumn<ParticipantRow, String> barriersColumn;
    @FXML private Label participationsError;
    @FXML private GridPane participantForm;
    @FXML private CheckBox invitedCheck;
    @FXML private DatePicker invitedOnPicker;
    @FXML private ComboBox<InvitationChannel> channelBox;
    @FXML private ComboBox<AttendanceStatus> attendanceBox;
    @FXML private TextField absenceField;
    @FXML private CheckBox talkCountedBox;
    @FXML private Spinner<Integer> turnsSpinner;
    @FXML private Spinner<Integer> questionsSpinner;
    @FXML private ComboBox<Integer> heardBox;
    @FXML private ComboBox<Integer> expressBox;
    @FXML private CheckComboBox<Choice> barriersMetBox;
    @FXML private CheckComboBox<Choice> offeredBox;
    @FXML private TableView<ProposalRow> proposalTable;
    @FXML private TableColumn<ProposalRow, String> proposerColumn;
    @FXML private TableColumn<ProposalRow, String> contentColumn;
    @FXML private TableColumn<ProposalRow, String> outcomeColumn;
    @FXML private TableColumn<ProposalRow, String> outcomeOnColumn;
    @FXML private Label proposalsError;
    @FXML private GridPane proposalForm;
    @FXML private TextArea contentArea;
    @FXML private ComboBox<PersonChoice> proposerBox;
    @FXML private ComboBox<ProposalOutcome> outcomeBox;
    @FXML private DatePicker outcomeOnPicker;
    @FXML private TextField outcomeReasonField;
    @FXML private CheckListView<Choice> barriersList;
    @FXML private CheckListView<Choice> accommodationsList;

    public ActivityEditorView(ActivityEditorViewModel viewModel, Localization l10n, HelpButton helpButtons,
                              ExclusionFlagsPaneView flagsPane) {
        this.viewModel = viewModel;
        this.l10n = l10n;
        this.helpButtons = helpButtons;
        this.flagsPane = flagsPane;
    }

    /** How the activity in the form is run as a live workshop (in a window of its own). */
    public void setLiveWorkshop(java.util.function.BiConsumer<javafx.stage.Window, java.util.UUID> launcher) {
        this.liveWorkshop = java.util.Objects.requireNonNull(launcher);
    }

    public Node root() {
        if (root == null) {
            root = Fxml.load(ActivityEditorView.class, "ActivityEditor.fxml", this, l10n);
            HelpContext.mark(root, TaskGuide.MEETING);
            // the form reflows when the text is large or the editor narrow: labels whole, no scrolling sideways
            org.inclusio.gui.util.ResponsiveGrid.applyToForms(root);
        }
        return root;
    }

    /** Puts the cursor in the first field (after New). */
    public void focusFirstField() {
        tabs.getSelectionModel().selectFirst();
        // an editor built a moment ago has no tab skin yet, and a field outside the scene takes no focus
        tabs.applyCss();
        titleField.requestFocus();
    }

    /** A term's explanation kept to a few lines under its field; the tooltip shows it whole. */
    private static void shortHelp(Label help) {
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(help.textProperty());
        whole.setWrapText(true);
        whole.setMaxWidth(420);
        help.setTooltip(whole);
    }

    @FXML
    private void initialize() {
        headingLabel.textProperty().bind(viewModel.shownHeadingProperty());
        saveButton.disableProperty().bind(viewModel.canSaveProperty().not());
        resetButton.disableProperty().bind(viewModel.dirtyProperty().not());
        // a live session writes to the stored activity: unsaved changes in the form come first
        liveButton.disableProperty().bind(viewModel.storedIdProperty().isNull().or(viewModel.dirtyProperty())
                .or(viewModel.readOnlyProperty()));
        liveButton.setTooltip(new Tooltip(l10n.text("activity.live.tip")));
        bindDetails();
        bindParticipants();
        bindProposals();
        // items first: a check list makes a new check model when its items are replaced
        barriersList.setItems(viewModel.barrierChoices());
        accommodationsList.setItems(viewModel.accommodationChoices());
        Pickers.bindChecks(barriersList, viewModel.barriersObserved(), Choice::id);
        Pickers.bindChecks(accommodationsList, viewModel.accommodationsGiven(), Choice::id);
        Pickers.tabOverChecks(barriersList);
        Pickers.tabOverChecks(accommodationsList);
        bindFlags();
    }

    /** The flags tab shows the stored activity's flags; a new activity gets them after its first save. */
    private void bindFlags() {
        org.inclusio.gui.flag.FlagsTab.install(flagsTab, flagsPane, viewModel.storedIdProperty(),
                (pane, id) -> pane.show(id, null), l10n);
    }

    private void bindDetails() {
        titleField.textProperty().bindBidirectional(viewModel.titleProperty());
        heldOnUnreadable = Pickers.isoDates(datePicker);
        datePicker.valueProperty().bindBidirectional(viewModel.heldOnProperty());
        startTimeField.textProperty().bindBidirectional(viewModel.startTimeProperty());
        durationField.textProperty().bindBidirectional(viewModel.durationProperty());
        anonymousField.textProperty().bindBidirectional(viewModel.anonymousParticipantsProperty());
        talkCountedBox.selectedProperty().bindBidirectional(viewModel.talkCountedProperty());
        talkCountedBox.setAccessibleHelp(l10n.text("activity.participants.talkCountedHelp"));
        talkCountedBox.setTooltip(new javafx.scene.control.Tooltip(l10n.text("activity.participants.talkCountedHelp")));
        // turns and questions of an activity where nobody counted them are not typed in
        turnsSpinner.disableProperty().bind(viewModel.talkCountedProperty().not());
        questionsSpinner.disableProperty().bind(viewModel.talkCountedProperty().not());
        anonymousField.setAccessibleText(l10n.text("activity.field.anonymousParticipants"));
        anonymousField.setAccessibleHelp(l10n.text("activity.field.anonymousParticipantsHelp"));
        shortHelp(anonymousHelp);
        anonymousRow.getChildren().add(helpButtons.create("concept.anonymousParticipants",
                l10n.text("activity.field.anonymousParticipants")));
        placeField.textProperty().bindBidirectional(viewModel.placeProperty());
        Pickers.required(modeBox, Arrays.asList(Mode.values()), l10n::label);
        modeBox.valueProperty().bindBidirectional(viewModel.modeProperty());
        Pickers.required(levelBox, Arrays.asList(Level.values()), l10n::label);
        levelBox.valueProperty().bindBidirectional(viewModel.levelProperty());
        modeHelp.textProperty().bind(Bindings.createStringBinding(() -> l10n.help(viewModel.modeProperty().get()),
                viewModel.modeProperty()));
        levelHelp.textProperty().bind(Bindings.createStringBinding(() -> l10n.help(viewModel.levelProperty().get()),
                viewModel.levelProperty()));
        shortHelp(modeHelp);
        shortHelp(levelHelp);
        modeRow.getChildren().add(helpButtons.create("concept.modeLevelMatrix", l10n.text("activity.field.mode")));
        levelRow.getChildren().add(helpButtons.create("concept.modeLevelMatrix", l10n.text("activity.field.level")));
        bindOverride(temporalBox, TemporalNature.values(), () -> mode() == null ? null : mode().usualTemporalNature());
        temporalBox.valueProperty().bindBidirectional(viewModel.temporalNatureOverrideProperty());
        bindOverride(contributionBox, VoiceOrAction.values(), () -> mode() == null ? null : mode().usualContribution());
        contributionBox.valueProperty().bindBidirectional(viewModel.contributionOverrideProperty());
        viewModel.modeProperty().addListener((o, old, now) -> {
            bindOverride(temporalBox, TemporalNature.values(), () -> now == null ? null : now.usualTemporalNature());
            bindOverride(contributionBox, VoiceOrAction.values(), () -> now == null ? null : now.usualContribution());
            temporalBox.setValue(viewModel.temporalNatureOverrideProperty().get());
            contributionBox.setValue(viewModel.contributionOverrideProperty().get());
        });
        Pickers.optional(teamBox, viewModel.teamChoices(), Choice::label, l10n.text("activity.field.none"));
        teamBox.valueProperty().bindBidirectional(viewModel.teamProperty());
        Pickers.optional(organisationBox, viewModel.organisationChoices(), Choice::label,
                l10n.text("activity.field.none"));
        organisationBox.valueProperty().bindBidirectional(viewModel.organisationProperty());
        Pickers.optional(expectedRoleBox, Arrays.asList(ExpectedRole.values()), l10n::label,
                l10n.text("activity.field.none"));
        expectedRoleBox.valueProperty().bindBidirectional(viewModel.expectedRoleProperty());
        expectedRoleRow.getChildren().add(helpButtons.create("ExpectedRole.COMMENT",
                l10n.text("activity.field.expectedRole")));
        reasonsBox.getItems().setAll(ReasonForCoproducing.values());
        reasonsBox.setConverter(termConverter());
        reasonsBox.setTitle(l10n.text("activity.field.reasons"));
        Pickers.bindChecks(reasonsBox, viewModel.reasons(), reason -> reason);
        purposeArea.textProperty().bindBidirectional(viewModel.purposeProperty());
        topicsArea.textProperty().bindBidirectional(viewModel.topicsAvoidedProperty());
        notesArea.textProperty().bindBidirectional(viewModel.notesProperty());
        FieldErrors.bind(titleField, titleError, viewModel.errorProperty("title"));
        FieldErrors.bind(datePicker, dateError, Pickers.dateMessage(heldOnUnreadable, viewModel.errorProperty("heldOn"),
                l10n));
        FieldErrors.bind(startTimeField, startTimeError, viewModel.errorProperty("startTime"));
        FieldErrors.bind(durationField, durationError, viewModel.errorProperty("durationMinutes"));
        FieldErrors.bind(anonymousField, anonymousError, viewModel.errorProperty("anonymousParticipants"));
        FieldErrors.bind(placeField, placeError, viewModel.errorProperty("place"));
        FieldErrors.bind(purposeArea, purposeError, viewModel.errorProperty("purpose"));
        FieldErrors.bind(topicsArea, topicsError, viewModel.errorProperty("topicsAvoided"));
        FieldErrors.bind(notesArea, notesError, viewModel.errorProperty("notes"));
        titleField.setAccessibleText(l10n.text("activity.field.title").replace("_", ""));
        limit(titleField, FieldLimits.ACTIVITY_TITLE);
    }

    private Mode mode() {
        return viewModel.modeProperty().get();
    }

    private <T extends Term> void bindOverride(ComboBox<T> box, T[] values, java.util.function.Supplier<T> usual) {
        T usualValue = usual.get();
        String none = usualValue == null ? l10n.text("activity.field.none")
                : l10n.text("activity.field.asMode", l10n.label(usualValue));
        T selected = box.getValue();
        Pickers.optional(box, Arrays.asList(values), l10n::label, none);
        box.setValue(selected);
    }

    private void bindParticipants() {
        participantTable.setItems(viewModel.participants());
        codeColumn.setCellValueFactory(cell -> Bindings.createStringBinding(() -> cell.getValue().personCode()));
        layOrStaffColumn.setCellValueFactory(cell -> Bindings.createStringBinding(
                () -> layOrStaff(cell.getValue().roleProperty().get()), cell.getValue().roleProperty()));
        bindParticipantActions();
        invitedColumn.setCellValueFactory(cell -> Bindings.createStringBinding(
                () -> cell.getValue().invitedProperty().get() ? "\u2713" : "", cell.getValue().invitedProperty()));
        attendanceColumn.setCellValueFactory(cell -> Bindings.createStringBinding(
                () -> attendanceLabel(cell.getValue().attendanceProperty().get()),
                cell.getValue().attendanceProperty()));
        turnsColumn.setCellValueFactory(cell -> cell.getValue().speakingTurnsProperty());
        questionsColumn.setCellValueFactory(cell -> cell.getValue().questionsProperty());
        heardColumn.setCellValueFactory(cell -> Bindings.createStringBinding(
                () -> cell.getValue().heardRatingProperty().get() == null ? ""
                        : String.valueOf(cell.getValue().heardRatingProperty().get()),
                cell.getValue().heardRatingProperty()));
        barriersColumn.setCellValueFactory(cell -> Bindings.createStringBinding(
                () -> viewModel.barrierChoices().stream()
                        .filter(choice -> cell.getValue().barriersMet().contains(choice.id()))
                        .map(Choice::label).reduce((a, b) -> a + ", " + b).orElse(""),
                cell.getValue().barriersMet()));
        FieldErrors.bind(participantTable, participationsError, viewModel.errorProperty("participations"));

        Pickers.isoDates(invitedOnPicker);
        Pickers.optional(channelBox, Arrays.asList(InvitationChannel.values()), l10n::label,
                l10n.text("activity.participants.unknown"));
        Pickers.optional(attendanceBox, Arrays.asList(AttendanceStatus.values()), l10n::label,
                l10n.text("activity.participants.unknown"));
        Pickers.optional(heardBox, RATINGS, String::valueOf, l10n.text("activity.participants.unknown"));
        Pickers.optional(expressBox, RATINGS, String::valueOf, l10n.text("activity.participants.unknown"));
        turnsSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(FieldLimits.TALK_COUNT.min(),
                FieldLimits.TALK_COUNT.max()));
        questionsSpinner.setValueFactory(
                new SpinnerValueFactory.IntegerSpinnerValueFactory(FieldLimits.TALK_COUNT.min(),
                FieldLimits.TALK_COUNT.max()));
        barriersMetBox.getItems().setAll(viewModel.barrierChoices());
        offeredBox.getItems().setAll(viewModel.accommodationChoices());
        viewModel.barrierChoices().addListener((javafx.collections.ListChangeListener<Choice>) c ->
                barriersMetBox.getItems().setAll(viewModel.barrierChoices()));
        viewModel.accommodationChoices().addListener((javafx.collections.ListChangeListener<Choice>) c ->
                offeredBox.getItems().setAll(viewModel.accommodationChoices()));
        barriersMetBox.setTitle(l10n.text("activity.participants.barriersMet"));
        offeredBox.setTitle(l10n.text("activity.participants.offered"));
        turnsSpinner.getValueFactory().valueProperty().addListener((o, was, now) -> {
            if (boundParticipant != null && now != null) {
                boundParticipant.speakingTurnsProperty().set(now);
            }
        });
        questionsSpinner.getValueFactory().valueProperty().addListener((o, was, now) -> {
            if (boundParticipant != null && now != null) {
                boundParticipant.questionsProperty().set(now);
            }
        });
        participantForm.disableProperty().bind(participantTable.getSelectionModel().selectedItemProperty().isNull());
        participantTable.getSelectionModel().selectedItemProperty().addListener((o, old, row) -> bindParticipant(row));
        bindPicker();
        participantsTab.getContent().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN).match(event)) {
                addTurn();
                event.consume();
            } else if (new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)
                    .match(event)) {
                markAllAttended();
                event.consume();
            } else if (new KeyCodeCombination(KeyCode.U, KeyCombination.SHORTCUT_DOWN).match(event)) {
                addQuestion();
                event.consume();
            }
        });
    }

    /**
     * The picker: the field searches as the user types and the people found show in a list over the
     * tab, under the field; the keys stay in the field (Down, Up, Enter, Escape), a click adds too.
     */
    private void bindPicker() {
        ParticipantPicker picker = viewModel.picker();
        addCodesField.textProperty().bindBidirectional(picker.textProperty());
        addCodesField.setOnAction(event -> addParticipants());
        addCodesField.setAccessibleText(l10n.text("activity.participants.add").replace("_", ""));
        addCodesField.accessibleHelpProperty().bind(picker.spokenProperty());
        addCodesField.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.DOWN) {
                picker.next();
                event.consume();
            } else if (event.getCode() == KeyCode.UP) {
                picker.previous();
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE && picker.close()) {
                event.consume();
            }
        });
        addCodesField.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                picker.close();
            }
        });
        pickerList.setItems(picker.hits());
        pickerList.setPlaceholder(new Label(l10n.text("activity.picker.nobody")));
        pickerList.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(org.inclusio.logic.person.PersonHit hit, boolean empty) {
                super.updateItem(hit, empty);
                setText(empty || hit == null ? null : picker.describe(hit));
            }
        });
        // replacing the list's items clears its selection: the chosen person is shown again after both
        picker.selectedProperty().addListener((o, was, now) -> showChosen());
        picker.hits().addListener((javafx.collections.ListChangeListener<org.inclusio.logic.person.PersonHit>) change ->
                showChosen());
        // a press on a person adds it before the field loses its focus and the list closes
        pickerList.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, event -> {
            Node target = event.getPickResult().getIntersectedNode();
            while (target != null && !(target instanceof javafx.scene.control.ListCell<?>)) {
                target = target.getParent();
            }
            if (target instanceof javafx.scene.control.ListCell<?> cell && !cell.isEmpty()) {
                picker.accept(cell.getIndex());
            }
            event.consume();
        });
        pickerList.visibleProperty().bind(picker.showingProperty());
        picker.showingProperty().addListener((o, was, now) -> placePickerList());
        picker.hits().addListener((javafx.collections.ListChangeListener<org.inclusio.logic.person.PersonHit>) change ->
                placePickerList());
        addCodesField.layoutBoundsProperty().addListener((o, was, now) -> placePickerList());
        participantsPane.layoutBoundsProperty().addListener((o, was, now) -> placePickerList());
    }

    private void showChosen() {
        int index = viewModel.picker().selectedProperty().get();
        if (index < 0 || index >= pickerList.getItems().size()) {
            pickerList.getSelectionModel().clearSelection();
        } else {
            pickerList.getSelectionModel().select(index);
            pickerList.scrollTo(index);
        }
    }

    /** Puts the list of people found under the picker's field, as wide as the field and at most eight rows high. */
    private void placePickerList() {
        if (!pickerList.isVisible() || participantsPane.getScene() == null) {
            return;
        }
        javafx.geometry.Bounds field = participantsPane.sceneToLocal(
                addCodesField.localToScene(addCodesField.getBoundsInLocal()));
        double rows = Math.min(8, Math.max(1, pickerList.getItems().size()));
        double height = Math.min(rows * 26 + 6, participantsPane.getHeight() - field.getMaxY() - 4);
        pickerList.resizeRelocate(field.getMinX(), field.getMaxY() + 1, Math.max(field.getWidth(), 360), height);
        pickerList.toFront();
    }

    /** Adding the team's members needs a team: the button says why when it is off. */
    private void bindParticipantActions() {
        addTeamButton.disableProperty().bind(viewModel.canAddTeamMembersProperty().not());
        javafx.beans.binding.StringBinding addTeamHelp = Bindings.createStringBinding(
                () -> l10n.text(viewModel.teamProperty().get() == null ? "activity.participants.addTeamNoTeam"
                        : "activity.participants.addTeamHelp"), viewModel.teamProperty());
        Tooltip addTeamTip = new Tooltip();
        addTeamTip.textProperty().bind(addTeamHelp);
        addTeamTip.setWrapText(true);
        addTeamTip.setMaxWidth(420);
        addTeamButton.setTooltip(addTeamTip);
        // a disabled button shows no tooltip of its own; the pane round it does
        Tooltip.install(addTeamHolder, addTeamTip);
        addTeamButton.setAccessibleText(l10n.text("activity.participants.addTeam").replace("_", ""));
        addTeamButton.accessibleHelpProperty().bind(addTeamHelp);
        markAllAttendedButton.disableProperty().bind(viewModel.editingProperty().not());
        markAllAttendedButton.setTooltip(new Tooltip(l10n.text("activity.participants.markAllAttendedHelp")));
        markAllAttendedButton.setAccessibleText(l10n.text("activity.participants.markAllAttended").replace("_", ""));
        markAllAttendedButton.setAccessibleHelp(l10n.text("activity.participants.markAllAttendedHelp"));
        participantsStatusLabel.textProperty().bind(viewModel.participantsStatusProperty());
        participantsStatusLabel.managedProperty().bind(participantsStatusLabel.textProperty().isNotEmpty());
        participantsStatusLabel.setAccessibleText(l10n.text("activity.participants.status"));
        participantsStatusLabel.accessibleHelpProperty().bind(viewModel.participantsStatusProperty());
    }

    private String layOrStaff(PersonRole role) {
        return role == null ? "" : l10n.text(role.isLay() ? "activity.participants.lay" : "activity.participants.staff");
    }

    private String attendanceLabel(AttendanceStatus status) {
        return status == null ? l10n.text("activity.participants.unknown") : l10n.label(status);
    }

    /** Points the participant form at another row. */
    private void bindParticipant(ParticipantRow row) {
        ParticipantRow old = boundParticipant;
        if (old != null) {
            invitedCheck.selectedProperty().unbindBidirectional(old.invitedProperty());
            invitedOnPicker.valueProperty().unbindBidirectional(old.invitedOnProperty());
            channelBox.valueProperty().unbindBidirectional(old.channelProperty());
            attendanceBox.valueProperty().unbindBidirectional(old.attendanceProperty());
            absenceField.textProperty().unbindBidirectional(old.absenceReasonProperty());
            old.speakingTurnsProperty().removeListener(turnsToSpinner);
            old.questionsProperty().removeListener(questionsToSpinner);
            heardBox.valueProperty().unbindBidirectional(old.heardRatingProperty());
            expressBox.valueProperty().unbindBidirectional(old.expressRatingProperty());
        }
        unbindParticipantChecks.run();
        unbindParticipantChecks = () -> { };
        boundParticipant = row;
        if (row == null) {
            return;
        }
        invitedCheck.selectedProperty().bindBidirectional(row.invitedProperty());
        invitedOnPicker.valueProperty().bindBidirectional(row.invitedOnProperty());
        channelBox.valueProperty().bindBidirectional(row.channelProperty());
        attendanceBox.valueProperty().bindBidirectional(row.attendanceProperty());
        absenceField.textProperty().bindBidirectional(row.absenceReasonProperty());
        turnsSpinner.getValueFactory().setValue(row.speakingTurnsProperty().get());
        questionsSpinner.getValueFactory().setValue(row.questionsProperty().get());
        row.speakingTurnsProperty().addListener(turnsToSpinner);
        row.questionsProperty().addListener(questionsToSpinner);
        heardBox.valueProperty().bindBidirectional(row.heardRatingProperty());
        expressBox.valueProperty().bindBidirectional(row.expressRatingProperty());
        Runnable unbindBarriers = Pickers.bindChecks(barriersMetBox, row.barriersMet(), Choice::id);
        Runnable unbindOffered = Pickers.bindChecks(offeredBox, row.accommodationsOffered(), Choice::id);
        unbindParticipantChecks = () -> {
            unbindBarriers.run();
            unbindOffered.run();
        };
    }

    private void bindProposals() {
        proposalTable.setItems(viewModel.proposals());
        proposerColumn.setCellValueFactory(cell -> Bindings.createStringBinding(
                () -> cell.getValue().proposerProperty().get() == null ? l10n.text("activity.proposals.unknownProposer")
                        : cell.getValue().proposerProperty().get().code(), cell.getValue().proposerProperty()));
        contentColumn.setCellValueFactory(cell -> cell.getValue().contentProperty());
        outcomeColumn.setCellValueFactory(cell -> Bindings.createStringBinding(
                () -> l10n.label(cell.getValue().outcomeProperty().get()), cell.getValue().outcomeProperty()));
        outcomeOnColumn.setCellValueFactory(cell -> Bindings.createStringBinding(
                () -> cell.getValue().outcomeOnProperty().get() == null ? ""
                        : Pickers.DATE.format(cell.getValue().outcomeOnProperty().get()),
                cell.getValue().outcomeOnProperty()));
        FieldErrors.bind(proposalTable, proposalsError, viewModel.errorProperty("proposals"));
        Pickers.required(outcomeBox, Arrays.asList(ProposalOutcome.values()), l10n::label);
        Pickers.isoDates(outcomeOnPicker);
        proposalForm.disableProperty().bind(proposalTable.getSelectionModel().selectedItemProperty().isNull());
        proposalTable.getSelectionModel().selectedItemProperty().addListener((o, old, row) -> bindProposal(row));
    }

    private void bindProposal(ProposalRow row) {
        ProposalRow old = boundProposal;
        if (old != null) {
            contentArea.textProperty().unbindBidirectional(old.contentProperty());
            proposerBox.valueProperty().unbindBidirectional(old.proposerProperty());
            outcomeBox.valueProperty().unbindBidirectional(old.outcomeProperty());
            outcomeOnPicker.valueProperty().unbindBidirectional(old.outcomeOnProperty());
            outcomeReasonField.textProperty().unbindBidirectional(old.outcomeReasonProperty());
        }
        boundProposal = row;
        if (row == null) {
            return;
        }
        List<PersonChoice> attendees = viewModel.attendees();
        Pickers.optional(proposerBox, attendees, PersonChoice::code, l10n.text("activity.proposals.unknownProposer"));
        PersonChoice current = row.proposerProperty().get();
        if (current != null) {
            attendees.stream().filter(a -> a.id().equals(current.id())).findFirst()
                    .ifPresent(row.proposerProperty()::set);
        }
        contentArea.textProperty().bindBidirectional(row.contentProperty());
        proposerBox.valueProperty().bindBidirectional(row.proposerProperty());
        outcomeBox.valueProperty().bindBidirectional(row.outcomeProperty());
        outcomeOnPicker.valueProperty().bindBidirectional(row.outcomeOnProperty());
        outcomeReasonField.textProperty().bindBidirectional(row.outcomeReasonProperty());
    }

    private <T extends Term> javafx.util.StringConverter<T> termConverter() {
        return new javafx.util.StringConverter<>() {
            @Override
            public String toString(T term) {
                return term == null ? "" : l10n.label(term);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }

    private static void limit(TextField field, int max) {
        field.setTextFormatter(new javafx.scene.control.TextFormatter<String>(change ->
                change.getControlNewText().length() <= max + 50 ? change : null));
    }

    private void turnsChanged(javafx.beans.value.ObservableValue<? extends Number> o, Number was, Number now) {
        turnsSpinner.getValueFactory().setValue(now.intValue());
    }

    private void questionsChanged(javafx.beans.value.ObservableValue<? extends Number> o, Number was, Number now) {
        questionsSpinner.getValueFactory().setValue(now.intValue());
    }

    @FXML
    private void save() {
        viewModel.save();
    }

    @FXML
    private void reset() {
        viewModel.reset();
    }

    @FXML
    private void delete() {
        viewModel.delete();
    }

    @FXML
    private void runLive() {
        java.util.UUID id = viewModel.storedIdProperty().get();
        if (id != null && !viewModel.dirtyProperty().get()) {
            liveWorkshop.accept(liveButton.getScene() == null ? null : liveButton.getScene().getWindow(), id);
        }
    }

    @FXML
    private void addParticipants() {
        viewModel.enterInPicker();
    }

    @FXML
    private void removeParticipant() {
        ParticipantRow row = participantTable.getSelectionModel().getSelectedItem();
        if (row != null) {
            viewModel.participants().remove(row);
        }
    }

    @FXML
    private void addTurn() {
        viewModel.addSpeakingTurn(participantTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void addQuestion() {
        viewModel.addQuestion(participantTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void addTeamMembers() {
        viewModel.addTeamMembers();
    }

    @FXML
    private void markAllAttended() {
        viewModel.markAllAttended();
    }

    @FXML
    private void addProposal() {
        ProposalRow row = viewModel.addProposal();
        proposalTable.getSelectionModel().select(row);
        contentArea.requestFocus();
    }

    @FXML
    private void removeProposal() {
        ProposalRow row = proposalTable.getSelectionModel().getSelectedItem();
        if (row != null) {
            viewModel.proposals().remove(row);
        }
    }
}
