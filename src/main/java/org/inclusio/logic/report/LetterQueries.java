package org.inclusio.logic.report;

import io.ebean.Database;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import org.inclusio.logic.analysis.ActivityScope;
import org.inclusio.logic.analysis.AnalysisFilter;
import org.inclusio.logic.analysis.AnalysisQuery;
import org.inclusio.logic.analysis.SqlCondition;
import org.inclusio.model.PersonRole;

/**
 * What the letters need beyond the proposals ({@link ReportQueries} reads those): the activities chosen,
 * the lay participants who attended them by code, and, only when the user asked for names, a person's
 * name and postal address.
 */
final class LetterQueries {

    private final Database database;

    LetterQueries(Database database) {
        this.database = database;
    }

    /** The activities of a selection (not deleted, not of a deleted team) as a condition on alias {@code a}. */
    static SqlCondition activities(LetterSelection selection) {
        if (selection.oneActivity()) {
            return ActivityScope.of(AnalysisFilter.all()).on("a")
                    .and(new SqlCondition("a.id = :letter_activity", Map.of("letter_activity", selection.activityId())));
        }
        AnalysisFilter filter = AnalysisFilter.all().withPeriod(selection.from(), selection.to());
        return ActivityScope.of(selection.teamId() == null ? filter : filter.withTeam(selection.teamId())).on("a");
    }

    /** The activities of one participant among those of the selection, as a condition on alias {@code a}. */
    static SqlCondition attendedBy(LetterSelection selection, UUID personId) {
        return activities(selection).and(new SqlCondition("a.id in (select lx.activity_id from participation lx"
                + " where lx.person_id = :letter_person and lx.attendance = 'ATTENDED')",
                Map.of("letter_person", personId)));
    }

    /** The activity (not deleted) with its day, title and team, if there is one with this id. */
    Optional<ActivityLine> activity(UUID id) {
        return AnalysisQuery.of("select a.id, a.held_on, a.title, t.name as team_name from activity a"
                        + " left join process_team t on t.id = a.team_id where ")
                .append(activities(LetterSelection.activity(id)))
                .list(database, (rs, row) -> new ActivityLine(rs.getObject("id", UUID.class),
                        rs.getObject("held_on", LocalDate.class), rs.getString("title"), rs.getString("team_name")))
                .stream().findFirst();
    }

    /** The activities of a period (of one team when not null), most recent first, at most {@code limit}. */
    List<ActivityLine> activities(LocalDate from, LocalDate to, UUID teamId, int limit) {
        return AnalysisQuery.of("select a.id, a.held_on, a.title, t.name as team_name from activity a"
                        + " left join process_team t on t.id = a.team_id where ")
                .append(activities(LetterSelection.period(from, to, teamId)))
                .append(" order by a.held_on desc, lower(a.title), a.id limit " + Math.max(0, limit))
                .list(database, (rs, row) -> new ActivityLine(rs.getObject("id", UUID.class),
                        rs.getObject("held_on", LocalDate.class), rs.getString("title"), rs.getString("team_name")));
    }

    /**
     * The lay participants (not deleted, not professionals) who attended an activity of the selection, by
     * code, each with the activities of the selection they attended.
     */
    List<Recipient> recipients(LetterSelection selection) {
        Map<UUID, String> codes = new LinkedHashMap<>();
        Map<UUID, TreeSet<UUID>> attended = new LinkedHashMap<>();
        AnalysisQuery.of("select p.id, p.code, x.activity_id from participation x join person p on p.id = x.person_id"
                        + " join activity a on a.id = x.activity_id where x.attendance = 'ATTENDED'"
                        + " and p.deleted = false and p.role <> :letter_staff and ")
                .bind("letter_staff", PersonRole.PROFESSIONAL.name())
                .append(activities(selection))
                .append(" order by p.code, p.id")
                .forEach(database, (rs, row) -> new Object[] {rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getObject(3, UUID.class)}, values -> {
                            UUID person = (UUID) values[0];
                            codes.putIfAbsent(person, (String) values[1]);
                            attended.computeIfAbsent(person, key -> new TreeSet<>()).add((UUID) values[2]);
                        });
        return codes.entrySet().stream().map(entry -> new Recipient(entry.getKey(), entry.getValue(),
                List.copyOf(attended.get(entry.getKey())))).toList();
    }

    /** A person's name and postal address as recorded, if any is. */
    Optional<Identity> identity(UUID personId) {
        return database.sqlQuery("select full_name, postal_address from person_identity where person_id = :p")
                .setParameter("p", personId)
                .mapTo((rs, row) -> new Identity(rs.getString(1), rs.getString(2)))
                .findOneOrEmpty()
                .filter(identity -> identity.name() != null && !identity.name().isBlank());
    }

    /**
     * An activity as the letters name it.
     *
     * @param id     the activity
     * @param heldOn its day
     * @param title  its title
     * @param team   its team's name, or null
     */
    record ActivityLine(UUID id, LocalDate heldOn, String title, String team) {
    }

    /**
     * A lay participant who gets a letter.
     *
     * @param personId   the person
     * @param code       their code, the name the letter uses unless names were asked for
     * @param activities the activities of the selection they attended, in id order
     */
    record Recipient(UUID personId, String code, List<UUID> activities) {
    }

    /**
     * What an envelope needs.
     *
     * @param name          the full name
     * @param postalAddress the postal address, or null
     */
    record Identity(String name, String postalAddress) {
    }
}
