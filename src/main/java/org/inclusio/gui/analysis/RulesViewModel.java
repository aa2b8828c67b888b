package org.inclusio.gui.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.inclusio.gui.dialog.DialogService;
import org.inclusio.logic.analysis.rules.ExclusionDetector;
import org.inclusio.logic.analysis.rules.ParameterDefinition;
import org.inclusio.logic.analysis.rules.ParameterType;
import org.inclusio.logic.analysis.rules.ParameterValues;
import org.inclusio.logic.analysis.rules.RuleDescriptor;
import org.inclusio.logic.analysis.rules.RuleParameterStore;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.task.BackgroundTask;
import org.inclusio.logic.task.TaskExecutor;

/**
 * The "Rules" section: every exclusion rule with its name, reason and source, and its parameters
 * as the region set them, each editable (checked against its type and range) or reset to default.
 */
public final class RulesViewModel {

    private final ExclusionDetector detector;
    private final RuleParameterStore store;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Localization l10n;
    private final ObservableList<RuleItem> rules = FXCollections.observableArrayList();

    public RulesViewModel(ExclusionDetector detector, RuleParameterStore store, TaskExecutor executor,
                          DialogService dialogs, Localization l10n) {
        this.detector = detector;
        this.store = store;
        this.executor = executor;
        this.dialogs = dialogs;
        this.l10n = l10n;
    }

    /** Reads the rules and the region's parameter values. */
    public void reload() {
        executor.execute(BackgroundTask.of(l10n.text("analysis.task.rules"), task -> {
            List<RuleItem> items = new ArrayList<>();
            for (RuleDescriptor rule : detector.rules()) {
                items.add(new RuleItem(rule, store.values(rule)));
            }
            return items;
        }).onSuccess(rules::setAll));
    }

    /** Stores the typed value of a parameter; false (with the error shown) when it is not allowed. */
    public boolean apply(RuleItem rule, ParameterItem parameter) {
        ParameterDefinition definition = parameter.definition();
        try {
            definition.parse(parameter.text().get());
        } catch (IllegalArgumentException invalid) {
            parameter.error().set(problem(definition));
            return false;
        }
        parameter.error().set("");
        String setting = parameter.text().get();
        save(rule, parameter, () -> store.set(rule.descriptor(), definition.name(), setting));
        return true;
    }

    /** Removes the region's setting, so the parameter runs with its default. */
    public void reset(RuleItem rule, ParameterItem parameter) {
        parameter.error().set("");
        save(rule, parameter, () -> store.reset(rule.descriptor(), parameter.definition().name()));
    }

    private void save(RuleItem rule, ParameterItem parameter, Runnable change) {
        executor.execute(BackgroundTask.of(l10n.text("analysis.task.ruleParameter"), task -> {
            change.run();
            return store.values(rule.descriptor());
        }).onSuccess(values -> {
            BigDecimal now = values.value(parameter.definition().name());
            parameter.text().set(parameter.definition().format(now));
            dialogs.notify(l10n.text("analysis.rules.saved", l10n.text(parameter.definition()
                    .labelKey(rule.descriptor().code())), parameter.definition().format(now)));
        }).onFailure(dialogs::showUnexpectedError));
    }

    private String problem(ParameterDefinition definition) {
        String minimum = definition.format(definition.minimum());
        if (definition.maximum() != null) {
            return l10n.text(definition.type() == ParameterType.INTEGER ? "analysis.rules.invalid.wholeBetween"
                    : "analysis.rules.invalid.between", minimum, definition.format(definition.maximum()));
        }
        return l10n.text(definition.type() == ParameterType.INTEGER ? "analysis.rules.invalid.wholeFrom"
                : "analysis.rules.invalid.from", minimum);
    }

    public ObservableList<RuleItem> rules() {
        return rules;
    }

    /** A rule with its parameters as edited on screen. */
    public static final class RuleItem {

        private final RuleDescriptor descriptor;
        private final List<ParameterItem> parameters = new ArrayList<>();

        RuleItem(RuleDescriptor descriptor, ParameterValues values) {
            this.descriptor = descriptor;
            Map<String, BigDecimal> current = values.values();
            for (ParameterDefinition definition : descriptor.parameters()) {
                parameters.add(new ParameterItem(definition, new SimpleStringProperty(
                        definition.format(current.get(definition.name()))), new SimpleStringProperty("")));
            }
        }

        public RuleDescriptor descriptor() {
            return descriptor;
        }

        public List<ParameterItem> parameters() {
            return parameters;
        }

        public ParameterItem parameter(String name) {
            return parameters.stream().filter(p -> p.definition().name().equals(name)).findFirst().orElseThrow();
        }
    }

    /**
     * A parameter's value as typed, and why it is not allowed (empty when it is).
     *
     * @param definition the parameter
     * @param text       the value as typed
     * @param error      the validation message, or empty
     */
    public record ParameterItem(ParameterDefinition definition, StringProperty text, StringProperty error) {
    }
}
