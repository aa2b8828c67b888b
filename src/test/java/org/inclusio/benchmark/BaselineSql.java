package org.inclusio.benchmark;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * The baselines of the analysis benchmark: the aggregates each analysis needs, written by hand as
 * plain SQL and run over plain JDBC on the same store. Each statement is restricted to activities
 * held on or after a day that the caller varies between runs, so that no run gets a cached result.
 * Every method returns a checksum of what it read, so the reads cannot be skipped.
 */
final class BaselineSql {

    /** Activities that count: not deleted, not of a deleted team, held from the given day on. */
    private static final String SCOPE = " a.deleted = false and (t.id is null or t.deleted = false)"
            + " and a.held_on >= ?";
    private static final String ACTIVITY = " join activity a on a.id = pa.activity_id"
            + " left join process_team t on t.id = a.team_id";
    private static final String LAY_ATTENDED = " p.role <> 'PROFESSIONAL' and p.deleted = false"
            + " and pa.attendance = 'ATTENDED'";
    private static final String MEMBERS = " join group_membership gm on gm.person_id = %s"
            + " join consent c on c.id = gm.consent_id and c.withdrawn_on is null"
            + " join disadvantaged_group g on g.id = gm.group_id and g.active = true";

    private BaselineSql() {
    }

    /** Activities, participants, lay participants, hours and groups present per mode and level. */
    static long matrix(Connection connection, LocalDate from) throws SQLException {
        return read(connection, from, "select a.mode, a.level, count(*) from activity a"
                        + " left join process_team t on t.id = a.team_id where" + SCOPE + " group by a.mode, a.level")
                + read(connection, from, "select a.mode, a.level, count(distinct pa.person_id),"
                        + " count(distinct case when p.role <> 'PROFESSIONAL' then pa.person_id end),"
                        + " sum(a.duration_minutes) from participation pa" + ACTIVITY
                        + " join person p on p.id = pa.person_id where p.deleted = false"
                        + " and pa.attendance = 'ATTENDED' and" + SCOPE + " group by a.mode, a.level")
                + read(connection, from, "select a.mode, a.level, count(distinct gm.group_id) from participation pa"
                        + ACTIVITY + " join person p on p.id = pa.person_id" + MEMBERS.formatted("pa.person_id")
                        + " where" + LAY_ATTENDED + " and" + SCOPE + " group by a.mode, a.level");
    }

    /**
     * The aggregates the exclusion rules rest on: lay attendances, speaking turns and people per team
     * and group and per team; per activity its length, professional against lay turns, lay heard
     * ratings and lay attendances neither paid nor offered payment; absences per team and person;
     * proposals per team and outcome; lay team seats per team and group; reference shares.
     */
    static long exclusion(Connection connection, LocalDate from) throws SQLException {
        String layAttendances = " from participation pa" + ACTIVITY + " join person p on p.id = pa.person_id";
        return read(connection, from, "select a.team_id, gm.group_id, count(*), sum(pa.speaking_turns),"
                        + " count(distinct pa.person_id)" + layAttendances + MEMBERS.formatted("pa.person_id")
                        + " where a.team_id is not null and" + LAY_ATTENDED + " and" + SCOPE
                        + " group by a.team_id, gm.group_id")
                + read(connection, from, "select a.team_id, count(*), sum(pa.speaking_turns)" + layAttendances
                        + " where a.team_id is not null and" + LAY_ATTENDED + " and" + SCOPE + " group by a.team_id")
                + read(connection, from, "select pa.activity_id, a.duration_minutes,"
                        + " sum(case when p.role = 'PROFESSIONAL' then pa.speaking_turns else 0 end),"
                        + " sum(case when p.role <> 'PROFESSIONAL' then pa.speaking_turns else 0 end),"
                        + " count(case when p.role <> 'PROFESSIONAL' then pa.heard_rating end),"
                        + " sum(case when p.role <> 'PROFESSIONAL' then pa.heard_rating end),"
                        + " count(case when p.role <> 'PROFESSIONAL' and p.paid = false and not exists (select 1"
                        + " from participation_accommodation pac join accommodation ac on ac.id = pac.accommodation_id"
                        + " where pac.participation_id = pa.id and ac.code = 'PAYMENT') then 1 end)"
                        + layAttendances + " where pa.attendance = 'ATTENDED' and p.deleted = false and" + SCOPE
                        + " group by pa.activity_id, a.duration_minutes")
                + read(connection, from, "select a.team_id, pa.person_id, count(*)" + layAttendances
                        + " where pa.attendance in ('DECLINED', 'NO_SHOW') and p.role <> 'PROFESSIONAL'"
                        + " and p.deleted = false and" + SCOPE + " group by a.team_id, pa.person_id")
                + read(connection, from, "select a.team_id, pr.outcome, count(*) from proposal pr"
                        + " join activity a on a.id = pr.activity_id left join process_team t on t.id = a.team_id"
                        + " where" + SCOPE + " group by a.team_id, pr.outcome")
                + read(connection, null, "select tm.team_id, gm.group_id, count(*) from team_membership tm"
                        + " join person p on p.id = tm.person_id" + MEMBERS.formatted("tm.person_id")
                        + " where p.role <> 'PROFESSIONAL' and p.deleted = false group by tm.team_id, gm.group_id")
                + read(connection, null, "select team_id, group_id, share, population_year from reference_share");
    }

