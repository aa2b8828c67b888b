package org.inclusio.logic.common;

import io.ebean.Database;
import java.util.List;
import java.util.UUID;

/** Pick lists of teams, organisations and the region's vocabularies, read with small queries. */
public final class ChoiceService {

    private final Database db;

    public ChoiceService(Database db) {
        this.db = db;
    }

    public List<Choice> teams() {
        return list("select id, name from process_team where deleted = false order by lower(name)");
    }

    public List<Choice> organisations() {
        return list("select id, name from organisation where deleted = false order by lower(name)");
    }

    /** Active disadvantaged groups. */
    public List<Choice> groups() {
        return list("select id, name from disadvantaged_group where active = true order by lower(name)");
    }

    /** Active barriers. */
    public List<Choice> barriers() {
        return list("select id, name from barrier where active = true order by lower(name)");
    }

    /** Active accommodations. */
    public List<Choice> accommodations() {
        return list("select id, name from accommodation where active = true order by lower(name)");
    }

    private List<Choice> list(String sql) {
        return db.sqlQuery(sql)
                .mapTo((row, n) -> new Choice(row.getObject(1, UUID.class), row.getString(2)))
                .findList();
    }
}
