package org.inclusio.logic.report;

import io.ebean.Database;
import java.sql.Date;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.inclusio.logic.analysis.ActivityScope;
import org.inclusio.logic.analysis.AnalysisFilter;
import org.inclusio.logic.analysis.AnalysisQuery;
import org.inclusio.logic.analysis.SqlCondition;
import org.inclusio.model.GovernanceModel;
import org.inclusio.model.ProposalOutcome;

/**
 * What the report lists beside the analyses: the proposals of the activities in scope with their
 * outcomes, the organisations with their governance model, and the names of teams and organisations.
 * Reads codes and the texts people entered; never a person.
 */
final class ReportQueries {

    private final Database database;

    ReportQueries(Database database) {
        this.database = database;
    }

    /** How many proposals of the activities in the filter have each outcome. */
    Map<ProposalOutcome, Long> outcomeCounts(AnalysisFilter filter) {
        return outcomeCounts(ActivityScope.of(filter).on("a"));
    }

    /** How many proposals of the activities the condition (on alias {@code a}) selects have each outcome. */
    Map<ProposalOutcome, Long> outcomeCounts(SqlCondition activities) {
        Map<ProposalOutcome, Long> counts = new EnumMap<>(ProposalOutcome.class);
        for (ProposalOutcome outcome : ProposalOutcome.values()) {
            counts.put(outcome, 0L);
        }
        AnalysisQuery.of("select pr.outcome, count(*) as n from proposal pr join activity a on a.id = pr.activity_id"
                        + " where ").append(activities).append(" group by pr.outcome")
                .list(database, (rs, row) -> Map.entry(ProposalOutcome.valueOf(rs.getString("outcome")),
                        rs.getLong("n")))
                .forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
        return counts;
    }

    /**
     * The proposals with one outcome of the activities in the filter, most recent activity first, at most
     * {@code limit}.
     */
    List<ProposalLine> proposals(AnalysisFilter filter, ProposalOutcome outcome, int limit) {
        return proposals(ActivityScope.of(filter).on("a"), outcome, limit);
    }

    /**
     * The proposals with one outcome of the activities the condition (on alias {@code a}) selects, most
     * recent activity first, at most {@code limit}.
     */
    List<ProposalLine> proposals(SqlCondition activities, ProposalOutcome outcome, int limit) {
        return AnalysisQuery.of("select a.held_on, a.title, t.name as team_name, pr.content, pr.outcome,"
                        + " pr.outcome_on, pr.outcome_reason from proposal pr join activity a on a.id = pr.activity_id"
                        + " left join process_team t on t.id = a.team_id where pr.outcome = :report_outcome and ")
                .bind("report_outcome", outcome.name())
                .append(activities)
                .append(" order by a.held_on desc, a.title, pr.id limit " + Math.max(0, limit))
                .list(database, (rs, row) -> new ProposalLine(date(rs.getDate("held_on")), rs.getString("title"),
                        rs.getString("team_name"), rs.getString("content"),
                        ProposalOutcome.valueOf(rs.getString("outcome")), date(rs.getDate("outcome_on")),
                        rs.getString("outcome_reason")));
    }

    /** The organisations the scope covers (all, the one, or the team's), by name. */
    List<OrganisationLine> organisations(ReportScope scope) {
        AnalysisQuery query = AnalysisQuery.of("select o.name, o.governance_model, o.description from organisation o"
                + " where o.deleted = false");
        switch (scope.kind()) {
            case ORGANISATION -> query.append(" and o.id = :report_org").bind("report_org", scope.id());
            case TEAM -> query.append(" and o.id in (select t.organisation_id from process_team t where t.id = :report_team)")
                    .bind("report_team", scope.id());
            case REGION -> { }
        }
        return query.append(" order by lower(o.name), o.id").list(database, (rs, row) -> new OrganisationLine(
                rs.getString("name"), rs.getString("governance_model") == null ? null
                        : GovernanceModel.valueOf(rs.getString("governance_model")), rs.getString("description")));
    }

    /** The team (not deleted) with this id, as a scope. */
    Optional<ReportScope> team(UUID id) {
        return database.sqlQuery("select name from process_team where id = :id and deleted = false")
                .setParameter("id", id).mapToScalar(String.class).findOneOrEmpty()
                .map(name -> ReportScope.team(id, name));
    }

    /** The organisation (not deleted) with this id, as a scope. */
    Optional<ReportScope> organisation(UUID id) {
        return database.sqlQuery("select name from organisation where id = :id and deleted = false")
                .setParameter("id", id).mapToScalar(String.class).findOneOrEmpty()
                .map(name -> ReportScope.organisation(id, name));
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    /**
     * An organisation with its governance model.
     *
     * @param name        its name
     * @param model       its governance model, or null when not recorded
     * @param description what the region wrote about it, or null
     */
    record OrganisationLine(String name, GovernanceModel model, String description) {
    }
}
