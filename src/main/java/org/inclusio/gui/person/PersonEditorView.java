package org.inclusio.gui.person;

import java.util.Arrays;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckListView;
import org.inclusio.gui.help.HelpButton;
import org.inclusio.gui.util.FieldErrors;
import org.inclusio.gui.util.Pickers;
import org.inclusio.logic.catalogue.FieldLimits;
import org.inclusio.logic.common.Choice;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.person.ActivityTaken;
import org.inclusio.logic.person.ConsentDraft;
import org.inclusio.logic.person.TeamSeat;
import org.inclusio.model.ConsentScope;
import org.inclusio.model.EducationLevel;
import org.inclusio.model.PersonRole;
import org.inclusio.model.RecruitmentRoute;
import org.inclusio.gui.util.Fxml;

/**
 * The person editor: pseudonymous details, identifying details behind an explicit action, consents
 * and self-identified group memberships, and what the person took part in. Binds the form to
 * {@link PersonEditorViewModel}; all logic is there.
 */
public final class PersonEditorView {

    private final PersonEditorViewModel viewModel;
    private final Localization l10n;
    private final HelpButton helpButtons;
    private Node root;

    @FXML private Label headingLabel;
    @FXML private Button saveButton;
    @FXML private Button resetButton;
    @FXML private Button deleteButton;
    @FXML private Button accessButton;
    @FXML private Button eraseButton;
    @FXML private TabPane tabs;
    @FXML private TextField codeField;
    @FXML private Label codeError;
    @FXML private HBox roleRow;
    @FXML private ComboBox<PersonRole> roleBox;
    @FXML private Label roleHelp;
    @FXML private Label roleError;
    @FXML private HBox routeRow;
    @FXML private ComboBox<RecruitmentRoute> routeBox;
    @FXML private Label routeHelp;
    @FXML private CheckBox paidCheck;
    @FXML private CheckBox leadCheck;
    @FXML private TextField associationField;
    @FXML private Label associationError;
    @FXML private ComboBox<EducationLevel> educationBox;
    @FXML private Button identityButton;
    @FXML private Label identityNote;
    @FXML private VBox identityBox;
    @FXML private TextField fullNameField;
    @FXML private Label fullNameError;
    @FXML private TextField emailField;
    @FXML private Label emailError;
    @FXML private TextField phoneField;
    @FXML private Label phoneError;
    @FXML private TextArea addressArea;
    @FXML private Label addressError;
    @FXML private TableView<ConsentDraft> consentTable;
    @FXML private TableColumn<ConsentDraft, String> givenColumn;
    @FXML private TableColumn<ConsentDraft, String> scopeColumn;
    @FXML private TableColumn<ConsentDraft, String> withdrawnColumn;
    @FXML private Label consentsError;
    @FXML private DatePicker consentDatePicker;
    @FXML private HBox consentScopeRow;
    @FXML private ComboBox<ConsentScope> consentScopeBox;
    @FXML private Button withdrawButton;
    @FXML private CheckListView<Choice> groupsList;
    @FXML private Label groupsNote;
    @FXML private Label groupsError;
    @FXML private TableView<ActivityTaken> activityTable;
    @FXML private TableColumn<ActivityTaken, String> activityDateColumn;
    @FXML private TableColumn<ActivityTaken, String> activityTitleColumn;
    @FXML private TableColumn<ActivityTaken, String> activityAttendanceColumn;
    @FXML private TableView<TeamSeat> teamTable;
    @FXML private TableColumn<TeamSeat, String> teamNameColumn;
    @FXML private TableColumn<TeamSeat, String> teamRoleColumn;
    @FXML private TableColumn<TeamSeat, String> teamTenureColumn;

    public PersonEditorView(PersonEditorViewModel viewModel, Localization l10n, HelpButton helpButtons) {
        this.viewModel = viewModel;
        this.l10n = l10n;
        this.helpButtons = helpButtons;
    }

