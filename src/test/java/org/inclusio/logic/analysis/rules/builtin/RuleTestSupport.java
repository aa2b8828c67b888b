package org.inclusio.logic.analysis.rules.builtin;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.inclusio.logic.analysis.AnalysisFilter;
import org.inclusio.logic.analysis.AnalysisFixture;
import org.inclusio.logic.analysis.Suppression;
import org.inclusio.logic.analysis.rules.ExclusionRule;
import org.inclusio.logic.analysis.rules.LayTalk;
import org.inclusio.logic.analysis.rules.Finding;
import org.inclusio.logic.analysis.rules.RuleContext;
import org.inclusio.logic.analysis.rules.RuleDescriptor;
import org.inclusio.logic.analysis.rules.RuleParameterStore;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.persistence.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens a fresh store per test and runs single rules against it, "today" being 30 June 2025. The
 * explanations show every figure (threshold 1) unless a test sets {@link #suppression}.
 */
abstract class RuleTestSupport {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

    @TempDir
    Path dir;

    Store store;
    AnalysisFixture data;
    RuleParameterStore parameters;
    final Localization localization = new Localization(Locale.ENGLISH);
    Suppression suppression = new Suppression(1);

    @BeforeEach
    void openStore() {
        store = org.inclusio.testing.TestStores.open(dir);
        data = new AnalysisFixture(store.database());
        parameters = new RuleParameterStore(store.database());
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    List<Finding> run(ExclusionRule rule) {
        return run(rule, AnalysisFilter.all());
    }

    List<Finding> run(ExclusionRule rule, AnalysisFilter filter) {
        RuleDescriptor descriptor = rule.descriptor();
        return rule.evaluate(new RuleContext(store.database(), descriptor, filter, parameters.values(descriptor),
                TODAY, localization, new LayTalk(store.database(), filter), suppression));
    }
}
