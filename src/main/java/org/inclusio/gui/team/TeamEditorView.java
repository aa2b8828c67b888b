package org.inclusio.gui.team;

import java.util.Arrays;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleLongProperty;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import org.inclusio.gui.help.HelpButton;
import org.inclusio.gui.util.FieldErrors;
import org.inclusio.gui.util.Pickers;
import org.inclusio.logic.common.Choice;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.team.TeamActivityRow;
import org.inclusio.model.CareLevel;
import org.inclusio.gui.util.Fxml;

/**
 * The process-team editor: details, professionals, lay members, reference shares and the team's
 * activities, each on a tab. Binds the form to {@link TeamEditorViewModel}; all logic is there.
 */
public final class TeamEditorView {

    private final TeamEditorViewModel viewModel;
    private final Localization l10n;
    private final HelpButton helpButtons;
    private Node root;
    private ProfessionalRow boundProfessional;
    private LayMemberRow boundLay;
    private ShareRow boundShare;

    @FXML private Label headingLabel;
    @FXML private Button saveButton;
    @FXML private Button resetButton;
    @FXML private Button newWorkshopButton;
    private java.util.function.BiConsumer<javafx.stage.Window, java.util.UUID> newWorkshop = (owner, id) -> { };
    @FXML private TabPane tabs;
    @FXML private TextField nameField;
    @FXML private Label nameError;
    @FXML private ComboBox<Choice> organisationBox;
    @FXML private TextField patientGroupField;
    @FXML private Label patientGroupError;
    @FXML private TextArea descriptionArea;
    @FXML private Label descriptionError;
    @FXML private TextField addProfessionalsField;
    @FXML private TableView<ProfessionalRow> professionalTable;
    @FXML private TableColumn<ProfessionalRow, String> professionalCodeColumn;
    @FXML private TableColumn<ProfessionalRow, String> professionColumn;
    @FXML private TableColumn<ProfessionalRow, String> areaColumn;
    @FXML private TableColumn<ProfessionalRow, String> careLevelColumn;
    @FXML private TableColumn<ProfessionalRow, String> professionalJoinedColumn;
    @FXML private TableColumn<ProfessionalRow, String> professionalLeftColumn;
    @FXML private Label professionalsError;
    @FXML private GridPane professionalForm;
    @FXML private TextField professionField;
    @FXML private TextField areaField;
    @FXML private ComboBox<CareLevel> careLevelBox;
    @FXML private DatePicker professionalJoinedPicker;
    @FXML private DatePicker professionalLeftPicker;
    @FXML private HBox layHeader;
    @FXML private Label layWarningLabel;
    @FXML private TextField addLayField;
    @FXML private TableView<LayMemberRow> layTable;
    @FXML private TableColumn<LayMemberRow, String> layCodeColumn;
    @FXML private TableColumn<LayMemberRow, String> roleColumn;
    @FXML private TableColumn<LayMemberRow, String> routeColumn;
    @FXML private TableColumn<LayMemberRow, String> layJoinedColumn;
    @FXML private TableColumn<LayMemberRow, String> layLeftColumn;
    @FXML private Label layMembersError;
    @FXML private GridPane layForm;
    @FXML private TextField roleValue;
    @FXML private TextField routeValue;
    @FXML private DatePicker layJoinedPicker;
    @FXML private DatePicker layLeftPicker;
    @FXML private HBox sharesHeader;
    @FXML private TableView<ShareRow> shareTable;
    @FXML private TableColumn<ShareRow, String> groupColumn;
    @FXML private TableColumn<ShareRow, String> percentColumn;
    @FXML private TableColumn<ShareRow, String> sourceColumn;
    @FXML private TableColumn<ShareRow, String> yearColumn;
    @FXML private Label referenceSharesError;
    @FXML private GridPane shareForm;
    @FXML private ComboBox<Choice> groupBox;
    @FXML private TextField percentField;
    @FXML private TextField yearField;
    @FXML private TextField sourceField;
    @FXML private TableView<TeamActivityRow> activityTable;
    @FXML private TableColumn<TeamActivityRow, String> activityDateColumn;
    @FXML private TableColumn<TeamActivityRow, String> activityTitleColumn;
    @FXML private TableColumn<TeamActivityRow, String> activityModeColumn;
    @FXML private TableColumn<TeamActivityRow, String> activityLevelColumn;
    @FXML private TableColumn<TeamActivityRow, Number> activityAttendedColumn;

