package org.inclusio.logic.analysis.rules;

import io.ebean.Database;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.inclusio.model.RuleParameter;
import org.inclusio.model.query.QRuleParameter;

/**
 * The region's settings of rule parameters, kept as {@code RuleParameter} rows (rule code, name,
 * setting) so every user of a shared store runs the rules alike. A parameter without a row, or with
 * a setting that is no longer valid, runs with its default.
 */
public final class RuleParameterStore {

    private final Database database;

    public RuleParameterStore(Database database) {
        this.database = database;
    }

    /** The values the rule runs with. */
    public ParameterValues values(RuleDescriptor rule) {
        Map<String, BigDecimal> values = new HashMap<>(ParameterValues.defaults(rule).values());
        for (RuleParameter stored : stored(rule)) {
            rule.parameter(stored.getName()).ifPresent(definition -> {
                try {
                    values.put(definition.name(), definition.parse(stored.getSetting()));
                } catch (IllegalArgumentException invalid) {
                    // An unusable stored setting falls back to the default (already in the map).
                }
            });
        }
        return new ParameterValues(rule.code(), values);
    }

    /**
     * Stores a setting after checking it against the parameter's type and range.
     *
     * @throws IllegalArgumentException if the rule has no such parameter or the setting is not allowed
     */
    public void set(RuleDescriptor rule, String name, String setting) {
        ParameterDefinition definition = definition(rule, name);
        String canonical = definition.format(definition.parse(setting));
        RuleParameter row = new QRuleParameter(database).ruleCode.eq(rule.code()).name.eq(name).findOne();
        if (row == null) {
            row = new RuleParameter();
            row.setRuleCode(rule.code());
            row.setName(name);
        }
        row.setSetting(canonical);
        database.save(row);
    }

    /** Removes the region's setting, so the parameter runs with its default again. */
    public void reset(RuleDescriptor rule, String name) {
        definition(rule, name);
        new QRuleParameter(database).ruleCode.eq(rule.code()).name.eq(name).delete();
    }

    private List<RuleParameter> stored(RuleDescriptor rule) {
        return new QRuleParameter(database).ruleCode.eq(rule.code()).findList();
    }

    private static ParameterDefinition definition(RuleDescriptor rule, String name) {
        return rule.parameter(name).orElseThrow(
                () -> new IllegalArgumentException(rule.code() + " has no parameter " + name));
    }
}
