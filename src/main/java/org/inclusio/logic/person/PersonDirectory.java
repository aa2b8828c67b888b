package org.inclusio.logic.person;

import io.ebean.Database;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.inclusio.model.PersonRole;

/** Finds people by their pseudonymous code, for pickers; never reads identifying details. */
public final class PersonDirectory {

    private final Database db;

    public PersonDirectory(Database db) {
        this.db = db;
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