    public Node root() {
        if (root == null) {
            root = Fxml.load(PersonEditorView.class, "PersonEditor.fxml", this, l10n);
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
        codeField.requestFocus();
    }

    /** Takes over text typed into date fields that has not been committed yet (before Save). */
    public void commitEdits() {
        consentDatePicker.setValue(consentDatePicker.getConverter().fromString(
                consentDatePicker.getEditor().getText()));
    }

    @FXML
    private void initialize() {
        headingLabel.textProperty().bind(viewModel.shownHeadingProperty());
        saveButton.disableProperty().bind(viewModel.canSaveProperty().not());
        resetButton.disableProperty().bind(viewModel.dirtyProperty().not());
        // only a stored person can be exported or erased
        accessButton.disableProperty().bind(Bindings.createBooleanBinding(() -> viewModel.id() == null,
                viewModel.headingProperty()));
        eraseButton.disableProperty().bind(accessButton.disableProperty());
        bindDetails();
        bindIdentity();
        bindConsents();
        bindHistory();
    }

    private void bindDetails() {
        codeField.textProperty().bindBidirectional(viewModel.codeProperty());
        limit(codeField, FieldLimits.PERSON_CODE);
        Pickers.required(roleBox, Arrays.asList(PersonRole.values()), l10n::label);
        roleBox.valueProperty().bindBidirectional(viewModel.roleProperty());
        roleHelp.textProperty().bind(Bindings.createStringBinding(() -> l10n.help(viewModel.roleProperty().get()),
                viewModel.roleProperty()));
        roleRow.getChildren().add(helpButtons.create("PersonRole.LEAD_PATIENT", plain("person.field.role")));
        Pickers.optional(routeBox, Arrays.asList(RecruitmentRoute.values()), l10n::label,
                l10n.text("person.field.notRecorded"));
        routeBox.valueProperty().bindBidirectional(viewModel.routeProperty());
        routeHelp.textProperty().bind(Bindings.createStringBinding(() -> l10n.help(viewModel.routeProperty().get()),
                viewModel.routeProperty()));
        routeRow.getChildren().add(helpButtons.create("RecruitmentRoute.HAND_PICKED", plain("person.field.route")));
        paidCheck.selectedProperty().bindBidirectional(viewModel.paidProperty());
        leadCheck.selectedProperty().bindBidirectional(viewModel.leadPatientProperty());
        associationField.textProperty().bindBidirectional(viewModel.associationProperty());
        limit(associationField, FieldLimits.PERSON_ASSOCIATION);
        Pickers.optional(educationBox, Arrays.asList(EducationLevel.values()), l10n::label,
                l10n.text("person.field.notRecorded"));
        educationBox.valueProperty().bindBidirectional(viewModel.educationProperty());
        FieldErrors.bind(codeField, codeError, viewModel.errorProperty("code"));
        FieldErrors.bind(roleBox, roleError, viewModel.errorProperty("role"));
        FieldErrors.bind(associationField, associationError, viewModel.errorProperty("association"));
        codeField.setAccessibleText(plain("person.field.code"));
    }

    private void bindIdentity() {
        identityButton.textProperty().bind(Bindings.when(viewModel.identityShownProperty())
                .then(l10n.text("person.identity.hide")).otherwise(l10n.text("person.identity.show")));
        identityNote.visibleProperty().bind(viewModel.identityShownProperty().not());
        identityNote.managedProperty().bind(identityNote.visibleProperty());
        identityBox.visibleProperty().bind(viewModel.identityShownProperty());
        identityBox.managedProperty().bind(identityBox.visibleProperty());
        fullNameField.textProperty().bindBidirectional(viewModel.fullNameProperty());
        emailField.textProperty().bindBidirectional(viewModel.emailProperty());
        phoneField.textProperty().bindBidirectional(viewModel.phoneProperty());
        addressArea.textProperty().bindBidirectional(viewModel.postalAddressProperty());
        FieldErrors.bind(fullNameField, fullNameError, viewModel.errorProperty("fullName"));
        FieldErrors.bind(emailField, emailError, viewModel.errorProperty("email"));
        FieldErrors.bind(phoneField, phoneError, viewModel.errorProperty("phone"));
        FieldErrors.bind(addressArea, addressError, viewModel.errorProperty("postalAddress"));
    }

    private void bindConsents() {
        consentTable.setItems(viewModel.consents());
        givenColumn.setCellValueFactory(cell -> constant(date(cell.getValue().givenOn())));
        scopeColumn.setCellValueFactory(cell -> constant(l10n.label(cell.getValue().scope())));
        withdrawnColumn.setCellValueFactory(cell -> constant(date(cell.getValue().withdrawnOn())));
        FieldErrors.bind(consentTable, consentsError, viewModel.errorProperty("consents"));
        Pickers.isoDates(consentDatePicker);
        consentDatePicker.valueProperty().bindBidirectional(viewModel.newConsentDateProperty());
        Pickers.required(consentScopeBox, Arrays.asList(ConsentScope.values()), l10n::label);
        consentScopeBox.valueProperty().bindBidirectional(viewModel.newConsentScopeProperty());
        consentScopeRow.getChildren().add(helpButtons.create("ConsentScope.EQUALITY_MONITORING",
                plain("person.consent.scope")));
        withdrawButton.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            ConsentDraft selected = consentTable.getSelectionModel().getSelectedItem();
            return selected == null || selected.withdrawnOn() != null;
        }, consentTable.getSelectionModel().selectedItemProperty()));

        groupsList.setItems(viewModel.groupChoices());
        Pickers.bindChecks(groupsList, viewModel.groups(), Choice::id);
        Pickers.tabOverChecks(groupsList);
        groupsList.disableProperty().bind(viewModel.consentValidTodayProperty().not());
        groupsNote.textProperty().bind(viewModel.groupsNoteProperty());
        groupsNote.visibleProperty().bind(viewModel.consentValidTodayProperty().not());
        groupsNote.managedProperty().bind(groupsNote.visibleProperty());
        FieldErrors.bind(groupsList, groupsError, viewModel.errorProperty("groups"));
        // Space checks or unchecks the selected group, so the list works without a mouse
        groupsList.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            int index = groupsList.getSelectionModel().getSelectedIndex();
            if (event.getCode() == KeyCode.SPACE && index >= 0) {
                if (groupsList.getCheckModel().isChecked(index)) {
                    groupsList.getCheckModel().clearCheck(index);
                } else {
                    groupsList.getCheckModel().check(index);
                }
                event.consume();
            }
        });
    }

    private void bindHistory() {
        activityTable.setItems(viewModel.activitiesTaken());
        activityDateColumn.setCellValueFactory(cell -> constant(date(cell.getValue().heldOn())));
        activityTitleColumn.setCellValueFactory(cell -> constant(cell.getValue().title()));
        activityAttendanceColumn.setCellValueFactory(cell -> constant(attendance(cell.getValue())));
        teamTable.setItems(viewModel.teamSeats());
        teamNameColumn.setCellValueFactory(cell -> constant(cell.getValue().teamName()));
        teamRoleColumn.setCellValueFactory(cell -> constant(cell.getValue().profession() != null
                ? cell.getValue().profession()
                : viewModel.roleProperty().get() == null ? "" : l10n.label(viewModel.roleProperty().get())));
        teamTenureColumn.setCellValueFactory(cell -> constant(tenure(cell.getValue())));
        activityTable.setPlaceholder(new Label(l10n.text("person.history.noActivities")));
        teamTable.setPlaceholder(new Label(l10n.text("person.history.noTeams")));
    }

    private String attendance(ActivityTaken taken) {
        if (taken.attendance() != null) {
            return l10n.label(taken.attendance());
        }
        return l10n.text(taken.invited() ? "person.history.invited" : "person.history.notRecorded");
    }

    private String tenure(TeamSeat seat) {
        if (seat.joinedOn() == null && seat.leftOn() == null) {
            return "";
        }
        return l10n.text(seat.leftOn() == null ? "person.history.since" : "person.history.between",
                date(seat.joinedOn()), date(seat.leftOn()));
    }

    private static String date(java.time.LocalDate day) {
        return day == null ? "" : Pickers.DATE.format(day);
    }

    private String plain(String key) {
        return l10n.text(key).replace("_", "").replace(" *", "");
    }

    private static void limit(TextField field, int max) {
        field.setTextFormatter(new TextFormatter<String>(change ->
                change.getControlNewText().length() <= max + 50 ? change : null));
    }

    private static ObservableValue<String> constant(String text) {
        return new ReadOnlyStringWrapper(text);
    }

    @FXML
    private void save() {
        commitEdits();
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
    private void exportAccess() {
        viewModel.exportAccess();
    }

    @FXML
    private void erase() {
        viewModel.erase();
    }

    @FXML
    private void toggleIdentity() {
        if (viewModel.identityShownProperty().get()) {
            viewModel.hideIdentity();
        } else {
            viewModel.revealIdentity();
        }
    }

    @FXML
    private void addConsent() {
        commitEdits();
        viewModel.addConsent();
    }

    @FXML
    private void withdrawConsent() {
        ConsentDraft selected = consentTable.getSelectionModel().getSelectedItem();
        if (selected != null) {
            viewModel.withdrawConsent(selected);
        }
    }
}
