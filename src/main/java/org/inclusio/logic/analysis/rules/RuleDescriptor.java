package org.inclusio.logic.analysis.rules;

import java.util.List;
import java.util.Optional;
import org.inclusio.model.ExclusionKind;
import org.inclusio.model.Severity;

/**
 * What a rule is: its stable code (stored as {@code ExclusionFlag.ruleCode} and
 * {@code RuleParameter.ruleCode}), the kind of exclusion it detects, the severity of its flags, the
 * message keys of its name, of the reason it matters, of the source it comes from and of the
 * explanation of a finding, and its parameters.
 *
 * @param code            stable code, e.g. {@code TOKENISM}
 * @param kind            external (no place) or internal (no say) exclusion
 * @param severity        severity given to the flags the rule raises
 * @param nameKey         message key of the short name
 * @param reasonKey       message key of why this is exclusion
 * @param sourceKey       message key of the source the rule comes from
 * @param explanationKey  message key of a finding's explanation (a pattern with arguments)
 * @param parameters      the tunable parameters, with defaults
 */
public record RuleDescriptor(String code, ExclusionKind kind, Severity severity, String nameKey, String reasonKey,
                             String sourceKey, String explanationKey, List<ParameterDefinition> parameters) {

    public RuleDescriptor {
        if (code == null || !code.matches("[A-Z][A-Z0-9_]{0,79}")) {
            throw new IllegalArgumentException("rule code must be upper case letters, digits and _: " + code);
        }
        parameters = List.copyOf(parameters);
    }

    /** A descriptor whose message keys follow {@code analysis.rule.<code>.name|reason|source|explanation}. */
    public static RuleDescriptor of(String code, ExclusionKind kind, Severity severity,
                                    ParameterDefinition... parameters) {
        String prefix = "analysis.rule." + code + ".";
        return new RuleDescriptor(code, kind, severity, prefix + "name", prefix + "reason", prefix + "source",
                prefix + "explanation", List.of(parameters));
    }

    public Optional<ParameterDefinition> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
