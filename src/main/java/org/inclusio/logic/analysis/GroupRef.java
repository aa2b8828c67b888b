package org.inclusio.logic.analysis;

import io.ebean.Database;
import java.util.List;
import java.util.UUID;

/**
 * A disadvantaged group as analyses report it: identity, stable code and the region's name for it.
 *
 * @param id   the group's id
 * @param code the group's vocabulary code, e.g. {@code LOW_EDUCATION}
 * @param name the group's name as the region entered it
 */
public record GroupRef(UUID id, String code, String name) {

    /**
     * The active groups, ordered by code; only {@code onlyGroupId} when it is not null (and
     * active).
     */
    public static List<GroupRef> active(Database database, UUID onlyGroupId) {
        AnalysisQuery query = AnalysisQuery.of("select g.id, g.code, g.name from disadvantaged_group g where g.active = true");
        if (onlyGroupId != null) {
            query.append(" and g.id = :only_group").bind("only_group", onlyGroupId);
        }
        return query.append(" order by g.code").list(database, (rs, row) -> new GroupRef(
                rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name")));
    }
}
