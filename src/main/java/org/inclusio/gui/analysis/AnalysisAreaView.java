package org.inclusio.gui.analysis;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.inclusio.gui.util.Pickers;
import org.inclusio.logic.common.Choice;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.gui.util.Fxml;

/**
 * The Analysis area: the filter bar shared by every section above tabs for the mode x level
 * matrix, exclusion flags, representation, influence, participation funnel and rules.
 */
public final class AnalysisAreaView {

    private final AnalysisFilterViewModel filter;
    private final Localization l10n;
    private final Tab[] sections;
    private Parent root;

    @FXML private DatePicker fromPicker;
    @FXML private DatePicker toPicker;
    @FXML private ComboBox<Choice> teamFilter;
    @FXML private ComboBox<Choice> organisationFilter;
    @FXML private ComboBox<Choice> groupFilter;
    @FXML private Label filterProblem;
    @FXML private javafx.scene.layout.HBox organisationBox;
    @FXML private javafx.scene.layout.HBox groupBox;
    @FXML private javafx.scene.control.ToggleButton moreFiltersButton;
    @FXML private TabPane tabs;

    /**
     * @param sections the tabs in order, each made with {@link #section(String, String, Node)}
     */
    public AnalysisAreaView(AnalysisFilterViewModel filter, Localization l10n, Tab... sections) {
        this.filter = filter;
        this.l10n = l10n;
        this.sections = sections.clone();
    }

    /** A tab of the area with a stable id (used by tests and the screenshot tour). */
    public static Tab section(String id, String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        return tab;
    }

    public Parent root() {
        if (root == null) {
            root = Fxml.load(AnalysisAreaView.class, "AnalysisArea.fxml", this, l10n);
            filter.loadChoices();
        }
        return root;
    }

    @FXML
    private void initialize() {
        Pickers.isoDates(fromPicker);
        Pickers.isoDates(toPicker);
        fromPicker.valueProperty().bindBidirectional(filter.fromProperty());
        toPicker.valueProperty().bindBidirectional(filter.toProperty());
        String all = l10n.text("analysis.filter.all");
        Pickers.optional(teamFilter, filter.teamChoices(), Choice::label, all);
        teamFilter.valueProperty().bindBidirectional(filter.teamProperty());
        Pickers.optional(organisationFilter, filter.organisationChoices(), Choice::label, all);
        organisationFilter.valueProperty().bindBidirectional(filter.organisationProperty());
        Pickers.optional(groupFilter, filter.groupChoices(), Choice::label, all);
        groupFilter.valueProperty().bindBidirectional(filter.groupProperty());
        // the organisation and the group are asked for less often: they show on "More filters", or while set
        javafx.beans.binding.BooleanBinding more = moreFiltersButton.selectedProperty()
                .or(filter.organisationProperty().isNotNull()).or(filter.groupProperty().isNotNull());
        for (javafx.scene.layout.HBox box : new javafx.scene.layout.HBox[] {organisationBox, groupBox}) {
            box.visibleProperty().bind(more);
            box.managedProperty().bind(more);
        }
        moreFiltersButton.setAccessibleHelp(l10n.text("analysis.filter.moreHelp"));
        moreFiltersButton.setTooltip(new javafx.scene.control.Tooltip(l10n.text("analysis.filter.moreHelp")));
        moreFiltersButton.selectedProperty().addListener((o, was, shown) -> {
            if (shown && moreFiltersButton.isFocused()) {
                organisationFilter.requestFocus();
            }
        });
        filterProblem.textProperty().bind(filter.problemProperty());
        filterProblem.visibleProperty().bind(filter.problemProperty().isNotEmpty());
        filterProblem.managedProperty().bind(filterProblem.visibleProperty());
        tabs.getTabs().setAll(sections);
    }

    @FXML
    private void clearFilters() {
        filter.clear();
    }
}
