package org.inclusio.gui.activity;

import org.inclusio.gui.help.HelpContext;
import org.inclusio.logic.i18n.TaskGuide;
import java.util.Arrays;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.inclusio.gui.dialog.DialogService;
import org.inclusio.gui.main.PendingAreaView;
import org.inclusio.gui.util.AreaShortcuts;
import org.inclusio.gui.util.EditorHost;
import org.inclusio.gui.util.Fxml;
import org.inclusio.gui.util.Pickers;
import org.inclusio.gui.util.RegisterNavigation;
import org.inclusio.logic.activity.ActivityRow;
import org.inclusio.logic.activity.ActivitySort;
import org.inclusio.logic.common.Choice;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.model.Level;
import org.inclusio.model.Mode;

/**
 * The Activities area: the register with search and filters on the left, the editor of the
 * selected activity on the right. Keyboard: Ctrl+N new, Ctrl+S save, Ctrl+F search, Delete (in
 * the register) to the trash, Alt+Down / Alt+Up next and previous activity.
 */
public final class ActivityRegisterView {

    private final ActivityRegisterViewModel viewModel;
    private final ActivityEditorView editorView;
    private final DialogService dialogs;
    private final Localization l10n;
    private Parent root;
    private RegisterNavigation<ActivityRow> navigation;

    @FXML private TextField searchField;
    @FXML private DatePicker fromPicker;
    @FXML private DatePicker toPicker;
    @FXML private ComboBox<Mode> modeFilter;
    @FXML private ComboBox<Level> levelFilter;
    @FXML private ComboBox<Choice> teamFilter;
    @FXML private ComboBox<Choice> organisationFilter;
    @FXML private ComboBox<Choice> groupFilter;
    @FXML private ComboBox<GroupPresence> groupPresenceFilter;
    @FXML private CheckBox openFlagsFilter;
    @FXML private TableView<ActivityRow> table;
    @FXML private TableColumn<ActivityRow, String> dateColumn;
    @FXML private TableColumn<ActivityRow, String> titleColumn;
    @FXML private TableColumn<ActivityRow, String> modeColumn;
    @FXML private TableColumn<ActivityRow, String> levelColumn;
    @FXML private TableColumn<ActivityRow, String> teamColumn;
    @FXML private TableColumn<ActivityRow, Number> attendedColumn;
    @FXML private TableColumn<ActivityRow, Number> flagsColumn;
    @FXML private Label summaryLabel;
    @FXML private StackPane editorHost;

    public ActivityRegisterView(ActivityRegisterViewModel viewModel, ActivityEditorView editorView,
                                DialogService dialogs, Localization l10n) {
        this.viewModel = viewModel;
        this.editorView = editorView;
        this.dialogs = dialogs;
        this.l10n = l10n;
    }

    public Parent root() {
        if (root == null) {
            root = Fxml.load(ActivityRegisterView.class, "ActivityRegister.fxml", this, l10n);
            HelpContext.mark(root, TaskGuide.MEETING);
            // the area's shortcuts work wherever the focus is while the area is on screen
            AreaShortcuts.whileShown(root, event -> navigation.handleKey(event, this::newActivity, searchField));
            viewModel.start();
        }
        return root;
    }

    @FXML
    private void initialize() {
        bindFilters();
        bindTable();
        EditorHost.install(editorHost, PendingAreaView.create(l10n, "area.activities", "activity.editor.empty"), editorView::root,
                viewModel.editor().editingProperty());
    }

