package org.inclusio.logic.store;

import io.ebean.Database;
import io.ebean.SqlRow;
import java.util.Objects;

/**
 * Tells what a store holds, by counting in the database (one aggregate query; no rows are
 * loaded). Soft-deleted records are not counted, nor are the participations and proposals of a
 * soft-deleted activity.
 */
public final class StoreInfoService {

    /*
     * Totals minus what is in the trash. A count of a whole table is read from the table's own row count,
     * which the database keeps up to date (no rows are visited). What is in the trash is found through the
     * index on each table's trash mark ({@code in_trash}: true in the trash, null elsewhere, computed by the
     * database from {@code deleted}; schema 1.10), and what hangs on it through the foreign-key indexes
     * (participations of a deleted activity, plus those of a deleted person, less those counted twice), so
     * the work grows with the trash, not with the store. Counting the live rows directly joined every
     * participation to its activity and person (20.7 s on a store of a million participations); without the
     * indexes, finding the trash read every activity, person and flag (seconds on a cold page cache).
     */
    private static final String COUNTS = """
            select
              (select count(*) from organisation)
                - (select count(*) from organisation where in_trash = true) as organisations,
              (select count(*) from process_team)
                - (select count(*) from process_team where in_trash = true) as process_teams,
              (select count(*) from person) - (select count(*) from person where in_trash = true) as people,
              (select count(*) from activity) - (select count(*) from activity where in_trash = true) as activities,
              (select count(*) from participation)
                - (select count(*) from activity a join participation p on p.activity_id = a.id
                    where a.in_trash = true)
                - (select count(*) from person s join participation p on p.person_id = s.id
                    where s.in_trash = true)
                + (select count(*) from activity a join participation p on p.activity_id = a.id
                     join person s on s.id = p.person_id
                    where a.in_trash = true and s.in_trash = true) as participations,
              (select count(*) from proposal)
                - (select count(*) from activity a join proposal r on r.activity_id = a.id
                    where a.in_trash = true) as proposals,
              (select count(*) from exclusion_flag)
                - (select count(*) from exclusion_flag where in_trash = true) as exclusion_flags
            """;

    /* The status bar's counts: the same, for teams, people and activities only. */
    private static final String REGISTERS = """
            select
              (select count(*) from process_team)
                - (select count(*) from process_team where in_trash = true) as process_teams,
              (select count(*) from person) - (select count(*) from person where in_trash = true) as people,
              (select count(*) from activity) - (select count(*) from activity where in_trash = true) as activities
            """;

    private final Database database;

    public StoreInfoService(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    public StoreCounts counts() {
        SqlRow row = database.sqlQuery(COUNTS).findOne();
        return new StoreCounts(
                row.getLong("organisations"),
                row.getLong("process_teams"),
                row.getLong("people"),
                row.getLong("activities"),
                row.getLong("participations"),
                row.getLong("proposals"),
                row.getLong("exclusion_flags"));
    }

    /** The registers' counts only (what the status bar shows), without participations and proposals. */
    public RegisterCounts registers() {
        SqlRow row = database.sqlQuery(REGISTERS).findOne();
        return new RegisterCounts(row.getLong("process_teams"), row.getLong("people"), row.getLong("activities"));
    }

    /** True when nothing has been recorded yet (no activities, people or process teams). */
    public boolean isEmpty() {
        return registers().isEmpty();
    }
}
