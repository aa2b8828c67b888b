package org.inclusio.logic.analysis;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The activities an {@link AnalysisFilter} covers, as a SQL condition on an {@code activity} table
 * alias: not soft-deleted, not of a soft-deleted team, held within the period, of the team, and of
 * the organisation (directly or through the activity's team). The group of the filter is not part
 * of this condition; each analysis applies it in its own way.
 */
public final class ActivityScope {

    private final AnalysisFilter filter;

    private ActivityScope(AnalysisFilter filter) {
        this.filter = filter;
    }

    public static ActivityScope of(AnalysisFilter filter) {
        return new ActivityScope(filter);
    }

    public AnalysisFilter filter() {
        return filter;
    }

    /** The activities of the filter that are not deleted, as a condition on alias {@code a}. */
    public SqlCondition on(String a) {
        // the deleted teams are looked up once, not once per activity as a correlated subquery would be
        String live = a + ".deleted = false and (" + a + ".team_id is null or " + a + ".team_id not in"
                + " (select deleted_team.id from process_team deleted_team where deleted_team.deleted = true))";
        return new SqlCondition(live, Map.of()).and(matching(a));
    }

    /**
     * The activities the filter's period, team and organisation select, deleted or not: used to
     * decide which stored flags a detection run is responsible for.
     */
    public SqlCondition matching(String a) {
        StringBuilder sql = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (filter.from() != null) {
            sql.append(" and ").append(a).append(".held_on >= :scope_from");
            parameters.put("scope_from", filter.from());
        }
        if (filter.to() != null) {
            sql.append(" and ").append(a).append(".held_on <= :scope_to");
            parameters.put("scope_to", filter.to());
        }
        if (filter.teamId() != null) {
            sql.append(" and ").append(a).append(".team_id = :scope_team");
            parameters.put("scope_team", filter.teamId());
        }
        if (filter.organisationId() != null) {
            sql.append(" and (").append(a).append(".organisation_id = :scope_org or exists (select 1 from")
                    .append(" process_team org_team where org_team.id = ").append(a)
                    .append(".team_id and org_team.organisation_id = :scope_org))");
            parameters.put("scope_org", filter.organisationId());
        }
        return new SqlCondition(sql.toString(), parameters);
    }
}
