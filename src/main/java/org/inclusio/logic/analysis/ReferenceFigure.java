package org.inclusio.logic.analysis;

import io.ebean.Database;
import java.util.List;
import java.util.UUID;

/**
 * The share of a disadvantaged group in the population a team serves, as the analyses use it: for
 * each team and group the figure of the latest population year stored.
 *
 * @param id             the {@code ReferenceShare} record
 * @param teamId         the team
 * @param groupId        the group
 * @param share          the share, 0..1
 * @param populationYear the year the figure describes
 */
public record ReferenceFigure(UUID id, UUID teamId, UUID groupId, double share, int populationYear) {

    /**
     * The latest reference share per team and active group, for the teams of {@code teams} (and only
     * {@code onlyGroupId} when it is not null).
     */
    public static List<ReferenceFigure> latest(Database database, TeamScope teams, UUID onlyGroupId) {
        AnalysisQuery query = AnalysisQuery.of("select rs.id, rs.team_id, rs.group_id, rs.share, rs.population_year"
                + " from reference_share rs"
                + " join process_team t on t.id = rs.team_id"
                + " join disadvantaged_group g on g.id = rs.group_id"
                + " where g.active = true"
                + " and rs.population_year = (select max(r2.population_year) from reference_share r2"
                + " where r2.team_id = rs.team_id and r2.group_id = rs.group_id)")
                .and(teams.on("t"));
        if (onlyGroupId != null) {
            query.append(" and rs.group_id = :only_group").bind("only_group", onlyGroupId);
        }
        return query.list(database, (rs, row) -> new ReferenceFigure(rs.getObject("id", UUID.class),
                rs.getObject("team_id", UUID.class), rs.getObject("group_id", UUID.class),
                rs.getDouble("share"), rs.getInt("population_year")));
    }
}
