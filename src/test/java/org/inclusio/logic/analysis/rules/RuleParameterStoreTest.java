package org.inclusio.logic.analysis.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.file.Path;
import org.inclusio.model.ExclusionKind;
import org.inclusio.model.RuleParameter;
import org.inclusio.model.Severity;
import org.inclusio.persistence.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleParameterStoreTest {

    private static final RuleDescriptor RULE = RuleDescriptor.of("SAMPLE", ExclusionKind.EXTERNAL, Severity.LOW,
            ParameterDefinition.integer("minPeople", 2, 1),
            ParameterDefinition.decimal("minRatio", "0.5", "0", "1"));

    @TempDir
    Path dir;

    @Test
    void definitionsCheckTypeAndRange() {
        ParameterDefinition people = RULE.parameter("minPeople").orElseThrow();
        ParameterDefinition ratio = RULE.parameter("minRatio").orElseThrow();

        assertThat(people.parse(" 3 ")).isEqualByComparingTo("3");
        assertThat(people.parse("3.0")).isEqualByComparingTo("3");
        assertThat(ratio.parse("0.25")).isEqualByComparingTo("0.25");
        assertThat(ratio.format(new BigDecimal("0.250"))).isEqualTo("0.25");
        assertThat(people.format(new BigDecimal("3.0"))).isEqualTo("3");
        assertThatThrownBy(() -> people.parse("2.5")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> people.parse("0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> people.parse("two")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> people.parse(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ratio.parse("1.01")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ParameterDefinition.integer("bad", 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(people.labelKey("SAMPLE")).isEqualTo("analysis.rule.SAMPLE.param.minPeople");
    }

    @Test
    void storedSettingsOverrideDefaultsUntilReset() {
        try (Store store = org.inclusio.testing.TestStores.open(dir)) {
            RuleParameterStore parameters = new RuleParameterStore(store.database());
            assertThat(parameters.values(RULE).integer("minPeople")).isEqualTo(2);
            assertThat(parameters.values(RULE).decimal("minRatio")).isEqualTo(0.5);

            parameters.set(RULE, "minPeople", "4");
            parameters.set(RULE, "minPeople", "3");
            parameters.set(RULE, "minRatio", "0.750");

            assertThat(parameters.values(RULE).integer("minPeople")).isEqualTo(3);
            assertThat(parameters.values(RULE).decimal("minRatio")).isEqualTo(0.75);
            assertThat(store.database().find(RuleParameter.class).findList())
                    .extracting(RuleParameter::getRuleCode, RuleParameter::getName, RuleParameter::getSetting)
                    .containsExactlyInAnyOrder(tuple("SAMPLE", "minPeople", "3"),
                            tuple("SAMPLE", "minRatio", "0.75"));

            parameters.reset(RULE, "minPeople");
            assertThat(parameters.values(RULE).integer("minPeople")).isEqualTo(2);
        }
    }

    @Test
    void invalidSettingsAreRefusedAndUnusableStoredOnesFallBackToTheDefault() {
        try (Store store = org.inclusio.testing.TestStores.open(dir)) {
            RuleParameterStore parameters = new RuleParameterStore(store.database());
            assertThatThrownBy(() -> parameters.set(RULE, "minPeople", "-1"))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> parameters.set(RULE, "unknown", "1"))
                    .isInstanceOf(IllegalArgumentException.class);

            RuleParameter broken = new RuleParameter();
            broken.setRuleCode("SAMPLE");
            broken.setName("minPeople");
            broken.setSetting("many");
            store.database().save(broken);

            assertThat(parameters.values(RULE).integer("minPeople")).isEqualTo(2);
            assertThatThrownBy(() -> parameters.values(RULE).integer("unknown"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
