package org.inclusio.logic.analysis.rules;

import org.inclusio.persistence.analytics.StoreAggregates;
import org.inclusio.persistence.analytics.AggregateReader;
import io.ebean.Database;
import io.ebean.Transaction;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.inclusio.logic.analysis.ActivityScope;
import org.inclusio.logic.analysis.AnalysisFilter;
import org.inclusio.logic.analysis.Suppression;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.logic.task.BackgroundTask;
import org.inclusio.logic.task.CancelledException;
import org.inclusio.logic.task.TaskContext;

/**
 * Runs every exclusion rule for a filter and keeps the stored automatic {@code ExclusionFlag}s in
 * line with what the rules find, in one transaction.
 *
 * <p>A finding is matched to a stored flag by its {@link FindingKey} (rule code, team, activity,
 * group). A new finding raises an OPEN automatic flag; a finding whose flag was resolved reopens it;
 * an open flag gets the finding's current evidence; an open or mitigated flag whose finding no
 * longer holds is resolved. Flags a person acknowledged or dismissed stay as they are and are not
 * raised again. Manual flags are never touched. Re-running on unchanged data changes nothing.
 *
 * <p>A run answers only for the flags within its filter: flags on activities its period, team and
 * organisation select, flags on teams it selects, and, with a group, flags on that group or on none.
 * Team-level findings depend on the period, so a team-level flag is resolved by a run whose period
 * no longer shows the problem; runs meant to keep the flags current should use the same period
 * (for example the last twelve months).
 */
public final class ExclusionDetector {

    private static final TaskContext NO_CONTEXT = BackgroundTask.progressChannel("detect");

    private final Database database;
    private final AggregateReader aggregates;
    private final Map<String, ExclusionRule> rules = new LinkedHashMap<>();
    private final RuleParameterStore parameters;
    private final Localization localization;
    private final Clock clock;
    private final Suppression suppression;

    public ExclusionDetector(Database database, List<ExclusionRule> rules, RuleParameterStore parameters,
                             Localization localization, Clock clock) {
        this(database, rules, parameters, localization, clock, Suppression.standard());
    }

    /** A detector whose explanations withhold small counts by the given policy. */
    public ExclusionDetector(Database database, List<ExclusionRule> rules, RuleParameterStore parameters,
                             Localization localization, Clock clock, Suppression suppression) {
        this(database, new StoreAggregates(database), rules, parameters, localization, clock, suppression);
    }

    /** A detector whose rules aggregate where the analyses read their aggregates (the store's column copy). */
    public ExclusionDetector(Database database, AggregateReader aggregates, List<ExclusionRule> rules,
                             RuleParameterStore parameters, Localization localization, Clock clock,
                             Suppression suppression) {
        this.suppression = suppression;
        this.database = database;
        this.aggregates = aggregates;
        this.parameters = parameters;
        this.localization = localization;
        this.clock = clock;
        for (ExclusionRule rule : rules) {
            if (this.rules.putIfAbsent(rule.descriptor().code(), rule) != null) {
                throw new IllegalArgumentException("two rules with code " + rule.descriptor().code());
            }
        }
    }

    /** The rules this detector runs, in order. */
    public List<RuleDescriptor> rules() {
        return rules.values().stream().map(ExclusionRule::descriptor).toList();
    }

    /**
     * The findings of every rule for the filter, without touching the stored flags, in rule order. The
     * rules share one {@link LayTalk}, and the meetings are read once for every {@link MeetingRule},
     * before the other rules: their sums per team are the lay totals per team, not read again.
     */
    public List<Finding> evaluate(AnalysisFilter filter) {
        try {
            return evaluate(filter, NO_CONTEXT);
        } catch (CancelledException e) {
            throw new IllegalStateException("a run without a task cannot be cancelled", e);
        }
    }

    /** Every rule's findings, all read from one state of the aggregates (brought up to date once, before the first rule). */
    private List<Finding> evaluate(AnalysisFilter filter, TaskContext task) throws CancelledException {
        return aggregates.readingOnce(() -> evaluateRules(filter, task));
    }

