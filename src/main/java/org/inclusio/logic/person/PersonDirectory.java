package org.inclusio.logic.person;

import io.ebean.Database;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.inclusio.logic.i18n.Localization;
import org.inclusio.model.PersonRole;

/** Finds people by their pseudonymous code, for pickers; never reads identifying details. */
public final class PersonDirectory {

    /** The most people the picker's search returns. */
    public static final int SEARCH_LIMIT = 20;

    private static final String ON_THE_DAY = " and (m.joined_on is null or m.joined_on <= :day)"
            + " and (m.left_on is null or m.left_on > :day)";

    private final Database db;
    private final Localization l10n;

    public PersonDirectory(Database db, Localization l10n) {
        this.db = db;
        this.l10n = l10n;
    }

    /** People whose code contains the text (ignoring case), ordered by code, at most {@code limit}. */
    public List<PersonChoice> find(String text, int limit) {
        String pattern = "%" + (text == null ? "" : text.trim().toLowerCase(Locale.ROOT)) + "%";
        return db.sqlQuery("select id, code, role from person where deleted = false and lower(code) like :code"
                        + " order by code limit " + Math.max(1, limit))
                .setParameter("code", pattern)
                .mapTo((row, n) -> new PersonChoice(row.getObject(1, UUID.class), row.getString(2),
                        PersonRole.valueOf(row.getString(3))))
                .findList();
    }

    /**
     * The people who sit on the team on the given day (joined on or before it, not yet left), not
     * erased or deleted, ordered by code.
     */
    public List<PersonChoice> teamMembers(UUID teamId, LocalDate on) {
        return db.sqlQuery("select p.id, p.code, p.role from team_membership m join person p on p.id = m.person_id"
                        + " where m.team_id = :team and p.deleted = false"
                        + " and (m.joined_on is null or m.joined_on <= :day)"
                        + " and (m.left_on is null or m.left_on > :day) order by p.code")
                .setParameter("team", teamId)
                .setParameter("day", on)
                .mapTo((row, n) -> new PersonChoice(row.getObject(1, UUID.class), row.getString(2),
                        PersonRole.valueOf(row.getString(3))))
                .findList();
    }

    /**
     * The people matching every word of the text, at most {@code limit}: a word matches a person
     * whose pseudonymous code or the name of a team the person sits on that day contains it, or whose
     * role (as the user reads it, or the words lay and staff) contains it, ignoring case. A person
     * whose code is the whole text comes first, then by code. Blank text finds nobody.
     */
    public List<PersonHit> search(String text, LocalDate day, int limit) {
        String[] words = text == null ? new String[0] : text.strip().toLowerCase(l10n.locale()).split("\\s+");
        StringBuilder where = new StringBuilder();
        Map<String, Object> parameters = new HashMap<>();
        int index = 0;
        for (String word : words) {
            if (word.isBlank()) {
                continue;
            }
            String name = "w" + index;
            parameters.put(name, "%" + escapeLike(word) + "%");
            where.append(" and (lower(p.code) like :").append(name).append(" escape '!'")
                    .append(" or exists (select 1 from team_membership m join process_team t on t.id = m.team_id")
                    .append(" where m.person_id = p.id and t.deleted = false").append(ON_THE_DAY)
                    .append(" and lower(t.name) like :").append(name).append(" escape '!')");
            List<String> roles = rolesMatching(word);
            if (!roles.isEmpty()) {
                parameters.put("r" + index, roles);
                where.append(" or p.role in (:r").append(index).append(')');
            }
            where.append(')');
            index++;
        }
        if (index == 0) {
            return List.of();
        }
        io.ebean.SqlQuery query = db.sqlQuery("select p.id, p.code, p.role from person p where p.deleted = false"
                + where + " order by case when lower(p.code) = :whole then 0 else 1 end, p.code limit "
                + Math.max(1, limit));
        parameters.forEach(query::setParameter);
        query.setParameter("whole", text.strip().toLowerCase(Locale.ROOT));
        query.setParameter("day", day);
        List<PersonChoice> found = query.mapTo((row, n) -> new PersonChoice(row.getObject(1, UUID.class),
                row.getString(2), PersonRole.valueOf(row.getString(3)))).findList();
        Map<UUID, List<String>> teams = teamsOf(found.stream().map(PersonChoice::id).toList(), day);
        return found.stream().map(person -> new PersonHit(person.id(), person.code(), person.role(),
                teams.getOrDefault(person.id(), List.of()))).toList();
    }

    /** The roles a search word names: by the role's label, or by the words for lay and staff. */
    private List<String> rolesMatching(String word) {
        Locale locale = l10n.locale();
        String lay = l10n.text("activity.participants.lay").toLowerCase(locale);
        String staff = l10n.text("activity.participants.staff").toLowerCase(locale);
        List<String> roles = new ArrayList<>();
        for (PersonRole role : PersonRole.values()) {
            String kind = role.isLay() ? lay : staff;
            if (l10n.label(role).toLowerCase(locale).contains(word) || kind.startsWith(word)) {
                roles.add(role.name());
            }
        }
        return roles;
    }

    private Map<UUID, List<String>> teamsOf(List<UUID> ids, LocalDate day) {
        Map<UUID, List<String>> teams = new HashMap<>();
        if (ids.isEmpty()) {
            return teams;
        }
        db.sqlQuery("select m.person_id, t.name from team_membership m join process_team t on t.id = m.team_id"
                        + " where m.person_id in (:ids) and t.deleted = false" + ON_THE_DAY + " order by t.name")
                .setParameter("ids", ids)
                .setParameter("day", day)
                .findEachRow((row, n) -> teams.computeIfAbsent(row.getObject(1, UUID.class), id -> new ArrayList<>())
                        .add(row.getString(2)));
        return teams;
    }

    /** The text with LIKE's wildcards and the escape character taken literally (escape character '!'). */
    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** The roles of the given people, by id; people not found are left out. */
    public Map<UUID, PersonRole> roles(Collection<UUID> ids) {
        Map<UUID, PersonRole> roles = new HashMap<>();
        if (ids.isEmpty()) {
            return roles;
        }
        db.sqlQuery("select id, role from person where id in (:ids)")
                .setParameter("ids", List.copyOf(ids))
                .findEachRow((row, n) -> roles.put(row.getObject(1, UUID.class), PersonRole.valueOf(row.getString(2))));
        return roles;
    }
}
