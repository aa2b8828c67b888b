package org.inclusio.logic.analysis.rules;

import io.ebean.Database;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import org.inclusio.logic.analysis.ActivityScope;
import org.inclusio.logic.analysis.AnalysisFilter;
import org.inclusio.logic.analysis.AnalysisQuery;
import org.inclusio.logic.analysis.TeamScope;
import org.inclusio.logic.common.Chunks;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.model.Activity;
import org.inclusio.model.DisadvantagedGroup;
import org.inclusio.model.ExclusionFlag;
import org.inclusio.model.FlagOrigin;
import org.inclusio.model.FlagStatus;
import org.inclusio.model.ProcessTeam;
import org.inclusio.model.query.QExclusionFlag;

/**
 * Brings the stored automatic flags in line with the findings of a run: raises flags for new
 * findings, reopens resolved ones that hold again, refreshes the evidence of open ones, and resolves
 * open or mitigated ones that no longer hold. Acknowledged and dismissed flags stay as a person left
 * them; manual flags are never touched. Only flags within the run's filter are considered.
 */
final class FlagReconciler {

    static final int EVIDENCE_LENGTH = 4000;

    private final Database database;
    private final Localization localization;
    private final LocalDate today;
    private final int chunkSize;

    FlagReconciler(Database database, Localization localization, LocalDate today) {
        this(database, localization, today, Chunks.DEFAULT_SIZE);
    }

