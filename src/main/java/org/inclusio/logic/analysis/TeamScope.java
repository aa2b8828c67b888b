package org.inclusio.logic.analysis;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The process teams an {@link AnalysisFilter} covers, as a SQL condition on a {@code process_team}
 * table alias: the filter's team, or the teams of its organisation, or every team.
 */
public final class TeamScope {

    private final AnalysisFilter filter;

    private TeamScope(AnalysisFilter filter) {
        this.filter = filter;
    }

    public static TeamScope of(AnalysisFilter filter) {
        return new TeamScope(filter);
    }

    /** The teams of the filter that are not deleted, as a condition on alias {@code t}. */
    public SqlCondition on(String t) {
        return new SqlCondition(t + ".deleted = false", Map.of()).and(matching(t));
    }

    /** The teams the filter's team and organisation select, deleted or not. */
    public SqlCondition matching(String t) {
        StringBuilder sql = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (filter.teamId() != null) {
            sql.append(" and ").append(t).append(".id = :scope_team");
            parameters.put("scope_team", filter.teamId());
        }
        if (filter.organisationId() != null) {
            sql.append(" and ").append(t).append(".organisation_id = :scope_org");
            parameters.put("scope_org", filter.organisationId());
        }
        return new SqlCondition(sql.toString(), parameters);
    }
}
