package org.inclusio.logic.analysis.matrix;

import io.ebean.Database;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.inclusio.logic.analysis.ActivityScope;
import org.inclusio.logic.analysis.AnalysisFilter;
import org.inclusio.logic.analysis.AnalysisQuery;
import org.inclusio.logic.analysis.AnalysisSql;
import org.inclusio.logic.analysis.SqlCondition;
import org.inclusio.model.Level;
import org.inclusio.persistence.analytics.AggregateReader;
import org.inclusio.persistence.analytics.StoreAggregates;
import org.inclusio.model.Mode;

/**
 * Counts coproduction per mode and level (the "Four Cos" against individual, group and collective
 * level), aggregated in the database, and lists the activities behind one cell for drill-down.
 *
 * <p>The activities are those of {@link ActivityScope}. With a group in the filter, only
 * activities that at least one lay member of that group attended are counted (their other
 * attendees still count as participants).
 *
 * <p>Anonymous participants (people not in the register) are a figure of their own: they are not among
 * the participants, belong to no known group, and add their hours to the person-hours.
 */
public final class ModeLevelMatrixAnalysis {

    private final Database database;
    private final AggregateReader aggregates;

    /** Reads the aggregates from the store itself. */
    public ModeLevelMatrixAnalysis(Database database) {
        this(database, new StoreAggregates(database));
    }

    /**
     * @param aggregates where the cell figures are aggregated; the drill-down lists are read from
     *                   the store
     */
    public ModeLevelMatrixAnalysis(Database database, AggregateReader aggregates) {
        this.database = database;
        this.aggregates = aggregates;
    }

    /** The twelve cells for the filter, empty ones with zeros. */
    public ModeLevelMatrix compute(AnalysisFilter filter) {
        SqlCondition scope = scope(filter);
        Map<Cell, CellFigures> activities = figures(AnalysisQuery.of(
                "select a.mode, a.level, count(*) as activities, 0 as lay, 0 as minutes from activity a where ")
                .append(scope).append(" group by a.mode, a.level"), "activities");
        Map<Cell, CellFigures> attendance = figures(AnalysisQuery.of(
                "select a.mode, a.level, count(distinct pa.person_id) as participants,"
                        + " count(distinct case when p.role <> 'PROFESSIONAL' then pa.person_id end) as lay,"
                        + " sum(a.duration_minutes) as minutes"
                        + " from participation pa join activity a on a.id = pa.activity_id"
                        + " left join person p on p.id = pa.person_id"
                        + " where p.deleted = false and " + AnalysisSql.attended("pa"))
                .and(scope).append(" group by a.mode, a.level"), "participants");
        // the anonymous participants as the count, their person-minutes as the minutes
        Map<Cell, CellFigures> anonymous = figures(AnalysisQuery.of(
                "select a.mode, a.level, sum(a.anonymous_participants) as anonymous, 0 as lay,"
                        + " sum(a.anonymous_participants * a.duration_minutes) as minutes from activity a where ")
                .append(scope).append(" group by a.mode, a.level"), "anonymous");
        Map<Cell, CellFigures> groups = figures(AnalysisQuery.of(
                "select a.mode, a.level, count(distinct m.group_id) as groups_present, 0 as lay, 0 as minutes"
                        + " from participation pa join activity a on a.id = pa.activity_id"
                        + " left join person p on p.id = pa.person_id"
                        + " join " + AnalysisSql.MEMBERSHIPS + " m on m.person_id = pa.person_id and "
                        + AnalysisSql.consentStands("m", "a.held_on")
                        + " where " + AnalysisSql.lay("p") + " and " + AnalysisSql.attended("pa"))
                .and(scope).append(" group by a.mode, a.level"), "groups_present");

        List<MatrixCell> cells = new ArrayList<>();
        for (Mode mode : Mode.values()) {
            for (Level level : Level.values()) {
                Cell cell = new Cell(mode, level);
                CellFigures people = attendance.getOrDefault(cell, CellFigures.NONE);
                CellFigures unnamed = anonymous.getOrDefault(cell, CellFigures.NONE);
                cells.add(new MatrixCell(mode, level, activities.getOrDefault(cell, CellFigures.NONE).count(),
                        people.count(), people.lay(), (people.minutes() + unnamed.minutes()) / 60.0,
                        groups.getOrDefault(cell, CellFigures.NONE).count(), unnamed.count()));
            }
        }
        return new ModeLevelMatrix(filter, cells);
    }

    /** The activities counted in one cell, oldest first. */
    public List<UUID> activityIds(AnalysisFilter filter, Mode mode, Level level) {
        return AnalysisQuery.of("select a.id from activity a where a.mode = :cell_mode and a.level = :cell_level and ")
                .bind("cell_mode", mode.name()).bind("cell_level", level.name())
                .append(scope(filter)).append(" order by a.held_on, a.id")
                .list(database, (rs, row) -> rs.getObject("id", UUID.class));
    }

    /** The activities counted in one cell with their date and title, oldest first. */
    public List<CellActivity> activities(AnalysisFilter filter, Mode mode, Level level) {
        return AnalysisQuery.of("select a.id, a.held_on, a.title from activity a"
                        + " where a.mode = :cell_mode and a.level = :cell_level and ")
                .bind("cell_mode", mode.name()).bind("cell_level", level.name())
                .append(scope(filter)).append(" order by a.held_on, a.id")
                .list(database, (rs, row) -> new CellActivity(rs.getObject("id", UUID.class),
                        rs.getDate("held_on").toLocalDate(), rs.getString("title")));
    }

    private static SqlCondition scope(AnalysisFilter filter) {
        SqlCondition scope = ActivityScope.of(filter).on("a");
        if (filter.groupId() == null) {
            return scope;
        }
        return scope.and(new SqlCondition("exists (select 1 from participation gp"
                + " join person gpp on gpp.id = gp.person_id"
                + " join " + AnalysisSql.MEMBERSHIPS + " gpm on gpm.person_id = gp.person_id and "
                + AnalysisSql.consentStands("gpm", "a.held_on")
                + " where gp.activity_id = a.id and " + AnalysisSql.attended("gp") + " and " + AnalysisSql.lay("gpp")
                + " and gpm.group_id = :matrix_group)", Map.of("matrix_group", filter.groupId())));
    }

    private Map<Cell, CellFigures> figures(AnalysisQuery query, String countColumn) {
        Map<Cell, CellFigures> figures = new HashMap<>();
        query.list(aggregates, (rs, row) -> new CellFigures(
                        new Cell(Mode.valueOf(rs.getString("mode")), Level.valueOf(rs.getString("level"))),
                        rs.getLong(countColumn), rs.getLong("lay"), rs.getLong("minutes")))
                .forEach(f -> figures.put(f.cell(), f));
        return figures;
    }

    private record Cell(Mode mode, Level level) {
    }

    /** One aggregate row: a count, a lay count and a sum of minutes, as far as the query has them. */
    private record CellFigures(Cell cell, long count, long lay, long minutes) {
        static final CellFigures NONE = new CellFigures(null, 0, 0, 0);
    }
}
