package org.inclusio.logic.analysis.rules;

import java.math.BigDecimal;

/**
 * One tunable parameter of a rule: its name (stable, stored in {@code RuleParameter.name}), type,
 * default and allowed range. Its label is the message {@link #labelKey(String)}.
 *
 * @param name         the parameter's stable name, e.g. {@code minLayMembers}
 * @param type         whole or decimal number
 * @param defaultValue the value used until a region sets its own
 * @param minimum      the smallest allowed value
 * @param maximum      the largest allowed value, or null for no upper bound
 */
public record ParameterDefinition(String name, ParameterType type, BigDecimal defaultValue, BigDecimal minimum,
                                  BigDecimal maximum) {

    public ParameterDefinition {
        if (name == null || name.isBlank() || type == null || defaultValue == null || minimum == null) {
            throw new IllegalArgumentException("a parameter needs a name, type, default and minimum");
        }
        if (!accepts(type, defaultValue, minimum, maximum)) {
            throw new IllegalArgumentException("default of " + name + " is not allowed: " + defaultValue);
        }
    }

    /** A whole-number parameter with a lower bound. */
    public static ParameterDefinition integer(String name, int defaultValue, int minimum) {
        return new ParameterDefinition(name, ParameterType.INTEGER, BigDecimal.valueOf(defaultValue),
                BigDecimal.valueOf(minimum), null);
    }

    /** A decimal parameter within {@code [minimum, maximum]}; maximum may be null. */
    public static ParameterDefinition decimal(String name, String defaultValue, String minimum, String maximum) {
        return new ParameterDefinition(name, ParameterType.DECIMAL, new BigDecimal(defaultValue),
                new BigDecimal(minimum), maximum == null ? null : new BigDecimal(maximum));
    }

    /** The message key of the parameter's label, e.g. {@code analysis.rule.TOKENISM.param.minLayMembers}. */
    public String labelKey(String ruleCode) {
        return "analysis.rule." + ruleCode + ".param." + name;
    }

    /**
     * The value of a setting as typed by a user or stored, or an exception saying why it is not
     * allowed (not a number, not whole, out of range).
     */
    public BigDecimal parse(String setting) {
        BigDecimal value;
        try {
            value = new BigDecimal(setting == null ? "" : setting.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": not a number: " + setting, e);
        }
        if (!accepts(type, value, minimum, maximum)) {
            throw new IllegalArgumentException(name + ": not allowed: " + setting);
        }
        return value;
    }

    /** The canonical stored form of a value, e.g. "2" or "0.5". */
    public String format(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static boolean accepts(ParameterType type, BigDecimal value, BigDecimal minimum, BigDecimal maximum) {
        if (type == ParameterType.INTEGER && value.stripTrailingZeros().scale() > 0) {
            return false;
        }
        return value.compareTo(minimum) >= 0 && (maximum == null || value.compareTo(maximum) <= 0);
    }
}
