package org.inclusio.logic.analysis.representation;

import org.inclusio.persistence.analytics.AggregateReader;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.inclusio.logic.analysis.ActivityScope;
import org.inclusio.logic.analysis.AnalysisFilter;
import org.inclusio.logic.analysis.AnalysisQuery;
import org.inclusio.logic.analysis.AnalysisSql;
import org.inclusio.model.Level;
import org.inclusio.model.Mode;

/**
 * Counts per {@link Slice}, and per slice and group, aggregated in the database over the activities
 * of a filter (alias {@code a}), split as the breakdown says.
 */
final class SliceCounts {

    private final AggregateReader database;
    private final AnalysisFilter filter;
    private final Breakdown breakdown;

    SliceCounts(AggregateReader database, AnalysisFilter filter, Breakdown breakdown) {
        this.database = database;
        this.filter = filter;
        this.breakdown = breakdown;
    }

    /** Every slice with at least one activity, with the team's name (null without a team). */
    Map<Slice, String> slices() {
        Map<Slice, String> slices = new LinkedHashMap<>();
        record Named(Slice slice, String teamName) {
        }
        AnalysisQuery.of("select a.team_id, t.name as team_name" + keyColumns() + " from activity a"
                        + " left join process_team t on t.id = a.team_id where ")
                .append(ActivityScope.of(filter).on("a"))
                .append(" group by a.team_id, t.name" + keyGroup())
                .list(database, (rs, row) -> new Named(slice(rs), rs.getString("team_name")))
                .forEach(named -> slices.put(named.slice(), named.teamName()));
        return slices;
    }

    /**
     * {@code countExpression} per slice over {@code from} (which must join {@code activity a}) where
     * {@code where} holds.
     */
    Map<Slice, Long> count(String countExpression, String from, String where) {
        Map<Slice, Long> counts = new HashMap<>();
        AnalysisQuery.of("select a.team_id" + keyColumns() + ", " + countExpression + " as n " + from
                        + " where " + where + " and ")
                .append(ActivityScope.of(filter).on("a"))
                .append(" group by a.team_id" + keyGroup())
                .list(database, (rs, row) -> Map.entry(slice(rs), rs.getLong("n")))
                .forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
        return counts;
    }

    /**
     * Like {@link #count} but also per group, joining the counted memberships on
     * {@code personColumn}; only the filter's group when it has one.
     */
    Map<Slice, Map<UUID, Long>> countByGroup(String countExpression, String from, String where, String personColumn) {
        Map<Slice, Map<UUID, Long>> counts = new HashMap<>();
        AnalysisQuery query = AnalysisQuery.of("select a.team_id" + keyColumns() + ", m.group_id, "
                        + countExpression + " as n " + from + " join " + AnalysisSql.MEMBERSHIPS
                        + " m on m.person_id = " + personColumn + " and " + AnalysisSql.consentStands("m", "a.held_on")
                        + " where " + where + " and ")
                .append(ActivityScope.of(filter).on("a"));
        if (filter.groupId() != null) {
            query.append(" and m.group_id = :only_group").bind("only_group", filter.groupId());
        }
        query.append(" group by a.team_id" + keyGroup() + ", m.group_id")
                .list(database, (rs, row) -> new GroupCount(slice(rs), rs.getObject("group_id", UUID.class),
                        rs.getLong("n")))
                .forEach(c -> counts.computeIfAbsent(c.slice(), s -> new HashMap<>()).put(c.groupId(), c.count()));
        return counts;
    }

    private String keyColumns() {
        return switch (breakdown) {
            case NONE -> "";
            case MODE -> ", a.mode as k_mode";
            case LEVEL -> ", a.level as k_level";
            case YEAR -> ", extract(year from a.held_on) as k_year";
            case QUARTER -> ", extract(year from a.held_on) as k_year, extract(quarter from a.held_on) as k_quarter";
        };
    }

    private String keyGroup() {
        return switch (breakdown) {
            case NONE -> "";
            case MODE -> ", a.mode";
            case LEVEL -> ", a.level";
            case YEAR -> ", extract(year from a.held_on)";
            case QUARTER -> ", extract(year from a.held_on), extract(quarter from a.held_on)";
        };
    }

    private Slice slice(ResultSet rs) throws SQLException {
        UUID team = rs.getObject("team_id", UUID.class);
        return switch (breakdown) {
            case NONE -> new Slice(team, null, null, null, null);
            case MODE -> new Slice(team, Mode.valueOf(rs.getString("k_mode")), null, null, null);
            case LEVEL -> new Slice(team, null, Level.valueOf(rs.getString("k_level")), null, null);
            case YEAR -> new Slice(team, null, null, rs.getInt("k_year"), null);
            case QUARTER -> new Slice(team, null, null, rs.getInt("k_year"), rs.getInt("k_quarter"));
        };
    }

    private record GroupCount(Slice slice, UUID groupId, long count) {
    }
}