    private List<Finding> evaluateRules(AnalysisFilter filter, TaskContext task) throws CancelledException {
        LocalDate today = LocalDate.now(clock);
        LayTalk layTalk = new LayTalk(aggregates, filter);
        Map<ExclusionRule, List<Finding>> byRule = new LinkedHashMap<>();
        Map<ExclusionRule, RuleContext> contexts = new LinkedHashMap<>();
        Map<MeetingRule, RuleContext> meetingRules = new LinkedHashMap<>();
        for (ExclusionRule rule : rules.values()) {
            RuleDescriptor descriptor = rule.descriptor();
            RuleContext context = new RuleContext(database, aggregates, descriptor, filter, parameters.values(descriptor),
                    today, localization, layTalk, suppression);
            contexts.put(rule, context);
            byRule.put(rule, new ArrayList<>());
            if (rule instanceof MeetingRule meetingRule) {
                meetingRules.put(meetingRule, context);
            }
        }
        int done = 0;
        if (!meetingRules.isEmpty()) {
            // the meetings first: their sums per team are the lay totals per team the other rules share
            task.checkCancelled();
            task.updateProgress(done++, rules.size() + 2L);
            LayTalk.TeamSums teams = new LayTalk.TeamSums();
            MeetingScan.forEach(aggregates, ActivityScope.of(filter), meeting -> {
                teams.add(meeting);
                meetingRules.forEach((rule, context) -> {
                    Finding finding = rule.judge(meeting, context);
                    if (finding != null) {
                        byRule.get(rule).add(finding);
                    }
                });
            });
            layTalk.knowByTeam(teams);
        }
        for (Map.Entry<ExclusionRule, RuleContext> entry : contexts.entrySet()) {
            if (entry.getKey() instanceof MeetingRule) {
                continue;
            }
            task.checkCancelled();
            task.updateProgress(done++, rules.size() + 2L);
            byRule.get(entry.getKey()).addAll(entry.getKey().evaluate(entry.getValue()));
        }
        task.checkCancelled();
        task.updateProgress(rules.size(), rules.size() + 2L);
        return oneFindingPerFact(byRule);
    }

    /** Every finding in rule order, without those of a rule that yields to another rule's finding on the same place. */
    private static List<Finding> oneFindingPerFact(Map<ExclusionRule, List<Finding>> byRule) {
        // only the findings of rules that another rule yields to can take one away
        Set<String> stronger = new HashSet<>();
        byRule.keySet().forEach(rule -> stronger.addAll(rule.yieldsTo()));
        Set<FindingKey> found = new HashSet<>();
        byRule.values().forEach(list -> list.stream().filter(finding -> stronger.contains(finding.ruleCode()))
                .forEach(finding -> found.add(finding.key())));
        List<Finding> findings = new ArrayList<>();
        byRule.forEach((rule, list) -> {
            if (rule.yieldsTo().isEmpty()) {
                findings.addAll(list);
                return;
            }
            list.stream().filter(finding -> rule.yieldsTo().stream().noneMatch(code -> found.contains(new FindingKey(
                    code, finding.teamId(), finding.activityId(), finding.groupId())))).forEach(findings::add);
        });
        return findings;
    }

    /** The findings of one rule for the filter (none for an unknown rule), without touching the stored flags. */
    public List<Finding> evaluate(AnalysisFilter filter, String ruleCode) {
        ExclusionRule rule = rules.get(ruleCode);
        if (rule == null) {
            return List.of();
        }
        RuleDescriptor descriptor = rule.descriptor();
        return aggregates.readingOnce(() -> rule.evaluate(new RuleContext(database, aggregates, descriptor, filter,
                parameters.values(descriptor), LocalDate.now(clock), localization, new LayTalk(aggregates, filter),
                suppression)));
    }

    /** Runs every rule for the filter and reconciles the stored automatic flags, in one transaction. */
    public DetectionReport detect(AnalysisFilter filter) {
        try {
            return detect(filter, NO_CONTEXT);
        } catch (CancelledException e) {
            throw new IllegalStateException("a run without a task cannot be cancelled", e);
        }
    }

    /**
     * Runs every rule for the filter and reconciles the stored automatic flags, in one transaction,
     * reporting progress to the task and stopping, with nothing written, when it is cancelled before
     * the flags are reconciled.
     */
    public DetectionReport detect(AnalysisFilter filter, TaskContext task) throws CancelledException {
        try (Transaction transaction = database.beginTransaction()) {
            List<Finding> findings = evaluate(filter, task);
            task.checkCancelled();
            task.updateProgress(rules.size() + 1L, rules.size() + 2L);
            Map<String, RuleDescriptor> descriptors = new LinkedHashMap<>();
            rules.forEach((code, rule) -> descriptors.put(code, rule.descriptor()));
            DetectionReport report = new FlagReconciler(database, LocalDate.now(clock))
                    .reconcile(filter, descriptors, findings);
            transaction.commit();
            task.updateProgress(rules.size() + 2L, rules.size() + 2L);
            return report;
        }
    }
}
