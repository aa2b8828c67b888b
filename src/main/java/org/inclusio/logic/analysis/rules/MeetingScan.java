package org.inclusio.logic.analysis.rules;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.inclusio.logic.analysis.ActivityScope;
import org.inclusio.logic.analysis.AnalysisQuery;
import org.inclusio.logic.analysis.AnalysisSql;
import org.inclusio.persistence.analytics.AggregateReader;

/**
 * Reads the {@link Meeting}s of a scope, aggregated per activity in the database, in the order the
 * activities were held, and hands them on one by one.
 *
 * <p>Two passes over the participations: one reads the lay attendances of the scope as plain rows
 * (the evidence a finding names), the other the figures per activity. Plain rows leave the column
 * store about twice as fast as the same identifiers gathered into one list per activity. The
 * attendances come unordered, and each activity's few are put in the order of their ids here
 * ({@link #ID_ORDER}, the databases' order): sorting all lay attendances of a region in the
 * database took longer than reading them. The sums are cast to {@code bigint}: the column store
 * sums integers into 128-bit numbers, which its driver hands over as {@code BigInteger}s.
 */
public final class MeetingScan {

    private static final String LAY = "p.role <> 'PROFESSIONAL'";
    private static final String PAID_BY_ACCOMMODATION = "exists (select 1 from participation_accommodation pac"
            + " join accommodation ac on ac.id = pac.accommodation_id"
            + " where pac.participation_id = pa.id and ac.code = 'PAYMENT')";
    private static final String ATTENDANCES = " from participation pa join activity a on a.id = pa.activity_id"
            + " left join person p on p.id = pa.person_id where p.deleted = false and " + AnalysisSql.attended("pa");

    /**
     * Identifiers in the order H2, PostgreSQL and the column store sort them: by their bytes, unsigned
     * (which {@link UUID#compareTo} is not: it compares the halves as signed numbers).
     */
    static final Comparator<UUID> ID_ORDER = (a, b) -> {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    };

    private MeetingScan() {
    }

    /** The lay attendances of one activity, each list in the order of the attendances' ids once {@link #sort()}ed. */
    private record Evidence(List<UUID> lay, List<UUID> rated, List<UUID> unpaid) {
        Evidence() {
            this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        }

        void sort() {
            lay.sort(ID_ORDER);
            rated.sort(ID_ORDER);
            unpaid.sort(ID_ORDER);
        }
    }

    private static final Evidence NONE = new Evidence(List.of(), List.of(), List.of());

    /** Every activity of the scope with at least one attendance, in the order they were held. */
    public static void forEach(AggregateReader database, ActivityScope scope, Consumer<Meeting> consumer) {
        Map<UUID, Evidence> evidence = evidence(database, scope);
        AnalysisQuery.of("select a.id, a.team_id, a.duration_minutes, a.talk_counted, count(*) as attendees,"
                        + " count(*) filter (where " + LAY + ") as lay,"
                        + " cast(coalesce(sum(pa.speaking_turns), 0) as bigint) as turns,"
                        + " cast(coalesce(sum(pa.speaking_turns) filter (where " + LAY + "), 0) as bigint) as lay_turns,"
                        + " count(pa.heard_rating) filter (where " + LAY + ") as ratings,"
                        + " cast(coalesce(sum(pa.heard_rating) filter (where " + LAY + "), 0) as bigint) as rating_total"
                        + ATTENDANCES)
                .and(scope.on("a"))
                .append(" group by a.id, a.team_id, a.duration_minutes, a.talk_counted, a.held_on"
                        + " order by a.held_on, a.id")
                .forEach(database, (rs, row) -> meeting(rs, evidence), consumer);
    }

    /** The lay attendances of the scope by activity: all of them, those rated, those neither paid nor offered payment. */
    private static Map<UUID, Evidence> evidence(AggregateReader database, ActivityScope scope) {
        Map<UUID, Evidence> byActivity = new HashMap<>();
        AnalysisQuery.of("select pa.activity_id, pa.id, pa.heard_rating is not null as rated,"
                        + " (p.paid = false and not " + PAID_BY_ACCOMMODATION + ") as unpaid"
                        + ATTENDANCES + " and " + LAY)
                .and(scope.on("a"))
                .forEach(database, (rs, row) -> {
                    // by position: a column looked up by name costs more than the value on 565,000 rows
                    Evidence activity = byActivity.computeIfAbsent(rs.getObject(1, UUID.class), id -> new Evidence());
                    UUID id = rs.getObject(2, UUID.class);
                    activity.lay().add(id);
                    if (rs.getBoolean(3)) {
                        activity.rated().add(id);
                    }
                    if (rs.getBoolean(4)) {
                        activity.unpaid().add(id);
                    }
                    return activity;
                }, activity -> { });
        byActivity.values().forEach(Evidence::sort);
        return byActivity;
    }

    /** One meeting from a row of the figures per activity, by the columns' positions in the query. */
    private static Meeting meeting(ResultSet rs, Map<UUID, Evidence> evidence) throws SQLException {
        UUID id = rs.getObject(1, UUID.class);
        Evidence lay = evidence.getOrDefault(id, NONE);
        return new Meeting(id, rs.getObject(2, UUID.class), rs.getInt(3), rs.getLong(5), rs.getLong(6),
                rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10), lay.lay(), lay.rated(), lay.unpaid(),
                rs.getBoolean(4));
    }
}
