package org.inclusio.gui.person;

import java.util.Arrays;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.inclusio.gui.dialog.DialogService;
import org.inclusio.gui.main.PendingAreaView;
import org.inclusio.gui.util.EditorHost;
import org.inclusio.gui.util.Fxml;
import org.inclusio.gui.util.Pickers;
import org.inclusio.gui.util.RegisterNavigation;
import org.inclusio.logic.common.Choice;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.person.PersonRow;
import org.inclusio.logic.person.PersonSort;
import org.inclusio.model.PersonRole;
import org.inclusio.model.RecruitmentRoute;

/**
 * The People area: the pseudonymous register (codes only) with search and filters on the left,
 * the editor of the selected person on the right. Keyboard: Ctrl+N new, Ctrl+S save, Ctrl+F search,
 * Delete (in the register) to the trash, Alt+Down / Alt+Up next and previous person.
 */
public final class PersonRegisterView {

    private final PersonRegisterViewModel viewModel;
    private final PersonEditorView editorView;
    private final DialogService dialogs;
    private final Localization l10n;
    private Parent root;
    private RegisterNavigation<PersonRow> navigation;

    @FXML private TextField searchField;
    @FXML private ComboBox<PersonRole> roleFilter;
    @FXML private ComboBox<RecruitmentRoute> routeFilter;
    @FXML private ComboBox<Choice> groupFilter;
    @FXML private ComboBox<Boolean> paidFilter;
    @FXML private CheckBox leadFilter;
    @FXML private TableView<PersonRow> table;
    @FXML private TableColumn<PersonRow, String> codeColumn;
    @FXML private TableColumn<PersonRow, String> roleColumn;
    @FXML private TableColumn<PersonRow, String> routeColumn;
    @FXML private TableColumn<PersonRow, String> paidColumn;
    @FXML private TableColumn<PersonRow, Number> attendedColumn;
    @FXML private Label summaryLabel;
    @FXML private StackPane editorHost;

    public PersonRegisterView(PersonRegisterViewModel viewModel, PersonEditorView editorView, DialogService dialogs,
                              Localization l10n) {
        this.viewModel = viewModel;
        this.editorView = editorView;
        this.dialogs = dialogs;
        this.l10n = l10n;
    }

    public Parent root() {
        if (root == null) {
            root = Fxml.load(PersonRegisterView.class, "PersonRegister.fxml", this, l10n);
            // the area's shortcuts work wherever the focus is while the area is on screen
            org.inclusio.gui.util.AreaShortcuts.whileShown(root,
                    event -> navigation.handleKey(event, this::newPerson, searchField));
            // arriving in the area (Ctrl+2) puts the cursor in the search, so the area's keys work at once
            root.parentProperty().addListener((o, old, parent) -> {
                if (parent != null) {
                    Platform.runLater(searchField::requestFocus);
                }
            });
            viewModel.start();
        }
        return root;
    }

    @FXML
    private void initialize() {
        bindFilters();
        bindTable();
        EditorHost.install(editorHost, PendingAreaView.create(l10n, "area.people", "person.editor.empty"), editorView::root,
                viewModel.editor().editingProperty());
    }

    private void bindFilters() {
        searchField.textProperty().bindBidirectional(viewModel.searchTextProperty());
        PauseTransition typing = new PauseTransition(Duration.millis(250));
        typing.setOnFinished(event -> viewModel.reload());
        searchField.textProperty().addListener((o, old, now) -> typing.playFromStart());
        String any = l10n.text("person.filter.any");
        Pickers.optional(roleFilter, Arrays.asList(PersonRole.values()), l10n::label, any);
        roleFilter.valueProperty().bindBidirectional(viewModel.roleProperty());
        Pickers.optional(routeFilter, Arrays.asList(RecruitmentRoute.values()), l10n::label, any);
        routeFilter.valueProperty().bindBidirectional(viewModel.routeProperty());
        Pickers.optional(groupFilter, viewModel.groupChoices(), Choice::label, any);
        groupFilter.valueProperty().bindBidirectional(viewModel.groupProperty());
        Pickers.optional(paidFilter, List.of(Boolean.TRUE, Boolean.FALSE), this::paidLabel, any);
        paidFilter.valueProperty().bindBidirectional(viewModel.paidProperty());
        leadFilter.selectedProperty().bindBidirectional(viewModel.leadPatientsOnlyProperty());
        for (javafx.beans.Observable filter : new javafx.beans.Observable[] {viewModel.roleProperty(),
            viewModel.routeProperty(), viewModel.groupProperty(), viewModel.paidProperty(),
            viewModel.leadPatientsOnlyProperty()}) {
            filter.addListener(o -> viewModel.reload());
        }
    }

    private String paidLabel(Boolean paid) {
        return l10n.text(paid ? "person.paid.yes" : "person.paid.no");
    }

    private void bindTable() {
        table.setItems(viewModel.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        codeColumn.setCellValueFactory(cell -> constant(cell.getValue().code()
                + (cell.getValue().leadPatient() ? " \u2605" : "")));
        roleColumn.setCellValueFactory(cell -> constant(l10n.label(cell.getValue().role())));
        routeColumn.setCellValueFactory(cell -> constant(cell.getValue().route() == null ? ""
                : l10n.label(cell.getValue().route())));
        paidColumn.setCellValueFactory(cell -> constant(paidLabel(cell.getValue().paid())));
        attendedColumn.setCellValueFactory(cell -> new SimpleLongProperty(cell.getValue().attended()));
        codeColumn.setUserData(PersonSort.CODE);
        roleColumn.setUserData(PersonSort.ROLE);
        routeColumn.setUserData(PersonSort.RECRUITMENT_ROUTE);
        paidColumn.setUserData(PersonSort.PAID);
        attendedColumn.setUserData(PersonSort.ATTENDED);
        // sorting happens in the database, so the register stays right when it shows only the first rows
        RegisterNavigation.sortInDatabase(table, PersonSort.class, viewModel::sortBy);
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        Label placeholder = new Label();
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(Bindings.when(viewModel.loadingProperty())
                .then("")
                .otherwise(Bindings.when(Bindings.createBooleanBinding(viewModel::unfiltered, viewModel.rows()))
                        .then(l10n.text("person.register.empty.title") + "\n"
                                + l10n.text("person.register.empty.text"))
                        .otherwise(l10n.text("person.register.noMatch"))));
        placeholder.getStyleClass().add("empty-state-text");
        table.setPlaceholder(placeholder);
        navigation = new RegisterNavigation<>(table, PersonRow::id, viewModel.editor(), dialogs, l10n);
        navigation.setBeforeSave(editorView::commitEdits);
        viewModel.setRowsLoadedListener(() -> navigation.select(viewModel.takeSelectionAfterLoad()));
    }

    @FXML
    private void newPerson() {
        if (!navigation.confirmDiscard()) {
            return;
        }
        navigation.clearSelection();
        viewModel.editor().newPerson();
        editorView.focusFirstField();
    }

    @FXML
    private void reviewRetention() {
        viewModel.editor().reviewRetention();
    }

    @FXML
    private void clearFilters() {
        viewModel.clearFilters();
    }

    private static ObservableValue<String> constant(String text) {
        return new ReadOnlyStringWrapper(text);
    }
}