    /** A reconciler that loads the stored flags at most {@code chunkSize} ids per query. */
    FlagReconciler(Database database, Localization localization, LocalDate today, int chunkSize) {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunk size must be at least 1: " + chunkSize);
        }
        this.database = database;
        this.localization = localization;
        this.today = today;
        this.chunkSize = chunkSize;
    }

    DetectionReport reconcile(AnalysisFilter filter, Map<String, RuleDescriptor> rules, List<Finding> findings) {
        Map<FindingKey, List<StoredFlag>> stored = new LinkedHashMap<>();
        for (StoredFlag flag : flagsInScope(filter)) {
            if (rules.containsKey(flag.key().ruleCode())) {
                stored.computeIfAbsent(flag.key(), k -> new ArrayList<>()).add(flag);
            }
        }
        int created = 0;
        int reopened = 0;
        int updated = 0;
        int unchanged = 0;
        Map<UUID, Consumer<ExclusionFlag>> changes = new LinkedHashMap<>();
        Map<FindingKey, Finding> unique = new LinkedHashMap<>();
        boolean regionWide = filter.teamId() == null && filter.organisationId() == null;
        findings.stream()
                .filter(finding -> regionWide || finding.teamId() != null || finding.activityId() != null)
                .forEach(finding -> unique.putIfAbsent(finding.key(), finding));
        for (Finding finding : unique.values()) {
            List<StoredFlag> flags = stored.remove(finding.key());
            String evidence = evidence(finding);
            if (flags == null) {
                database.save(newFlag(rules.get(finding.ruleCode()), finding, evidence));
                created++;
                continue;
            }
            StoredFlag flag = flags.stream().filter(f -> f.status() != FlagStatus.RESOLVED).findFirst()
                    .orElse(flags.get(0));
            switch (flag.status()) {
                case RESOLVED -> {
                    changes.put(flag.id(), bean -> {
                        bean.setStatus(FlagStatus.OPEN);
                        bean.setStatusReason(null);
                        bean.setEvidence(evidence);
                        bean.setObservedOn(today);
                    });
                    reopened++;
                }
                case OPEN, MITIGATED -> {
                    if (Objects.equals(flag.evidence(), evidence)) {
                        unchanged++;
                    } else {
                        changes.put(flag.id(), bean -> bean.setEvidence(evidence));
                        updated++;
                    }
                }
                case ACKNOWLEDGED, DISMISSED -> unchanged++;
            }
        }
        int resolved = 0;
        String noLongerHolds = localization.text("analysis.flag.noLongerHolds");
        for (List<StoredFlag> flags : stored.values()) {
            for (StoredFlag flag : flags) {
                if (flag.status() == FlagStatus.OPEN || flag.status() == FlagStatus.MITIGATED) {
                    changes.put(flag.id(), bean -> {
                        bean.setStatus(FlagStatus.RESOLVED);
                        bean.setStatusReason(noLongerHolds);
                    });
                    resolved++;
                }
            }
        }
        stored.clear();
        apply(changes);
        return new DetectionReport(List.copyOf(unique.values()), created, reopened, updated, resolved, unchanged);
    }

    /**
     * Loads the flags that change, {@code chunkSize} ids per query so that any number stays within the
     * database's limit on bound parameters, and saves each through the ORM (version check, audit trail).
     */
    private void apply(Map<UUID, Consumer<ExclusionFlag>> changes) {
        for (List<UUID> chunk : Chunks.of(new ArrayList<>(changes.keySet()), chunkSize)) {
            for (ExclusionFlag flag : new QExclusionFlag(database).id.isIn(chunk).findList()) {
                changes.get(flag.getId()).accept(flag);
                database.save(flag);
            }
        }
    }

    private ExclusionFlag newFlag(RuleDescriptor rule, Finding finding, String evidence) {
        ExclusionFlag flag = new ExclusionFlag();
        flag.setOrigin(FlagOrigin.AUTOMATIC);
        flag.setRuleCode(finding.ruleCode());
        flag.setKind(finding.kind());
        flag.setSeverity(finding.severity());
        flag.setStatus(FlagStatus.OPEN);
        flag.setTeam(reference(ProcessTeam.class, finding.teamId()));
        flag.setActivity(reference(Activity.class, finding.activityId()));
        flag.setGroup(reference(DisadvantagedGroup.class, finding.groupId()));
        flag.setObservation(localization.text(rule.nameKey()));
        flag.setEvidence(evidence);
        flag.setObservedOn(today);
        return flag;
    }

    private <T> T reference(Class<T> type, UUID id) {
        return id == null ? null : database.reference(type, id);
    }

    private static String evidence(Finding finding) {
        String text = finding.explanation();
        return text.length() <= EVIDENCE_LENGTH ? text : text.substring(0, EVIDENCE_LENGTH - 1) + "\u2026";
    }

    /**
     * The automatic flags this run answers for: on an activity the filter's period, team and
     * organisation select (deleted or not), or, without an activity, on a team the filter selects, or,
     * for a run over the whole region, on neither (findings over the activities without a team);
     * with a group in the filter, only flags on that group or on no group. They are read in one query
     * without id parameters, as plain rows; only the flags that change are loaded as entities
     * ({@link #apply}).
     */
    private List<StoredFlag> flagsInScope(AnalysisFilter filter) {
        AnalysisQuery query = AnalysisQuery.of("select f.id, f.rule_code, f.team_id, f.activity_id, f.group_id,"
                        + " f.status, f.evidence from exclusion_flag f"
                        + " left join activity a on a.id = f.activity_id"
                        + " left join process_team t on t.id = f.team_id"
                        + " where f.deleted = false and f.origin = 'AUTOMATIC'"
                        + " and ((f.activity_id is not null and ")
                .append(ActivityScope.of(filter).matching("a"))
                .append(") or (f.activity_id is null and f.team_id is not null and ")
                .append(TeamScope.of(filter).matching("t"))
                .append(filter.teamId() == null && filter.organisationId() == null
                        ? ") or (f.activity_id is null and f.team_id is null))" : "))");
        if (filter.groupId() != null) {
            query.append(" and (f.group_id is null or f.group_id = :flag_group)").bind("flag_group", filter.groupId());
        }
        query.append(" order by f.when_created, f.id");
        return query.list(database, (rs, row) -> new StoredFlag(rs.getObject(1, UUID.class),
                new FindingKey(rs.getString(2), rs.getObject(3, UUID.class), rs.getObject(4, UUID.class),
                        rs.getObject(5, UUID.class)),
                FlagStatus.valueOf(rs.getString(6)), rs.getString(7)));
    }

    /** What reconciling needs of a stored flag, read as a plain row instead of a whole entity. */
    private record StoredFlag(UUID id, FindingKey key, FlagStatus status, String evidence) {
    }
}
