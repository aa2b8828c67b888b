package org.inclusio.logic.analysis.rules;

import io.ebean.Database;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
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
        Map<FindingKey, List<ExclusionFlag>> stored = new LinkedHashMap<>();
        for (ExclusionFlag flag : flagsInScope(filter)) {
            if (rules.containsKey(flag.getRuleCode())) {
                stored.computeIfAbsent(key(flag), k -> new ArrayList<>()).add(flag);
            }
        }
        int created = 0;
        int reopened = 0;
        int updated = 0;
        int unchanged = 0;
        Map<FindingKey, Finding> unique = new LinkedHashMap<>();
        boolean regionWide = filter.teamId() == null && filter.organisationId() == null;
        findings.stream()
                .filter(finding -> regionWide || finding.teamId() != null || finding.activityId() != null)
                .forEach(finding -> unique.putIfAbsent(finding.key(), finding));
        for (Finding finding : unique.values()) {
            List<ExclusionFlag> flags = stored.remove(finding.key());
            String evidence = evidence(finding);
            if (flags == null) {
                database.save(newFlag(rules.get(finding.ruleCode()), finding, evidence));
                created++;
                continue;
            }
            ExclusionFlag flag = flags.stream().filter(f -> f.getStatus() != FlagStatus.RESOLVED).findFirst()
                    .orElse(flags.get(0));
            switch (flag.getStatus()) {
                case RESOLVED -> {
                    flag.setStatus(FlagStatus.OPEN);
                    flag.setStatusReason(null);
                    flag.setEvidence(evidence);
                    flag.setObservedOn(today);
                    database.save(flag);
                    reopened++;
                }
                case OPEN, MITIGATED -> {
                    if (Objects.equals(flag.getEvidence(), evidence)) {
                        unchanged++;
                    } else {
                        flag.setEvidence(evidence);
                        database.save(flag);
                        updated++;
                    }
                }
                case ACKNOWLEDGED, DISMISSED -> unchanged++;
            }
        }
        int resolved = 0;
        for (List<ExclusionFlag> flags : stored.values()) {
            for (ExclusionFlag flag : flags) {
                if (flag.getStatus() == FlagStatus.OPEN || flag.getStatus() == FlagStatus.MITIGATED) {
                    flag.setStatus(FlagStatus.RESOLVED);
                    flag.setStatusReason(localization.text("analysis.flag.noLongerHolds"));
                    database.save(flag);
                    resolved++;
                }
            }
        }
        return new DetectionReport(List.copyOf(unique.values()), created, reopened, updated, resolved, unchanged);
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

    private static FindingKey key(ExclusionFlag flag) {
        return new FindingKey(flag.getRuleCode(), flag.getTeam() == null ? null : flag.getTeam().getId(),
                flag.getActivity() == null ? null : flag.getActivity().getId(),
                flag.getGroup() == null ? null : flag.getGroup().getId());
    }

    /**
     * The automatic flags this run answers for: on an activity the filter's period, team and
     * organisation select (deleted or not), or, without an activity, on a team the filter selects, or,
     * for a run over the whole region, on neither (findings over the activities without a team);
     * with a group in the filter, only flags on that group or on no group. The ids are selected in one
     * query without id parameters, and the flags are then loaded {@code chunkSize} ids at a time, so a
     * store with any number of flags stays within the database's limit on bound parameters.
     */
    private Collection<ExclusionFlag> flagsInScope(AnalysisFilter filter) {
        AnalysisQuery query = AnalysisQuery.of("select f.id from exclusion_flag f"
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
        List<UUID> ids = query.list(database, (rs, row) -> rs.getObject("id", UUID.class));
        Map<UUID, ExclusionFlag> loaded = new HashMap<>();
        for (List<UUID> chunk : Chunks.of(ids, chunkSize)) {
            new QExclusionFlag(database).id.isIn(chunk).findList().forEach(flag -> loaded.put(flag.getId(), flag));
        }
        List<ExclusionFlag> flags = new ArrayList<>(ids.size());
        for (UUID id : ids) {
            ExclusionFlag flag = loaded.get(id);
            if (flag != null) {
                flags.add(flag);
            }
        }
        return flags;
    }
}
