package org.inclusio.logic.analysis.flags;

import io.ebean.Database;
import java.sql.Date;
import java.util.List;
import java.util.UUID;
import org.inclusio.logic.store.Vocabulary;
import org.inclusio.logic.store.VocabularyTexts;
import org.inclusio.logic.analysis.ActivityScope;
import org.inclusio.logic.analysis.AnalysisFilter;
import org.inclusio.logic.analysis.AnalysisQuery;
import org.inclusio.logic.analysis.TeamScope;
import org.inclusio.logic.analysis.rules.FlagTexts;
import org.inclusio.model.ExclusionKind;
import org.inclusio.model.FlagOrigin;
import org.inclusio.model.FlagStatus;
import org.inclusio.model.Severity;

/**
 * Lists the stored exclusion flags within a filter, automatic and manual, in one query: flags on an
 * activity the filter selects, and team-level flags on a team it selects; with a group, flags on
 * that group or on none. Most serious and most recent first. Their texts are put into words here, in the
 * reader's language ({@link FlagTexts}).
 */
public final class FlagRegister {

    private final Database database;
    private final VocabularyTexts texts;

    public FlagRegister(Database database) {
        this(database, VocabularyTexts.ofDefaultLocale());
    }

    /** A register naming built-in groups with {@code texts}. */
    public FlagRegister(Database database, VocabularyTexts texts) {
        this.database = database;
        this.texts = texts;
    }

    /** The flags of one origin within the filter. */
    public List<FlagRow> list(AnalysisFilter filter, FlagOrigin origin) {
        FlagTexts flagTexts = new FlagTexts(texts.localization());
        AnalysisQuery query = AnalysisQuery.of("select f.id, f.origin, f.rule_code, f.observation, f.kind,"
                        + " f.severity, f.status, f.observed_on, f.evidence, f.evidence_key, f.evidence_arguments,"
                        + " f.status_reason, f.status_reason_code,"
                        + " coalesce(t.name, at.name) as team_name, a.id as activity_id, a.title, a.held_on,"
                        + " g.code as group_code, g.built_in as group_built_in, g.name as group_name"
                        + " from exclusion_flag f"
                        + " left join activity a on a.id = f.activity_id"
                        + " left join process_team t on t.id = f.team_id"
                        + " left join process_team at on at.id = a.team_id"
                        + " left join disadvantaged_group g on g.id = f.group_id"
                        + " where f.deleted = false and f.origin = :flag_origin"
                        + " and ((f.activity_id is not null and ")
                .bind("flag_origin", origin.name())
                .append(ActivityScope.of(filter).on("a"))
                .append(") or (f.activity_id is null and f.team_id is not null and ")
                .append(TeamScope.of(filter).on("t"))
                .append(filter.teamId() == null && filter.organisationId() == null
                        ? ") or (f.activity_id is null and f.team_id is null))" : "))");
        if (filter.groupId() != null) {
            query.append(" and (f.group_id is null or f.group_id = :flag_group)").bind("flag_group", filter.groupId());
        }
        query.append(" order by case f.severity when 'HIGH' then 0 when 'MEDIUM' then 1 else 2 end,"
                + " f.observed_on desc, f.rule_code, team_name nulls first, a.held_on nulls first, a.title nulls first,"
                // the same order on every database: H2 and PostgreSQL place nulls differently unless told
                + " group_code nulls first, f.id");
        return query.list(database, (rs, row) -> {
            FlagOrigin flagOrigin = FlagOrigin.valueOf(rs.getString("origin"));
            return new FlagRow(rs.getObject("id", UUID.class), flagOrigin, rs.getString("rule_code"),
                flagTexts.observation(flagOrigin, rs.getString("rule_code"), rs.getString("observation")),
                rs.getString("kind") == null ? null : ExclusionKind.valueOf(rs.getString("kind")),
                Severity.valueOf(rs.getString("severity")), FlagStatus.valueOf(rs.getString("status")),
                rs.getString("team_name"), rs.getObject("activity_id", UUID.class), rs.getString("title"),
                localDate(rs.getDate("held_on")), rs.getString("group_code"),
                rs.getString("group_code") == null ? null : texts.name(Vocabulary.GROUPS, rs.getString("group_code"),
                        rs.getBoolean("group_built_in"), rs.getString("group_name")),
                localDate(rs.getDate("observed_on")),
                flagTexts.evidence(flagOrigin, rs.getString("evidence_key"), rs.getString("evidence_arguments"),
                        rs.getString("evidence")),
                flagTexts.statusReason(rs.getString("status_reason_code"), rs.getString("status_reason")));
        });
    }

    private static java.time.LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
