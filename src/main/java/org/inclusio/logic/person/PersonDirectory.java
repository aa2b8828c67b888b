package org.inclusio.logic.person;

import io.ebean.Database;
import java.util.List;
import java.util.Locale;
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
}
