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
 * them; manual flags are never touched. Only flags within the run's filter are considered. Evidence is
 * stored and compared as a message key with typed arguments, never as words: a run in another language
 * finds nothing changed.
 */
final class FlagReconciler {

    static final int EVIDENCE_LENGTH = 4000;

    private final Database database;
    private final LocalDate today;
    private final int chunkSize;

    FlagReconciler(Database database, LocalDate today) {
        this(database, today, Chunks.DEFAULT_SIZE);
    }

    /** A reconciler that loads the stored flags at most {@code chunkSize} ids per query. */
    FlagReconciler(Database database, LocalDate today, int chunkSize) {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunk size must be at least 1: " + chunkSize);
        }
        this.database = database;
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
            Explanation evidence = finding.explanation().fitted(EVIDENCE_LENGTH);
            String evidenceKey = evidence.key();
            String evidenceArguments = evidence.argumentsJson();
            if (flags == null) {
                database.save(newFlag(finding, evidenceKey, evidenceArguments));
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
                        bean.setStatusReasonCode(null);
                        setEvidence(bean, finding);
                        bean.setObservedOn(today);
                    });
                    reopened++;
                }
                case OPEN, MITIGATED -> {
                    if (flag.sameEvidence(evidenceKey, evidenceArguments)) {
                        unchanged++;
                    } else {
                        changes.put(flag.id(), bean -> setEvidence(bean, finding));
                        updated++;
                    }
                }
                case ACKNOWLEDGED, DISMISSED -> {
                    // a person's judgement stays; only evidence stored before it was kept as codes is filled in
                    if (flag.evidenceKey() == null) {
                        changes.put(flag.id(), bean -> setEvidence(bean, finding));
                        updated++;
                    } else {
                        unchanged++;
                    }
                }
            }
        }
        int resolved = 0;
        for (List<StoredFlag> flags : stored.values()) {
            for (StoredFlag flag : flags) {
                if (flag.status() == FlagStatus.OPEN || flag.status() == FlagStatus.MITIGATED) {
                    changes.put(flag.id(), bean -> {
                        bean.setStatus(FlagStatus.RESOLVED);
                        bean.setStatusReason(null);
                        bean.setStatusReasonCode(FlagTexts.NO_LONGER_HOLDS);
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

    /**
     * A flag for a new finding. It stores codes only: its observation is the rule's code (the rule's name
     * is shown in the reader's language) and its evidence the key and arguments of the explanation.
     */
    private ExclusionFlag newFlag(Finding finding, String evidenceKey, String evidenceArguments) {
        ExclusionFlag flag = new ExclusionFlag();
        flag.setOrigin(FlagOrigin.AUTOMATIC);
        flag.setRuleCode(finding.ruleCode());
        flag.setKind(finding.kind());
        flag.setSeverity(finding.severity());
        flag.setStatus(FlagStatus.OPEN);
        flag.setTeam(reference(ProcessTeam.class, finding.teamId()));
        flag.setActivity(reference(Activity.class, finding.activityId()));
        flag.setGroup(reference(DisadvantagedGroup.class, finding.groupId()));
        flag.setObservation(finding.ruleCode());
        setEvidence(flag, evidenceKey, evidenceArguments);
        flag.setObservedOn(today);
        return flag;
    }

    private <T> T reference(Class<T> type, UUID id) {
        return id == null ? null : database.reference(type, id);
    }

    /**
     * Stores the finding's evidence in a flag that changes. The stored form is made again here rather
     * than kept from the comparison, so that a run changing every flag holds no second copy of it per flag.
     */
    private static void setEvidence(ExclusionFlag flag, Finding finding) {
        Explanation evidence = finding.explanation().fitted(EVIDENCE_LENGTH);
        setEvidence(flag, evidence.key(), evidence.argumentsJson());
    }

    /** Stores the evidence as a key and arguments; words stored before that are let go. */
    private static void setEvidence(ExclusionFlag flag, String evidenceKey, String evidenceArguments) {
        flag.setEvidence(null);
        flag.setEvidenceKey(evidenceKey);
        flag.setEvidenceArguments(evidenceArguments);
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
                        + " f.status, f.evidence_key, f.evidence_arguments from exclusion_flag f"
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
                FlagStatus.valueOf(rs.getString(6)), rs.getString(7), rs.getString(8)));
    }

    /** What reconciling needs of a stored flag, read as a plain row instead of a whole entity. */
    private record StoredFlag(UUID id, FindingKey key, FlagStatus status, String evidenceKey,
                              String evidenceArguments) {

        /** Whether the flag already stores this evidence (compared as codes, whatever the language of the run). */
        boolean sameEvidence(String otherKey, String otherArguments) {
            return Objects.equals(evidenceKey, otherKey) && Objects.equals(evidenceArguments, otherArguments);
        }
    }
}
