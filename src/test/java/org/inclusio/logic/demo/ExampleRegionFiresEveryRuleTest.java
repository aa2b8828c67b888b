package org.inclusio.logic.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.inclusio.app.AppServices;
import org.inclusio.logic.analysis.AnalysisFilter;
import org.inclusio.logic.analysis.rules.ExclusionDetector;
import org.inclusio.logic.analysis.rules.ExclusionRule;
import org.inclusio.logic.analysis.rules.Finding;
import org.inclusio.logic.analysis.rules.RuleParameterStore;
import org.inclusio.logic.analysis.rules.builtin.BuiltInRules;
import org.inclusio.logic.i18n.Localization;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example region is there to show what the program finds: every built-in rule finds something in it. */
class ExampleRegionFiresEveryRuleTest {

    @TempDir
    Path store;

    @Test
    void everyBuiltInRuleHasAFindingInTheExampleRegion() throws Exception {
        Localization l10n = new Localization(Locale.ENGLISH);
        try (AppServices services = org.inclusio.testing.TestStores.services(store, l10n)) {
            services.exampleRegion().load(null);
            ExclusionDetector detector = new ExclusionDetector(services.store().database(), BuiltInRules.all(),
                    new RuleParameterStore(services.store().database()), l10n, Clock.systemDefaultZone());

            List<Finding> findings = detector.evaluate(AnalysisFilter.all());

            Set<String> fired = new TreeSet<>();
            findings.forEach(finding -> fired.add(finding.ruleCode()));
            Set<String> expected = new TreeSet<>();
            for (ExclusionRule rule : BuiltInRules.all()) {
                expected.add(rule.descriptor().code());
            }
            assertThat(expected).hasSize(13);
            assertThat(fired).containsExactlyElementsOf(expected);

            // the shared reads of a whole run give what each rule finds when run on its own
            List<Finding> oneByOne = new ArrayList<>();
            for (ExclusionRule rule : BuiltInRules.all()) {
                oneByOne.addAll(detector.evaluate(AnalysisFilter.all(), rule.descriptor().code()));
            }
            // ... except that a group without a place is not reported a second time as unlike the population
            Set<List<Object>> absent = new java.util.HashSet<>();
            oneByOne.stream().filter(f -> f.ruleCode().equals("ABSENT_GROUP"))
                    .forEach(f -> absent.add(java.util.Arrays.asList(f.teamId(), f.activityId(), f.groupId())));
            oneByOne.removeIf(f -> f.ruleCode().equals("UNLIKE_POPULATION")
                    && absent.contains(java.util.Arrays.asList(f.teamId(), f.activityId(), f.groupId())));
            assertThat(findings).containsExactlyElementsOf(oneByOne);
        }
    }
}
