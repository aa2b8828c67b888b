package org.inclusio.logic.analysis.rules;

import org.inclusio.persistence.analytics.StoreAggregates;
import org.inclusio.persistence.analytics.AggregateReader;
import io.ebean.Database;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.inclusio.logic.analysis.ActivityScope;
import org.inclusio.logic.analysis.AnalysisFilter;
import org.inclusio.logic.analysis.AnalysisQuery;
import org.inclusio.logic.analysis.AnalysisSql;

/**
 * Lay attendances and their speaking turns at the activities in a run's scope, per team and per team
 * and disadvantaged group (only the filter's group when it names one); the activities without a team
 * are counted together under a null team. Each total is
 * read from the database the first time a rule asks for it and then shared by every rule of the run.
 */
public final class LayTalk {

    /**
     * Lay attendances and turns of one team, or of one group at one team.
     *
     * @param attendances        every lay attendance
     * @param turns              the speaking turns at activities where turns were counted
     * @param countedAttendances the lay attendances at those activities, the base the turns compare with
     */
    public record Talk(UUID teamId, UUID groupId, long attendances, long turns, long countedAttendances) {
    }

    private static final String COUNTED = "a.talk_counted = true";
    private static final String TOTALS = " count(*) as attendances,"
            + " cast(coalesce(sum(pa.speaking_turns) filter (where " + COUNTED + "), 0) as bigint) as turns,"
            + " count(*) filter (where " + COUNTED + ") as counted";

    private static final String LAY_ATTENDANCES = " from participation pa join activity a on a.id = pa.activity_id"
            + " left join person p on p.id = pa.person_id";
    private static final String CONDITION = " " + AnalysisSql.lay("p") + " and "
            + AnalysisSql.attended("pa");

    private final AggregateReader database;
    private final AnalysisFilter filter;
    private Map<UUID, Talk> byTeam;
    private List<Talk> byTeamAndGroup;

    /** Reads the totals from the store itself. */
    public LayTalk(Database database, AnalysisFilter filter) {
        this(new StoreAggregates(database), filter);
    }

    public LayTalk(AggregateReader aggregates, AnalysisFilter filter) {
        this.database = aggregates;
        this.filter = filter;
    }

    /**
     * Per team sums of the meetings of this run's scope, all of them, in place of reading the totals
     * {@link #byTeam()} gives: a team's lay attendances are those of its meetings, its turns and the
     * attendances they compare with those of its meetings where turns were counted.
     */
    static final class TeamSums {
        private final Map<UUID, long[]> sums = new HashMap<>();

        void add(Meeting meeting) {
            long[] team = sums.computeIfAbsent(meeting.teamId(), id -> new long[3]);
            team[0] += meeting.lay();
            if (meeting.talkCounted()) {
                team[1] += meeting.layTurns();
                team[2] += meeting.lay();
            }
        }
    }

    /** Takes the per team totals from every meeting of the run's scope instead of reading them again. */
    synchronized void knowByTeam(TeamSums meetings) {
        Map<UUID, Talk> teams = new HashMap<>();
        meetings.sums.forEach((teamId, sums) -> {
            // a team with no lay attendance has no row in the totals read from the database
            if (sums[0] > 0) {
                teams.put(teamId, new Talk(teamId, null, sums[0], sums[1], sums[2]));
            }
        });
        byTeam = Collections.unmodifiableMap(teams);
    }

    /** Per team with lay attendances (the null key for the activities without a team): all of them and their turns. */
    public synchronized Map<UUID, Talk> byTeam() {
        if (byTeam == null) {
            Map<UUID, Talk> teams = new HashMap<>();
            AnalysisQuery.of("select a.team_id," + TOTALS + LAY_ATTENDANCES + " where" + CONDITION)
                    .and(ActivityScope.of(filter).on("a")).append(" group by a.team_id")
                    .list(database, (rs, row) -> new Talk(rs.getObject("team_id", UUID.class), null,
                            rs.getLong("attendances"), rs.getLong("turns"), rs.getLong("counted")))
                    .forEach(talk -> teams.put(talk.teamId(), talk));
            byTeam = Collections.unmodifiableMap(teams);
        }
        return byTeam;
    }

    /** Per team and group with lay attendances: those of the group's members (memberships that count) and their turns. */
    public synchronized List<Talk> byTeamAndGroup() {
        if (byTeamAndGroup == null) {
            AnalysisQuery query = AnalysisQuery.of("select a.team_id, gm.group_id," + TOTALS + LAY_ATTENDANCES
                            + AnalysisSql.joinMemberships("pa.person_id", "a.held_on") + " where" + CONDITION)
                    .and(ActivityScope.of(filter).on("a"));
            if (filter.groupId() != null) {
                query.append(" and gm.group_id = :only_group").bind("only_group", filter.groupId());
            }
            byTeamAndGroup = List.copyOf(query.append(" group by a.team_id, gm.group_id")
                    .list(database, (rs, row) -> new Talk(rs.getObject("team_id", UUID.class),
                            rs.getObject("group_id", UUID.class), rs.getLong("attendances"), rs.getLong("turns"),
                            rs.getLong("counted"))));
        }
        return byTeamAndGroup;
    }
}
