package org.inclusio.logic.analysis;

import io.ebean.Database;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Finds the team, organisation or disadvantaged group a user named when choosing what to analyse:
 * by id, or by name (teams, organisations) or code and name (groups), ignoring case.
 */
public final class FilterTargets {

    private final Database database;

    public FilterTargets(Database database) {
        this.database = database;
    }

    /** The process team (not deleted) with this id or name. */
    public Optional<UUID> team(String idOrName) {
        return find("select id from process_team where deleted = false and (cast(id as varchar) = :key"
                + " or lower(name) = lower(:key))", idOrName);
    }

    /** The organisation (not deleted) with this id or name. */
    public Optional<UUID> organisation(String idOrName) {
        return find("select id from organisation where deleted = false and (cast(id as varchar) = :key"
                + " or lower(name) = lower(:key))", idOrName);
    }

    /** The active disadvantaged group with this id, code or name. */
    public Optional<UUID> group(String codeOrName) {
        return find("select id from disadvantaged_group where active = true and (cast(id as varchar) = :key"
                + " or lower(code) = lower(:key) or lower(name) = lower(:key))", codeOrName);
    }

    private Optional<UUID> find(String sql, String key) {
        List<UUID> ids = database.sqlQuery(sql + " order by id").setParameter("key", key.strip())
                .mapTo((rs, row) -> rs.getObject("id", UUID.class)).findList();
        if (ids.size() > 1) {
            throw new IllegalArgumentException("ambiguous: " + key);
        }
        return ids.stream().findFirst();
    }
}