    /** Slices, distinct lay attendees per team and per team and group, reference shares, groups. */
    static long representation(Connection connection, LocalDate from) throws SQLException {
        String layAttendances = " from participation pa" + ACTIVITY + " join person p on p.id = pa.person_id";
        return read(connection, from, "select a.team_id, t.name from activity a"
                        + " left join process_team t on t.id = a.team_id where" + SCOPE + " group by a.team_id, t.name")
                + read(connection, from, "select a.team_id, count(distinct pa.person_id)" + layAttendances
                        + " where" + LAY_ATTENDED + " and" + SCOPE + " group by a.team_id")
                + read(connection, from, "select a.team_id, gm.group_id, count(distinct pa.person_id)"
                        + layAttendances + MEMBERS.formatted("pa.person_id") + " where" + LAY_ATTENDED + " and"
                        + SCOPE + " group by a.team_id, gm.group_id")
                + read(connection, null, "select team_id, group_id, share, population_year from reference_share")
                + read(connection, null, "select id, code, name from disadvantaged_group where active = true");
    }

    /**
     * Representation split by calendar quarter: slices, distinct lay attendees per team and quarter and per team,
     * quarter and group, reference shares, groups.
     */
    static long representationByQuarter(Connection connection, LocalDate from) throws SQLException {
        String quarter = "extract(year from a.held_on), extract(quarter from a.held_on)";
        String layAttendances = " from participation pa" + ACTIVITY + " join person p on p.id = pa.person_id";
        return read(connection, from, "select a.team_id, t.name, " + quarter + " from activity a"
                        + " left join process_team t on t.id = a.team_id where" + SCOPE
                        + " group by a.team_id, t.name, " + quarter)
                + read(connection, from, "select a.team_id, " + quarter + ", count(distinct pa.person_id)"
                        + layAttendances + " where" + LAY_ATTENDED + " and" + SCOPE + " group by a.team_id, " + quarter)
                + read(connection, from, "select a.team_id, " + quarter + ", gm.group_id, count(distinct pa.person_id)"
                        + layAttendances + MEMBERS.formatted("pa.person_id") + " where" + LAY_ATTENDED + " and"
                        + SCOPE + " group by a.team_id, " + quarter + ", gm.group_id")
                + read(connection, null, "select team_id, group_id, share, population_year from reference_share")
                + read(connection, null, "select id, code, name from disadvantaged_group where active = true");
    }

