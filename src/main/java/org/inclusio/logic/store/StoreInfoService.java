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

    private static final String COUNTS = """
            select
              (select count(*) from organisation where deleted = false) as organisations,
              (select count(*) from process_team where deleted = false) as process_teams,
              (select count(*) from person where deleted = false) as people,
              (select count(*) from activity where deleted = false) as activities,
              (select count(*) from participation p
                 join activity a on a.id = p.activity_id
                 join person s on s.id = p.person_id
                where a.deleted = false and s.deleted = false) as participations,
              (select count(*) from proposal r
                 join activity a on a.id = r.activity_id
                where a.deleted = false) as proposals,
              (select count(*) from exclusion_flag where deleted = false) as exclusion_flags
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

    /** True when nothing has been recorded yet (no activities, people or process teams). */
    public boolean isEmpty() {
        return counts().isEmpty();
    }
}
