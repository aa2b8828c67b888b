package org.inclusio.logic.analysis;

import java.time.LocalDate;
import java.util.Map;

/**
 * The days on which a team seat counts for team-level rules. A seat ({@code TeamMembership}) counts
 * when it overlaps the window: joined on or before its last day (or joining unknown) and left on or
 * after its first day (or not left).
 *
 * <p>The window is the filter's period. A missing end is today; a missing start is the end, so
 * without a period the window is today alone (the team as it stands now) and with only an end it
 * is that day (the team as it stood then).
 *
 * @param start first day of the window
 * @param end   last day of the window
 */
public record MembershipWindow(LocalDate start, LocalDate end) {

    public static MembershipWindow of(AnalysisFilter filter, LocalDate today) {
        LocalDate end = filter.to() != null ? filter.to() : today;
        LocalDate start = filter.from() != null ? filter.from() : end;
        return new MembershipWindow(start, end);
    }

    /** Seats overlapping the window, as a condition on a {@code team_membership} alias. */
    public SqlCondition on(String tm) {
        return new SqlCondition("(" + tm + ".joined_on is null or " + tm + ".joined_on <= :window_end) and ("
                + tm + ".left_on is null or " + tm + ".left_on >= :window_start)",
                Map.of("window_start", start, "window_end", end));
    }
}