    private void bindFilters() {
        searchField.textProperty().bindBidirectional(viewModel.searchTextProperty());
        PauseTransition typing = new PauseTransition(Duration.millis(250));
        typing.setOnFinished(event -> viewModel.reload());
        searchField.textProperty().addListener((o, old, now) -> typing.playFromStart());
        Pickers.isoDates(fromPicker);
        Pickers.isoDates(toPicker);
        fromPicker.valueProperty().bindBidirectional(viewModel.fromProperty());
        toPicker.valueProperty().bindBidirectional(viewModel.toProperty());
        String any = l10n.text("activity.filter.any");
        Pickers.optional(modeFilter, Arrays.asList(Mode.values()), l10n::label, any);
        modeFilter.valueProperty().bindBidirectional(viewModel.modeProperty());
        Pickers.optional(levelFilter, Arrays.asList(Level.values()), l10n::label, any);
        levelFilter.valueProperty().bindBidirectional(viewModel.levelProperty());
        Pickers.optional(teamFilter, viewModel.teamChoices(), Choice::label, any);
        teamFilter.valueProperty().bindBidirectional(viewModel.teamProperty());
        Pickers.optional(organisationFilter, viewModel.organisationChoices(), Choice::label, any);
        organisationFilter.valueProperty().bindBidirectional(viewModel.organisationProperty());
        Pickers.optional(groupFilter, viewModel.groupChoices(), Choice::label, any);
        groupFilter.valueProperty().bindBidirectional(viewModel.groupProperty());
        Pickers.required(groupPresenceFilter, Arrays.asList(GroupPresence.values()), p -> l10n.text(p.labelKey()));
        groupPresenceFilter.valueProperty().bindBidirectional(viewModel.groupPresenceProperty());
        groupPresenceFilter.disableProperty().bind(viewModel.groupProperty().isNull());
        openFlagsFilter.selectedProperty().bindBidirectional(viewModel.openFlagsOnlyProperty());
        for (javafx.beans.Observable filter : new javafx.beans.Observable[] {viewModel.fromProperty(),
            viewModel.toProperty(), viewModel.modeProperty(), viewModel.levelProperty(), viewModel.teamProperty(),
            viewModel.organisationProperty(), viewModel.groupProperty(), viewModel.groupPresenceProperty(),
            viewModel.openFlagsOnlyProperty()}) {
            filter.addListener(o -> viewModel.reload());
        }
    }

    private void bindTable() {
        table.setItems(viewModel.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_SUBSEQUENT_COLUMNS);
        dateColumn.setCellValueFactory(cell -> constant(Pickers.DATE.format(cell.getValue().heldOn())));
        titleColumn.setCellValueFactory(cell -> constant(cell.getValue().title()));
        modeColumn.setCellValueFactory(cell -> constant(l10n.label(cell.getValue().mode())));
        levelColumn.setCellValueFactory(cell -> constant(l10n.label(cell.getValue().level())));
        teamColumn.setCellValueFactory(cell -> constant(cell.getValue().teamName() == null ? ""
                : cell.getValue().teamName()));
        attendedColumn.setCellValueFactory(cell -> new javafx.beans.property.SimpleLongProperty(
                cell.getValue().attended()));
        flagsColumn.setCellValueFactory(cell -> new javafx.beans.property.SimpleLongProperty(
                cell.getValue().openFlags()));
        dateColumn.setUserData(ActivitySort.DATE);
        titleColumn.setUserData(ActivitySort.TITLE);
        modeColumn.setUserData(ActivitySort.MODE);
        levelColumn.setUserData(ActivitySort.LEVEL);
        teamColumn.setUserData(ActivitySort.TEAM);
        attendedColumn.setUserData(ActivitySort.ATTENDED);
        flagsColumn.setUserData(ActivitySort.OPEN_FLAGS);
        RegisterNavigation.sortInDatabase(table, ActivitySort.class, viewModel::sortBy);
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        Label placeholder = new Label();
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(Bindings.when(viewModel.loadingProperty())
                .then("")
                .otherwise(Bindings.when(Bindings.createBooleanBinding(this::noFilters, viewModel.rows()))
                        .then(l10n.text("activity.register.empty.title") + "\n"
                                + l10n.text("activity.register.empty.text"))
                        .otherwise(l10n.text("activity.register.noMatch"))));
        placeholder.getStyleClass().add("empty-state-text");
        table.setPlaceholder(placeholder);
        navigation = new RegisterNavigation<>(table, ActivityRow::id, viewModel.editor(), dialogs, l10n);
        viewModel.setRowsLoadedListener(() -> navigation.select(viewModel.takeSelectionAfterLoad()));
    }

    private boolean noFilters() {
        return viewModel.query().equals(org.inclusio.logic.activity.ActivityQuery.all()
                .withSort(viewModel.query().sort(), viewModel.query().ascending()));
    }

    @FXML
    private void newActivity() {
        if (!navigation.confirmDiscard()) {
            return;
        }
        navigation.clearSelection();
        viewModel.editor().newActivity();
        editorView.focusFirstField();
    }

    @FXML
    private void clearFilters() {
        viewModel.clearFilters();
    }

    private static javafx.beans.value.ObservableValue<String> constant(String text) {
        return new javafx.beans.property.ReadOnlyStringWrapper(text);
    }
}
