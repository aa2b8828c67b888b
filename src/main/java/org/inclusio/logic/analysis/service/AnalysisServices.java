package org.inclusio.logic.analysis.service;

import io.ebean.Database;
import org.inclusio.logic.store.VocabularyTexts;
import org.inclusio.persistence.analytics.AggregateReader;
import org.inclusio.persistence.analytics.StoreAggregates;
import java.time.Clock;
import org.inclusio.logic.analysis.table.AnalysisTableFiles;
import org.inclusio.logic.exchange.TempFiles;
import org.inclusio.logic.analysis.FilterTargets;
import org.inclusio.logic.analysis.DisclosureSettings;
import org.inclusio.logic.analysis.Suppression;
import org.inclusio.logic.analysis.drill.FindingRecords;
import org.inclusio.logic.analysis.drill.RowActivities;
import org.inclusio.logic.analysis.flags.FlagRegister;
import org.inclusio.logic.analysis.funnel.ParticipationFunnel;
import org.inclusio.logic.analysis.matrix.ModeLevelMatrixAnalysis;
import org.inclusio.logic.analysis.representation.RepresentationAnalysis;
import org.inclusio.logic.analysis.rules.ExclusionDetector;
import org.inclusio.logic.analysis.rules.FlagReview;
import org.inclusio.logic.analysis.rules.RuleParameterStore;
import org.inclusio.logic.analysis.rules.builtin.BuiltInRules;
import org.inclusio.logic.i18n.Localization;

/**
 * The analyses over one store, built once with the region's suppression policy and the built-in
 * rules: what the Analysis area and the {@code analyse} command both use.
 */
public final class AnalysisServices {

    private final Suppression suppression;
    private final ModeLevelMatrixAnalysis matrix;
    private final RepresentationAnalysis representation;
    private final ParticipationFunnel funnel;
    private final RuleParameterStore parameters;
    private final ExclusionDetector detector;
    private final FlagReview review;
    private final FlagRegister flags;
    private final FilterTargets targets;
    private final FindingRecords findingRecords;
    private final RowActivities rowActivities;
    private final AnalysisTableFiles tableFiles;

    /**
     * @param temporary the store's temporary files, where exported tables are written before they
     *                  take their place
     */
    public AnalysisServices(Database database, Localization l10n, Clock clock, TempFiles temporary) {
        this(database, new StoreAggregates(database), l10n, clock, temporary);
    }

    /**
     * @param aggregates where the matrix, representation, influence and funnel aggregate (the store's
     *                   column copy in the application)
     * @param temporary  the store's temporary files, where exported tables are written before they
     *                   take their place
     */
    public AnalysisServices(Database database, AggregateReader aggregates, Localization l10n, Clock clock,
                            TempFiles temporary) {
        this.suppression = new DisclosureSettings(database).suppression();
        this.matrix = new ModeLevelMatrixAnalysis(database, aggregates);
        this.representation = new RepresentationAnalysis(database, aggregates, suppression);
        this.funnel = new ParticipationFunnel(database, aggregates, suppression);
        this.parameters = new RuleParameterStore(database);
        this.detector = new ExclusionDetector(database, aggregates, BuiltInRules.all(), parameters, l10n, clock,
                suppression);
        this.review = new FlagReview(database);
        this.flags = new FlagRegister(database, new VocabularyTexts(l10n));
        this.targets = new FilterTargets(database);
        this.findingRecords = new FindingRecords(database, detector, new VocabularyTexts(l10n));
        this.rowActivities = new RowActivities(database, suppression);
        this.tableFiles = new AnalysisTableFiles(temporary);
    }

    public Suppression suppression() {
        return suppression;
    }

    public ModeLevelMatrixAnalysis matrix() {
        return matrix;
    }

    public RepresentationAnalysis representation() {
        return representation;
    }

    public ParticipationFunnel funnel() {
        return funnel;
    }

    public RuleParameterStore parameters() {
        return parameters;
    }

    public ExclusionDetector detector() {
        return detector;
    }

    public FlagReview review() {
        return review;
    }

    public FlagRegister flags() {
        return flags;
    }

    public FilterTargets targets() {
        return targets;
    }

    public FindingRecords findingRecords() {
        return findingRecords;
    }

    public RowActivities rowActivities() {
        return rowActivities;
    }

    public AnalysisTableFiles tableFiles() {
        return tableFiles;
    }
}
