package org.inclusio.logic.analysis.drill;

import io.ebean.Database;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.inclusio.logic.store.Vocabulary;
import org.inclusio.logic.store.VocabularyTexts;
import org.inclusio.logic.analysis.AnalysisFilter;
import org.inclusio.logic.analysis.AnalysisQuery;
import org.inclusio.logic.analysis.rules.ExclusionDetector;
import org.inclusio.logic.analysis.rules.Finding;
import org.inclusio.logic.analysis.rules.FindingKey;

/**
 * Answers "which records is this flag about": runs the flag's rule for the filter, takes the finding
 * with the flag's {@link FindingKey} and describes the records it rests on (activities,
 * participations, proposals, team seats, reference shares), persons by code only.
 */
public final class FindingRecords {

    private static final int CHUNK = 500;

    private final Database database;
    private final ExclusionDetector detector;
    private final VocabularyTexts texts;

    public FindingRecords(Database database, ExclusionDetector detector) {
        this(database, detector, VocabularyTexts.ofDefaultLocale());
    }

    /** Records naming built-in groups with {@code texts}. */
    public FindingRecords(Database database, ExclusionDetector detector, VocabularyTexts texts) {
        this.database = database;
        this.detector = detector;
        this.texts = texts;
    }

    /** The records behind the stored automatic flag as its rule finds them for the filter now. */
    public FlagRecords forFlag(UUID flagId, AnalysisFilter filter) {
        List<FindingKey> keys = AnalysisQuery.of("select rule_code, team_id, activity_id, group_id from exclusion_flag"
                        + " where id = :flag_id and rule_code is not null").bind("flag_id", flagId)
                .list(database, (rs, row) -> new FindingKey(rs.getString("rule_code"),
                        rs.getObject("team_id", UUID.class), rs.getObject("activity_id", UUID.class),
                        rs.getObject("group_id", UUID.class)));
        if (keys.isEmpty()) {
            return FlagRecords.noFinding();
        }
        FindingKey key = keys.get(0);
        return detector.evaluate(filter, key.ruleCode()).stream().filter(f -> f.key().equals(key)).findFirst()
                .map(finding -> new FlagRecords(true, describe(finding.recordIds())))
                .orElse(FlagRecords.noFinding());
    }

    /** The records with these ids, in the given order; ids of records that no longer exist are left out. */
    public List<EvidenceRecord> describe(List<UUID> ids) {
        Map<UUID, EvidenceRecord> found = new HashMap<>();
        for (int start = 0; start < ids.size(); start += CHUNK) {
            List<UUID> chunk = ids.subList(start, Math.min(ids.size(), start + CHUNK));
            activities(chunk).forEach(r -> found.put(r.id(), r));
            participations(chunk).forEach(r -> found.put(r.id(), r));
            proposals(chunk).forEach(r -> found.put(r.id(), r));
            seats(chunk).forEach(r -> found.put(r.id(), r));
            references(chunk).forEach(r -> found.put(r.id(), r));
        }
        List<EvidenceRecord> records = new ArrayList<>();
        for (UUID id : ids) {
            EvidenceRecord record = found.get(id);
            if (record != null) {
                records.add(record);
            }
        }
        return records;
    }

    private List<EvidenceRecord> activities(List<UUID> ids) {
        return AnalysisQuery.of("select a.id, a.held_on, a.title, t.name as team_name from activity a"
                        + " left join process_team t on t.id = a.team_id where a.id in (:record_ids)")
                .bind("record_ids", ids)
                .list(database, (rs, row) -> new EvidenceRecord(RecordKind.ACTIVITY, rs.getObject("id", UUID.class),
                        rs.getObject("id", UUID.class), day(rs.getDate("held_on")), rs.getString("title"),
                        rs.getString("team_name"), null, null, null));
    }

    private List<EvidenceRecord> participations(List<UUID> ids) {
        return AnalysisQuery.of("select pa.id, a.id as activity_id, a.held_on, a.title, t.name as team_name, p.code"
                        + " from participation pa join activity a on a.id = pa.activity_id"
                        + " join person p on p.id = pa.person_id left join process_team t on t.id = a.team_id"
                        + " where pa.id in (:record_ids)")
                .bind("record_ids", ids)
                .list(database, (rs, row) -> new EvidenceRecord(RecordKind.PARTICIPATION,
                        rs.getObject("id", UUID.class), rs.getObject("activity_id", UUID.class),
                        day(rs.getDate("held_on")), rs.getString("title"), rs.getString("team_name"),
                        rs.getString("code"), null, null));
    }

    private List<EvidenceRecord> proposals(List<UUID> ids) {
        return AnalysisQuery.of("select pr.id, a.id as activity_id, a.held_on, a.title, t.name as team_name, p.code"
                        + " from proposal pr join activity a on a.id = pr.activity_id"
                        + " left join person p on p.id = pr.proposer_id left join process_team t on t.id = a.team_id"
                        + " where pr.id in (:record_ids)")
                .bind("record_ids", ids)
                .list(database, (rs, row) -> new EvidenceRecord(RecordKind.PROPOSAL,
                        rs.getObject("id", UUID.class), rs.getObject("activity_id", UUID.class),
                        day(rs.getDate("held_on")), rs.getString("title"), rs.getString("team_name"),
                        rs.getString("code"), null, null));
    }

    private List<EvidenceRecord> seats(List<UUID> ids) {
        return AnalysisQuery.of("select tm.id, t.name as team_name, p.code from team_membership tm"
                        + " join process_team t on t.id = tm.team_id join person p on p.id = tm.person_id"
                        + " where tm.id in (:record_ids)")
                .bind("record_ids", ids)
                .list(database, (rs, row) -> new EvidenceRecord(RecordKind.TEAM_SEAT, rs.getObject("id", UUID.class),
                        null, null, null, rs.getString("team_name"), rs.getString("code"), null, null));
    }

    private List<EvidenceRecord> references(List<UUID> ids) {
        return AnalysisQuery.of("select r.id, t.name as team_name, g.code as group_code, g.built_in as group_built_in,"
                        + " g.name as group_name, r.population_year from reference_share r"
                        + " join process_team t on t.id = r.team_id join disadvantaged_group g on g.id = r.group_id"
                        + " where r.id in (:record_ids)")
                .bind("record_ids", ids)
                .list(database, (rs, row) -> new EvidenceRecord(RecordKind.REFERENCE_SHARE,
                        rs.getObject("id", UUID.class), null, null, null, rs.getString("team_name"), null,
                        texts.name(Vocabulary.GROUPS, rs.getString("group_code"), rs.getBoolean("group_built_in"),
                                rs.getString("group_name")), rs.getInt("population_year")));
    }

    private static LocalDate day(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
