package org.inclusio.logic.analysis.service;

import io.ebean.Database;
import java.time.Clock;
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

    public AnalysisServices(Database database, Localization l10n, Clock clock) {
        this.suppression = new DisclosureSettings(database).suppression();
        this.matrix = new ModeLevelMatrixAnalysis(database);
        this.representation = new RepresentationAnalysis(database, suppression);
        this.funnel = new ParticipationFunnel(database, suppression);
        this.parameters = new RuleParameterStore(database);
        this.detector = new ExclusionDetector(database, BuiltInRules.all(), parameters, l10n, clock, suppression);
        this.review = new FlagReview(database);
        this.flags = new FlagRegister(database);
        this.targets = new FilterTargets(database);
        this.findingRecords = new FindingRecords(database, detector);
        this.rowActivities = new RowActivities(database, suppression);
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
}