    private final org.inclusio.gui.flag.ExclusionFlagsPaneView flagsPane;
    @FXML private javafx.scene.control.Tab flagsTab;

    public TeamEditorView(TeamEditorViewModel viewModel, Localization l10n, HelpButton helpButtons,
                          org.inclusio.gui.flag.ExclusionFlagsPaneView flagsPane) {
        this.viewModel = viewModel;
        this.l10n = l10n;
        this.helpButtons = helpButtons;
        this.flagsPane = flagsPane;
    }

    /** How a new live workshop is started for the team in the form (in a window of its own). */
    public void setNewWorkshop(java.util.function.BiConsumer<javafx.stage.Window, java.util.UUID> launcher) {
        this.newWorkshop = java.util.Objects.requireNonNull(launcher);
    }

    public Node root() {
        if (root == null) {
            root = Fxml.load(TeamEditorView.class, "TeamEditor.fxml", this, l10n);
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
        nameField.requestFocus();
    }

    @FXML
    private void initialize() {
        org.inclusio.gui.flag.FlagsTab.install(flagsTab, flagsPane, viewModel.storedIdProperty(),
                (pane, id) -> pane.show(null, id), l10n);
        headingLabel.textProperty().bind(viewModel.shownHeadingProperty());
        saveButton.disableProperty().bind(viewModel.canSaveProperty().not());
        resetButton.disableProperty().bind(viewModel.dirtyProperty().not());
        newWorkshopButton.disableProperty().bind(viewModel.storedIdProperty().isNull());
        newWorkshopButton.setTooltip(new javafx.scene.control.Tooltip(l10n.text("team.newWorkshop.tip")));
        nameField.textProperty().bindBidirectional(viewModel.nameProperty());
        Pickers.optional(organisationBox, viewModel.organisationChoices(), Choice::label, l10n.text("team.field.none"));
        organisationBox.valueProperty().bindBidirectional(viewModel.organisationProperty());
        patientGroupField.textProperty().bindBidirectional(viewModel.patientGroupServedProperty());
        descriptionArea.textProperty().bindBidirectional(viewModel.descriptionProperty());
        FieldErrors.bind(nameField, nameError, viewModel.errorProperty("name"));
        FieldErrors.bind(patientGroupField, patientGroupError, viewModel.errorProperty("patientGroupServed"));
        FieldErrors.bind(descriptionArea, descriptionError, viewModel.errorProperty("description"));
        bindProfessionals();
        bindLayMembers();
        bindShares();
        bindActivities();
    }

    private void bindProfessionals() {
        professionalTable.setItems(viewModel.professionals());
        professionalCodeColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().personCode()));
        professionColumn.setCellValueFactory(cell -> cell.getValue().professionProperty());
        areaColumn.setCellValueFactory(cell -> cell.getValue().areaOfCareProperty());
        careLevelColumn.setCellValueFactory(cell -> Bindings.createStringBinding(
                () -> l10n.label(cell.getValue().careLevelProperty().get()), cell.getValue().careLevelProperty()));
        professionalJoinedColumn.setCellValueFactory(cell -> date(cell.getValue().joinedOnProperty()));
        professionalLeftColumn.setCellValueFactory(cell -> date(cell.getValue().leftOnProperty()));
        FieldErrors.bind(professionalTable, professionalsError, viewModel.errorProperty("professionals"));
        Pickers.optional(careLevelBox, Arrays.asList(CareLevel.values()), l10n::label, l10n.text("team.field.none"));
        Pickers.isoDates(professionalJoinedPicker);
        Pickers.isoDates(professionalLeftPicker);
        professionalForm.disableProperty().bind(professionalTable.getSelectionModel().selectedItemProperty().isNull());
        professionalTable.getSelectionModel().selectedItemProperty().addListener((o, old, row) -> bindProfessional(row));
        addProfessionalsField.setOnAction(event -> addProfessionals());
    }

    private void bindProfessional(ProfessionalRow row) {
        ProfessionalRow old = boundProfessional;
        if (old != null) {
            professionField.textProperty().unbindBidirectional(old.professionProperty());
            areaField.textProperty().unbindBidirectional(old.areaOfCareProperty());
            careLevelBox.valueProperty().unbindBidirectional(old.careLevelProperty());
            professionalJoinedPicker.valueProperty().unbindBidirectional(old.joinedOnProperty());
            professionalLeftPicker.valueProperty().unbindBidirectional(old.leftOnProperty());
        }
        boundProfessional = row;
        if (row != null) {
            professionField.textProperty().bindBidirectional(row.professionProperty());
            areaField.textProperty().bindBidirectional(row.areaOfCareProperty());
            careLevelBox.valueProperty().bindBidirectional(row.careLevelProperty());
            professionalJoinedPicker.valueProperty().bindBidirectional(row.joinedOnProperty());
            professionalLeftPicker.valueProperty().bindBidirectional(row.leftOnProperty());
        }
    }

    private void bindLayMembers() {
        layHeader.getChildren().add(helpButtons.create("concept.tokenism", l10n.text("team.lay.title")));
        layWarningLabel.textProperty().bind(viewModel.layWarningProperty());
        layWarningLabel.visibleProperty().bind(viewModel.layWarningProperty().isNotEmpty());
        layWarningLabel.managedProperty().bind(layWarningLabel.visibleProperty());
        layTable.setItems(viewModel.layMembers());
        layCodeColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().personCode()));
        roleColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(l10n.label(cell.getValue().role())));
        routeColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(route(cell.getValue())));
        layJoinedColumn.setCellValueFactory(cell -> date(cell.getValue().joinedOnProperty()));
        layLeftColumn.setCellValueFactory(cell -> date(cell.getValue().leftOnProperty()));
        FieldErrors.bind(layTable, layMembersError, viewModel.errorProperty("layMembers"));
        Pickers.isoDates(layJoinedPicker);
        Pickers.isoDates(layLeftPicker);
        layForm.disableProperty().bind(layTable.getSelectionModel().selectedItemProperty().isNull());
        layTable.getSelectionModel().selectedItemProperty().addListener((o, old, row) -> bindLay(row));
        addLayField.setOnAction(event -> addLayMembers());
    }

    private String route(LayMemberRow row) {
        return row.recruitmentRoute() == null ? l10n.text("team.lay.routeUnknown") : l10n.label(row.recruitmentRoute());
    }

    private void bindLay(LayMemberRow row) {
        LayMemberRow old = boundLay;
        if (old != null) {
            layJoinedPicker.valueProperty().unbindBidirectional(old.joinedOnProperty());
            layLeftPicker.valueProperty().unbindBidirectional(old.leftOnProperty());
        }
        boundLay = row;
        roleValue.setText(row == null ? "" : l10n.label(row.role()));
        routeValue.setText(row == null ? "" : route(row));
        if (row != null) {
            layJoinedPicker.valueProperty().bindBidirectional(row.joinedOnProperty());
            layLeftPicker.valueProperty().bindBidirectional(row.leftOnProperty());
        }
    }

    private void bindShares() {
        sharesHeader.getChildren().add(helpButtons.create("concept.referenceShare", l10n.text("team.shares.title")));
        shareTable.setItems(viewModel.shares());
        groupColumn.setCellValueFactory(cell -> Bindings.createStringBinding(
                () -> cell.getValue().groupProperty().get() == null ? l10n.text("team.shares.noGroup")
                        : cell.getValue().groupProperty().get().label(), cell.getValue().groupProperty()));
        percentColumn.setCellValueFactory(cell -> cell.getValue().percentProperty());
        sourceColumn.setCellValueFactory(cell -> cell.getValue().sourceProperty());
        yearColumn.setCellValueFactory(cell -> cell.getValue().yearProperty());
        FieldErrors.bind(shareTable, referenceSharesError, viewModel.errorProperty("referenceShares"));
        Pickers.optional(groupBox, viewModel.groupChoices(), Choice::label, l10n.text("team.shares.noGroup"));
        shareForm.disableProperty().bind(shareTable.getSelectionModel().selectedItemProperty().isNull());
        shareTable.getSelectionModel().selectedItemProperty().addListener((o, old, row) -> bindShare(row));
    }

    private void bindShare(ShareRow row) {
        ShareRow old = boundShare;
        if (old != null) {
            groupBox.valueProperty().unbindBidirectional(old.groupProperty());
            percentField.textProperty().unbindBidirectional(old.percentProperty());
            yearField.textProperty().unbindBidirectional(old.yearProperty());
            sourceField.textProperty().unbindBidirectional(old.sourceProperty());
        }
        boundShare = row;
        if (row != null) {
            groupBox.valueProperty().bindBidirectional(row.groupProperty());
            percentField.textProperty().bindBidirectional(row.percentProperty());
            yearField.textProperty().bindBidirectional(row.yearProperty());
            sourceField.textProperty().bindBidirectional(row.sourceProperty());
        }
    }

    private void bindActivities() {
        activityTable.setItems(viewModel.activities());
        activityTable.setPlaceholder(new Label(l10n.text("team.activities.none")));
        activityDateColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                Pickers.DATE.format(cell.getValue().heldOn())));
        activityTitleColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().title()));
        activityModeColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(l10n.label(cell.getValue().mode())));
        activityLevelColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                l10n.label(cell.getValue().level())));
        activityAttendedColumn.setCellValueFactory(cell -> new SimpleLongProperty(cell.getValue().attended()));
    }

    private static javafx.beans.value.ObservableValue<String> date(
            javafx.beans.value.ObservableValue<java.time.LocalDate> value) {
        return Bindings.createStringBinding(() -> value.getValue() == null ? "" : Pickers.DATE.format(value.getValue()),
                value);
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
    private void newWorkshop() {
        java.util.UUID id = viewModel.storedIdProperty().get();
        if (id != null) {
            newWorkshop.accept(newWorkshopButton.getScene() == null ? null : newWorkshopButton.getScene().getWindow(),
                    id);
        }
    }

    @FXML
    private void addProfessionals() {
        viewModel.addProfessionals(addProfessionalsField.getText());
        addProfessionalsField.clear();
    }

    @FXML
    private void addLayMembers() {
        viewModel.addLayMembers(addLayField.getText());
        addLayField.clear();
    }

    @FXML
    private void removeProfessional() {
        ProfessionalRow row = professionalTable.getSelectionModel().getSelectedItem();
        if (row != null) {
            viewModel.professionals().remove(row);
        }
    }

    @FXML
    private void removeLayMember() {
        LayMemberRow row = layTable.getSelectionModel().getSelectedItem();
        if (row != null) {
            viewModel.layMembers().remove(row);
        }
    }

    @FXML
    private void addShare() {
        ShareRow row = viewModel.addShare();
        shareTable.getSelectionModel().select(row);
        groupBox.requestFocus();
    }

    @FXML
    private void removeShare() {
        ShareRow row = shareTable.getSelectionModel().getSelectedItem();
        if (row != null) {
            viewModel.shares().remove(row);
        }
    }
}
