package org.inclusio.logic.analysis;

import io.ebean.Database;
import java.util.List;
import java.util.UUID;
import org.inclusio.logic.store.Vocabulary;
import org.inclusio.logic.store.VocabularyTexts;

/**
 * A disadvantaged group as analyses report it: identity, stable code and the region's name for it.
 *
 * @param id   the group's id
 * @param code the group's vocabulary code, e.g. {@code LOW_EDUCATION}
 * @param name the group's name as the reader sees it: a built-in group's from the program's texts,
 *             unless the region renamed it; a regional group's as the region entered it
 */
public record GroupRef(UUID id, String code, String name) {

    /**
     * The active groups, ordered by code; only {@code onlyGroupId} when it is not null (and
     * active).
     */
    public static List<GroupRef> active(Database database, UUID onlyGroupId) {
        return active(database, onlyGroupId, VocabularyTexts.ofDefaultLocale());
    }

    /** Like {@link #active(Database, UUID)}, built-in groups named with {@code texts}. */
    public static List<GroupRef> active(Database database, UUID onlyGroupId, VocabularyTexts texts) {
        AnalysisQuery query = AnalysisQuery.of(
                "select g.id, g.code, g.built_in, g.name from disadvantaged_group g where g.active = true");
        if (onlyGroupId != null) {
            query.append(" and g.id = :only_group").bind("only_group", onlyGroupId);
        }
        return query.append(" order by g.code").list(database, (rs, row) -> new GroupRef(
                rs.getObject("id", UUID.class), rs.getString("code"), texts.name(Vocabulary.GROUPS, rs.getString("code"),
                rs.getBoolean("built_in"), rs.getString("name"))));
    }
}
