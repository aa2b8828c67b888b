package org.inclusio.logic.analysis.drill;

import io.ebean.Database;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.inclusio.logic.analysis.ActivityScope;
import org.inclusio.logic.analysis.AnalysisFilter;
import org.inclusio.logic.analysis.AnalysisQuery;
import org.inclusio.logic.analysis.AnalysisSql;
import org.inclusio.logic.analysis.SqlCondition;
import org.inclusio.logic.analysis.Suppression;
import org.inclusio.logic.analysis.funnel.FunnelStage;
import org.inclusio.logic.analysis.representation.Slice;

/**
 * The activities behind one row of the representation, influence and funnel tables, read in the
 * database: the activities of the filter (and the row's slice) where lay members of the row's group
 * took part in the way the figure counts. At most {@link #LIMIT} are listed, oldest first, with the
 * total.
 *
 * <p>When the distinct people behind the list are fewer than the suppression threshold (and more
 * than none), the list is withheld: naming the activities could single them out.
 */
public final class RowActivities {

    /** The most activities a drill-down lists. */
    public static final int LIMIT = 500;

    private static final String PARTICIPATIONS = "select x.activity_id, x.person_id from participation x"
            + " join activity a on a.id = x.activity_id join person xp on xp.id = x.person_id";
    private static final String PROPOSALS = "select x.activity_id, x.proposer_id as person_id from proposal x"
            + " join activity a on a.id = x.activity_id join person xp on xp.id = x.proposer_id";

    private final Database database;
    private final Suppression suppression;

    public RowActivities(Database database, Suppression suppression) {
        this.database = database;
        this.suppression = suppression;
    }

    /** Representation: activities of the slice that a lay member of the group attended. */
    public ActivityPage representation(AnalysisFilter filter, Slice slice, UUID groupId) {
        return page(List.of(part(PARTICIPATIONS, AnalysisSql.attended("x"), filter, slice, groupId)));
    }

    /**
     * Influence: activities of the slice that a lay member of the group attended or where one made a
     * proposal that was adopted (fully or partly).
     */
    public ActivityPage influence(AnalysisFilter filter, Slice slice, UUID groupId) {
        return page(List.of(part(PARTICIPATIONS, AnalysisSql.attended("x"), filter, slice, groupId),
                part(PROPOSALS, "x.outcome in " + AnalysisSql.ADOPTED_OUTCOMES, filter, slice, groupId)));
    }

    /**
     * Funnel: activities of the filter where the stage happened for a lay member of the group (any lay
     * person when {@code groupId} is null); with a null stage, where any stage happened.
     */
    public ActivityPage funnel(AnalysisFilter filter, UUID groupId, FunnelStage stage) {
        List<AnalysisQuery> parts = new ArrayList<>();
        if (stage == null) {
            parts.add(part(PARTICIPATIONS, "(x.invited = true or " + AnalysisSql.attended("x")
                    + " or x.speaking_turns > 0)", filter, null, groupId));
            parts.add(part(PROPOSALS, "1 = 1", filter, null, groupId));
        } else {
            parts.add(switch (stage) {
                case INVITED -> part(PARTICIPATIONS, "x.invited = true", filter, null, groupId);
                case ATTENDED -> part(PARTICIPATIONS, AnalysisSql.attended("x"), filter, null, groupId);
                case SPOKE -> part(PARTICIPATIONS, "x.speaking_turns > 0 and a.talk_counted = true", filter, null,
                        groupId);
                case PROPOSED -> part(PROPOSALS, "1 = 1", filter, null, groupId);
                case ADOPTED -> part(PROPOSALS, "x.outcome in " + AnalysisSql.ADOPTED_OUTCOMES, filter, null,
                        groupId);
            });
        }
        return page(parts);
    }

    /** One source of (activity, person) pairs: lay people, of the group, within filter and slice. */
    private static AnalysisQuery part(String select, String condition, AnalysisFilter filter, Slice slice,
                                      UUID groupId) {
        AnalysisQuery query = AnalysisQuery.of(select);
        if (groupId != null) {
            query.append(" join " + AnalysisSql.MEMBERSHIPS + " m on m.person_id = xp.id and m.group_id = :drill_group and "
                    + AnalysisSql.consentStands("m", "a.held_on"))
                    .bind("drill_group", groupId);
        }
        query.append(" where " + AnalysisSql.lay("xp") + " and " + condition).and(ActivityScope.of(filter).on("a"));
        if (slice != null) {
            query.and(slice(slice));
        }
        return query;
    }

    private static SqlCondition slice(Slice slice) {
        StringBuilder sql = new StringBuilder();
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (slice.teamId() == null) {
            sql.append("a.team_id is null");
        } else {
            sql.append("a.team_id = :slice_team");
            parameters.put("slice_team", slice.teamId());
        }
        if (slice.mode() != null) {
            sql.append(" and a.mode = :slice_mode");
            parameters.put("slice_mode", slice.mode().name());
        }
        if (slice.level() != null) {
            sql.append(" and a.level = :slice_level");
            parameters.put("slice_level", slice.level().name());
        }
        if (slice.year() != null) {
            sql.append(" and extract(year from a.held_on) = :slice_year");
            parameters.put("slice_year", slice.year());
        }
        if (slice.quarter() != null) {
            sql.append(" and extract(quarter from a.held_on) = :slice_quarter");
            parameters.put("slice_quarter", slice.quarter());
        }
        return new SqlCondition(sql.toString(), parameters);
    }

    private ActivityPage page(List<AnalysisQuery> parts) {
        AnalysisQuery counts = AnalysisQuery.of("select count(distinct e.activity_id) as activities,"
                + " count(distinct e.person_id) as people from (");
        union(counts, parts).append(") e");
        long[] totals = counts.list(database, (rs, row) -> new long[] {rs.getLong("activities"),
                rs.getLong("people")}).get(0);
        if (suppression.suppresses(totals[1])) {
            return ActivityPage.withheld();
        }
        AnalysisQuery list = AnalysisQuery.of("select a.id, a.held_on, a.title from activity a where a.id in"
                + " (select e.activity_id from (");
        union(list, parts).append(") e) order by a.held_on, a.id limit " + LIMIT);
        List<ActivityRef> activities = list.list(database, (rs, row) -> new ActivityRef(
                rs.getObject("id", UUID.class), rs.getDate("held_on").toLocalDate(), rs.getString("title")));
        return new ActivityPage(activities, totals[0], false);
    }

    private static AnalysisQuery union(AnalysisQuery target, List<AnalysisQuery> parts) {
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                target.append(" union all ");
            }
            AnalysisQuery part = parts.get(i);
            target.append(new SqlCondition(part.sql(), part.parameters()));
        }
        return target;
    }
}
