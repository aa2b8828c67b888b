package org.inclusio.logic.analysis.rules.builtin;

import org.inclusio.persistence.analytics.AggregateReader;
import io.ebean.Database;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.inclusio.logic.analysis.AnalysisQuery;
import org.inclusio.logic.analysis.AnalysisSql;
import org.inclusio.logic.analysis.SqlCondition;
import org.inclusio.logic.analysis.rules.Explanation;
import org.inclusio.logic.analysis.rules.RuleContext;
import org.inclusio.logic.store.Vocabulary;

/** Queries shared by the built-in rules: record ids grouped by what they belong to, and team seats. */
final class Evidence {

    private Evidence() {
    }

    /**
     * Runs a query selecting {@code key_id} and {@code record_id} and groups the record ids by key,
     * keeping the database's order.
     */
    static Map<UUID, List<UUID>> grouped(AggregateReader database, AnalysisQuery query) {
        Map<UUID, List<UUID>> grouped = new LinkedHashMap<>();
        query.list(database, (rs, row) -> new UUID[] {rs.getObject("key_id", UUID.class),
                        rs.getObject("record_id", UUID.class)})
                .forEach(pair -> grouped.computeIfAbsent(pair[0], k -> new ArrayList<>()).add(pair[1]));
        return grouped;
    }

    /**
     * The active disadvantaged groups (only {@code onlyGroupId} when it is not null), each as an
     * explanation quotes it: a built-in group by its code, a region's own group by its name.
     */
    static Map<UUID, Explanation.Entry> groups(Database database, UUID onlyGroupId) {
        AnalysisQuery query = AnalysisQuery.of(
                "select g.id, g.code, g.built_in, g.name from disadvantaged_group g where g.active = true");
        if (onlyGroupId != null) {
            query.append(" and g.id = :only_group").bind("only_group", onlyGroupId);
        }
        Map<UUID, Explanation.Entry> groups = new LinkedHashMap<>();
        query.append(" order by g.code").list(database, (rs, row) -> Map.entry(rs.getObject("id", UUID.class),
                        new Explanation.Entry(Vocabulary.GROUPS.key(), rs.getString("code"), rs.getBoolean("built_in"),
                                blankToNull(rs.getString("name")))))
                .forEach(entry -> groups.put(entry.getKey(), entry.getValue()));
        return groups;
    }

    /** A stored name, or null when there is none (a built-in entry named by the program). */
    static String blankToNull(String name) {
        return name == null || name.isBlank() ? null : name;
    }

    /**
     * The lay seats ({@code team_membership} ids) per team of the filter within the membership window,
     * optionally narrowed by a further condition on {@code tm} or {@code p}.
     */
    static Map<UUID, List<UUID>> laySeats(RuleContext context, SqlCondition narrower) {
        AnalysisQuery query = AnalysisQuery.of("select tm.team_id as key_id, tm.id as record_id"
                        + " from team_membership tm join process_team t on t.id = tm.team_id"
                        + " join person p on p.id = tm.person_id where " + AnalysisSql.lay("p"))
                .and(context.teams().on("t")).and(context.window().on("tm"));
        if (narrower != null) {
            query.and(narrower);
        }
        return grouped(context.aggregates(), query.append(" order by tm.team_id, tm.id"));
    }
}
