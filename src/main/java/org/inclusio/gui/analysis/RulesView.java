package org.inclusio.gui.analysis;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.inclusio.gui.analysis.RulesViewModel.ParameterItem;
import org.inclusio.gui.analysis.RulesViewModel.RuleItem;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.gui.util.Fxml;

/**
 * The "Rules" section: one pane per exclusion rule with its reason and source and a field per
 * parameter, saved with Enter or "Apply" and put back with "Default".
 */
public final class RulesView {

    private final RulesViewModel viewModel;
    private final Localization l10n;
    private Parent root;

    @FXML private VBox rulesBox;

    public RulesView(RulesViewModel viewModel, Localization l10n) {
        this.viewModel = viewModel;
        this.l10n = l10n;
    }

    public Parent root() {
        if (root == null) {
            root = Fxml.load(RulesView.class, "Rules.fxml", this, l10n);
            viewModel.reload();
        }
        return root;
    }

    @FXML
    private void initialize() {
        viewModel.rules().addListener((ListChangeListener<RuleItem>) change -> {
            rulesBox.getChildren().remove(1, rulesBox.getChildren().size());
            viewModel.rules().forEach(rule -> rulesBox.getChildren().add(pane(rule)));
        });
    }

    private TitledPane pane(RuleItem rule) {
        VBox content = new VBox(6);
        // the kind of exclusion is the first line inside, so the section's title stays short enough for its line
        Label kind = new Label(l10n.label(rule.descriptor().kind()));
        kind.setWrapText(true);
        kind.setMinHeight(Region.USE_PREF_SIZE);
        kind.getStyleClass().add("muted");
        content.getChildren().add(kind);
        Label reason = new Label(l10n.text(rule.descriptor().reasonKey()));
        reason.setWrapText(true);
        reason.setMinHeight(Region.USE_PREF_SIZE);
        Label source = new Label(l10n.text("analysis.flags.why.source", l10n.text(rule.descriptor().sourceKey())));
        source.setWrapText(true);
        source.setMinHeight(Region.USE_PREF_SIZE);
        source.getStyleClass().add("muted");
        content.getChildren().addAll(reason, source);
        // each threshold: its label above, its field and buttons below (they wrap onto more lines when the text is
        // large), then its message; so nothing is cut short at any text size
        VBox parameters = new VBox(8);
        for (ParameterItem parameter : rule.parameters()) {
            Label label = new Label(l10n.text(parameter.definition().labelKey(rule.descriptor().code())));
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
            TextField field = new TextField();
            field.setPrefColumnCount(6);
            field.setMinWidth(Region.USE_PREF_SIZE);
            field.textProperty().bindBidirectional(parameter.text());
            label.setLabelFor(field);
            field.setOnAction(event -> viewModel.apply(rule, parameter));
            Button apply = new Button(l10n.text("analysis.rules.apply"));
            apply.setMinWidth(Region.USE_PREF_SIZE);
            apply.setOnAction(event -> viewModel.apply(rule, parameter));
            Button reset = new Button(l10n.text("analysis.rules.default",
                    parameter.definition().format(parameter.definition().defaultValue())));
            reset.setMinWidth(Region.USE_PREF_SIZE);
            reset.setOnAction(event -> viewModel.reset(rule, parameter));
            Label error = new Label();
            error.getStyleClass().add("field-error");
            error.setWrapText(true);
            error.setMinHeight(Region.USE_PREF_SIZE);
            error.textProperty().bind(parameter.error());
            error.managedProperty().bind(error.textProperty().isNotEmpty());
            FlowPane controls = new FlowPane(6, 4, field, apply, reset);
            parameters.getChildren().add(new VBox(4, label, controls, error));
        }
        if (!rule.parameters().isEmpty()) {
            content.getChildren().add(parameters);
        }
        TitledPane pane = new TitledPane(l10n.text(rule.descriptor().nameKey()), content);
        pane.setId("rule-" + rule.descriptor().code());
        pane.setExpanded(true);
        pane.setAnimated(false);
        return pane;
    }
}
