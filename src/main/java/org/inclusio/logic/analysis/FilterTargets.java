package org.inclusio.logic.analysis;

import io.ebean.Database;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.inclusio.logic.store.Vocabulary;
import org.inclusio.logic.store.VocabularyTexts;

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

    /**
     * The active disadvantaged group with this id, code or name (a built-in group's name as this
     * computer's language shows it, or the name the region gave it).
     */
    public Optional<UUID> group(String codeOrName) {
        String key = codeOrName.strip();
        VocabularyTexts texts = VocabularyTexts.ofDefaultLocale();
        List<UUID> ids = database.sqlQuery("select id, code, built_in, name from disadvantaged_group"
                        + " where active = true order by id")
                .mapTo((rs, row) -> new Named(rs.getObject("id", UUID.class), rs.getString("code"),
                        texts.name(Vocabulary.GROUPS, rs.getString("code"), rs.getBoolean("built_in"),
                                rs.getString("name"))))
                .findList().stream()
                .filter(group -> group.id().toString().equals(key) || group.code().equalsIgnoreCase(key)
                        || group.name().equalsIgnoreCase(key))
                .map(Named::id).toList();
        if (ids.size() > 1) {
            throw new IllegalArgumentException("ambiguous: " + key);
        }
        return ids.stream().findFirst();
    }

    private Optional<UUID> find(String sql, String key) {
        List<UUID> ids = database.sqlQuery(sql + " order by id").setParameter("key", key.strip())
                .mapTo((rs, row) -> rs.getObject("id", UUID.class)).findList();
        if (ids.size() > 1) {
            throw new IllegalArgumentException("ambiguous: " + key);
        }
        return ids.stream().findFirst();
    }

    private record Named(UUID id, String code, String name) {
    }
}
