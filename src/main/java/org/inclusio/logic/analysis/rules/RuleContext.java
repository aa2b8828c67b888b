package org.inclusio.logic.analysis.rules;

import org.inclusio.persistence.analytics.StoreAggregates;
import org.inclusio.persistence.analytics.AggregateReader;
import io.ebean.Database;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.inclusio.logic.analysis.ActivityScope;
import org.inclusio.logic.analysis.AnalysisFilter;
import org.inclusio.logic.analysis.MembershipWindow;
import org.inclusio.logic.analysis.Suppression;
import org.inclusio.logic.analysis.TeamScope;
import org.inclusio.logic.i18n.Localization;

/**
 * Everything one rule needs for one run: the database, the filter and the scopes derived from it,
 * the rule's parameter values, today's date, the texts, and the totals the rules of a run share
 * ({@link LayTalk}), plus a way to build findings that carry the rule's code, kind and severity.
 */
public final class RuleContext {

    private final Database database;
    private final RuleDescriptor rule;
    private final AnalysisFilter filter;
    private final ParameterValues parameters;
    private final LocalDate today;
    private final Localization localization;
    private final LayTalk layTalk;
    private final Suppression suppression;
    private final AggregateReader aggregates;

    /** A context with its own {@link LayTalk}, for a rule run on its own. */
    public RuleContext(Database database, RuleDescriptor rule, AnalysisFilter filter, ParameterValues parameters,
                       LocalDate today, Localization localization) {
        this(database, rule, filter, parameters, today, localization, new LayTalk(database, filter));
    }

    /** A context sharing the run's {@link LayTalk} (read for the same filter) with the other rules of the run. */
    public RuleContext(Database database, RuleDescriptor rule, AnalysisFilter filter, ParameterValues parameters,
                       LocalDate today, Localization localization, LayTalk layTalk) {
        this(database, rule, filter, parameters, today, localization, layTalk, Suppression.standard());
    }

    /**
     * A context sharing the run's {@link LayTalk}, whose explanations withhold small counts and the
     * figures derived from them by the store's suppression policy.
     */
    public RuleContext(Database database, RuleDescriptor rule, AnalysisFilter filter, ParameterValues parameters,
                       LocalDate today, Localization localization, LayTalk layTalk, Suppression suppression) {
        this(database, new StoreAggregates(database), rule, filter, parameters, today, localization, layTalk,
                suppression);
    }

    /** A context whose rules aggregate where the analyses read their aggregates (the store's column copy). */
    public RuleContext(Database database, AggregateReader aggregates, RuleDescriptor rule, AnalysisFilter filter,
                       ParameterValues parameters, LocalDate today, Localization localization, LayTalk layTalk,
                       Suppression suppression) {
        this.aggregates = aggregates;
        this.suppression = suppression;
        this.database = database;
        this.rule = rule;
        this.filter = filter;
        this.parameters = parameters;
        this.today = today;
        this.localization = localization;
        this.layTalk = layTalk;
    }

    public Database database() {
        return database;
    }

    /** Where the rules aggregate: counts and record ids over the analysed tables. */
    public AggregateReader aggregates() {
        return aggregates;
    }

    public RuleDescriptor rule() {
        return rule;
    }

    public AnalysisFilter filter() {
        return filter;
    }

    public ParameterValues parameters() {
        return parameters;
    }

    public LocalDate today() {
        return today;
    }

    /**
     * The day age-based rules measure at: the last day of the filter's period, or today when the
     * period is open or ends after today. An analysis of a past period thus gives the same answer
     * whenever it is run.
     */
    public LocalDate referenceDate() {
        return filter.to() != null && filter.to().isBefore(today) ? filter.to() : today;
    }

    /** The activities of the filter. */
    public ActivityScope activities() {
        return ActivityScope.of(filter);
    }

    /** The teams of the filter. */
    public TeamScope teams() {
        return TeamScope.of(filter);
    }

    /** The days on which team seats count. */
    public MembershipWindow window() {
        return MembershipWindow.of(filter, today);
    }

    /** Lay attendances and turns per team and group in this run's scope, shared by the rules of the run. */
    public LayTalk layTalk() {
        return layTalk;
    }

    /** The suppression policy the explanations follow. */
    public Suppression suppression() {
        return suppression;
    }

    /** A count as an explanation may show it: the number, or the suppression marker. */
    public Explanation.Argument count(long count) {
        return suppression.suppresses(count) ? new Explanation.Below(suppression.threshold())
                : new Explanation.Whole(count);
    }

    /** A part of a whole as an explanation may show it: withheld also when the rest of the whole is small. */
    public Explanation.Argument part(long part, long whole) {
        return suppression.suppressesPart(part, whole) ? new Explanation.Below(suppression.threshold())
                : new Explanation.Whole(part);
    }

    /**
     * A figure derived from counts (a share, a mean, a ratio) as an explanation may show it: the figure,
     * or the word for a withheld figure when {@code withheld} is true.
     */
    public Explanation.Argument figure(double value, boolean withheld) {
        return withheld ? new Explanation.Withheld() : new Explanation.Decimal(value);
    }

    /** A text from the messages bundle. */
    public String text(String key, Object... arguments) {
        return localization.text(key, arguments);
    }

    /**
     * A finding of this rule, explained by the rule's explanation pattern and the arguments (numbers,
     * days, the region's own words, or {@link Explanation.Argument}s such as a group by its code); the
     * words are put together when someone reads them.
     */
    public Finding finding(UUID teamId, UUID activityId, UUID groupId, List<UUID> recordIds,
                           Object... explanationArguments) {
        return new Finding(rule.code(), rule.kind(), rule.severity(), teamId, activityId, groupId,
                Explanation.of(rule.explanationKey(), explanationArguments), recordIds);
    }

    /** A finding of this rule explained by another pattern of the rule (a variant of its explanation). */
    public Finding findingExplainedBy(String explanationKey, UUID teamId, UUID activityId, UUID groupId,
                                      List<UUID> recordIds, Object... explanationArguments) {
        return new Finding(rule.code(), rule.kind(), rule.severity(), teamId, activityId, groupId,
                Explanation.of(explanationKey, explanationArguments), recordIds);
    }
}
