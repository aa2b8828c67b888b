package org.inclusio.logic.analysis.rules;

import org.inclusio.persistence.analytics.AggregateReader;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.inclusio.logic.analysis.ActivityScope;
import org.inclusio.logic.analysis.AnalysisQuery;
import org.inclusio.logic.analysis.AnalysisSql;

/**
 * Reads the {@link Meeting}s of a scope in one pass over the participations, aggregated per activity
 * in the database, in the order the activities were held, and hands them on one by one so that none
 * is kept after it has been judged.
 */
public final class MeetingScan {

    private static final String LAY = "p.role <> 'PROFESSIONAL'";
    private static final String PAID_BY_ACCOMMODATION = "exists (select 1 from participation_accommodation pac"
            + " join accommodation ac on ac.id = pac.accommodation_id"
            + " where pac.participation_id = pa.id and ac.code = 'PAYMENT')";

    private MeetingScan() {
    }

    /** Every activity of the scope with at least one attendance, in the order they were held. */
    public static void forEach(AggregateReader database, ActivityScope scope, Consumer<Meeting> consumer) {
        AnalysisQuery.of("select a.id, a.team_id, a.duration_minutes, a.talk_counted, count(*) as attendees,"
                        + " count(*) filter (where " + LAY + ") as lay,"
                        + " coalesce(sum(pa.speaking_turns), 0) as turns,"
                        + " coalesce(sum(pa.speaking_turns) filter (where " + LAY + "), 0) as lay_turns,"
                        + " count(pa.heard_rating) filter (where " + LAY + ") as ratings,"
                        + " coalesce(sum(pa.heard_rating) filter (where " + LAY + "), 0) as rating_total,"
                        + " array_agg(pa.id order by pa.id) filter (where " + LAY + ") as lay_ids,"
                        + " array_agg(pa.id order by pa.id) filter (where " + LAY
                        + " and pa.heard_rating is not null) as rated_ids,"
                        + " array_agg(pa.id order by pa.id) filter (where " + LAY + " and p.paid = false"
                        + " and not " + PAID_BY_ACCOMMODATION + ") as unpaid_ids"
                        + " from participation pa join activity a on a.id = pa.activity_id"
                        + " left join person p on p.id = pa.person_id"
                        + " where p.deleted = false and " + AnalysisSql.attended("pa"))
                .and(scope.on("a"))
                .append(" group by a.id, a.team_id, a.duration_minutes, a.talk_counted, a.held_on"
                        + " order by a.held_on, a.id")
                .forEach(database, MeetingScan::meeting, consumer);
    }

    private static Meeting meeting(ResultSet rs, int row) throws SQLException {
        return new Meeting(rs.getObject("id", UUID.class), rs.getObject("team_id", UUID.class),
                rs.getInt("duration_minutes"), rs.getLong("attendees"), rs.getLong("lay"), rs.getLong("turns"),
                rs.getLong("lay_turns"), rs.getLong("ratings"), rs.getLong("rating_total"), ids(rs, "lay_ids"),
                ids(rs, "rated_ids"), ids(rs, "unpaid_ids"), rs.getBoolean("talk_counted"));
    }

    private static List<UUID> ids(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        if (array == null) {
            return List.of();
        }
        try {
            return Arrays.stream((Object[]) array.getArray()).map(UUID.class::cast).toList();
        } finally {
            array.free();
        }
    }
}