    /**
     * Equality of influence split by mode: slices, lay attendances and adopted lay proposals per team and mode and
     * per team, mode and group, groups.
     */
    static long influence(Connection connection, LocalDate from) throws SQLException {
        String layAttendances = " from participation pa" + ACTIVITY + " join person p on p.id = pa.person_id";
        String adoptedByLay = " from proposal pr join activity a on a.id = pr.activity_id"
                + " left join process_team t on t.id = a.team_id join person p on p.id = pr.proposer_id";
        String adopted = " p.role <> 'PROFESSIONAL' and p.deleted = false"
                + " and pr.outcome in ('ADOPTED', 'PARTLY_ADOPTED')";
        return read(connection, from, "select a.team_id, t.name, a.mode from activity a"
                        + " left join process_team t on t.id = a.team_id where" + SCOPE
                        + " group by a.team_id, t.name, a.mode")
                + read(connection, from, "select a.team_id, a.mode, count(*)" + layAttendances + " where"
                        + LAY_ATTENDED + " and" + SCOPE + " group by a.team_id, a.mode")
                + read(connection, from, "select a.team_id, a.mode, gm.group_id, count(*)" + layAttendances
                        + MEMBERS.formatted("pa.person_id") + " where" + LAY_ATTENDED + " and" + SCOPE
                        + " group by a.team_id, a.mode, gm.group_id")
                + read(connection, from, "select a.team_id, a.mode, count(*)" + adoptedByLay + " where" + adopted
                        + " and" + SCOPE + " group by a.team_id, a.mode")
                + read(connection, from, "select a.team_id, a.mode, gm.group_id, count(*)" + adoptedByLay
                        + MEMBERS.formatted("pr.proposer_id") + " where" + adopted + " and" + SCOPE
                        + " group by a.team_id, a.mode, gm.group_id")
                + read(connection, null, "select id, code, name from disadvantaged_group where active = true");
    }

    /** Invited, attended, spoke, proposed and adopted: distinct lay people, in all and per group. */
    static long funnel(Connection connection, LocalDate from) throws SQLException {
        String stages = "count(distinct case when pa.invited = true then pa.person_id end),"
                + " count(distinct case when pa.attendance = 'ATTENDED' then pa.person_id end),"
                + " count(distinct case when pa.speaking_turns > 0 then pa.person_id end)"
                + " from participation pa" + ACTIVITY + " join person p on p.id = pa.person_id";
        String proposals = "count(distinct pr.proposer_id),"
                + " count(distinct case when pr.outcome in ('ADOPTED', 'PARTLY_ADOPTED') then pr.proposer_id end)"
                + " from proposal pr join activity a on a.id = pr.activity_id"
                + " left join process_team t on t.id = a.team_id join person p on p.id = pr.proposer_id";
        String lay = " where p.role <> 'PROFESSIONAL' and p.deleted = false and";
        return read(connection, from, "select " + stages + lay + SCOPE)
                + read(connection, from, "select " + proposals + lay + SCOPE)
                + read(connection, from, "select gm.group_id, " + stages + MEMBERS.formatted("pa.person_id")
                        + lay + SCOPE + " group by gm.group_id")
                + read(connection, from, "select gm.group_id, " + proposals + MEMBERS.formatted("pr.proposer_id")
                        + lay + SCOPE + " group by gm.group_id");
    }

    /** Runs one statement (binding the day when given) and sums the hash codes of every value read. */
    private static long read(Connection connection, LocalDate from, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (from != null) {
                statement.setDate(1, Date.valueOf(from));
            }
            long checksum = 0;
            try (ResultSet rows = statement.executeQuery()) {
                int columns = rows.getMetaData().getColumnCount();
                while (rows.next()) {
                    for (int column = 1; column <= columns; column++) {
                        Object value = rows.getObject(column);
                        checksum += value == null ? 0 : value.hashCode();
                    }
                }
            }
            return checksum;
        }
    }
}
