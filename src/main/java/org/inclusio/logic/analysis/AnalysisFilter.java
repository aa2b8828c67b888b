package org.inclusio.logic.analysis;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What an analysis looks at: a period of activity dates and, optionally, one process team, one
 * organisation and one disadvantaged group. Every component may be null, meaning "no restriction".
 *
 * <p>The period is inclusive at both ends and applies to {@code Activity.heldOn}. The team and
 * organisation restrict the activities (an activity belongs to an organisation directly or through
 * its team) and the teams the team-level rules look at. What the group restricts is stated by each
 * analysis: the mode x level matrix keeps only activities a member of the group attended; the
 * representation, funnel and group-bound rules report only that group.
 *
 * @param from           first day of the period, or null for no lower bound
 * @param to             last day of the period, or null for no upper bound
 * @param teamId         the process team, or null for all teams
 * @param organisationId the organisation, or null for all organisations
 * @param groupId        the disadvantaged group, or null for all groups
 */
public record AnalysisFilter(LocalDate from, LocalDate to, UUID teamId, UUID organisationId, UUID groupId) {

    public AnalysisFilter {
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("period starts after it ends: " + from + " > " + to);
        }
    }

    /** No restriction at all: every activity, team and group in the store. */
    public static AnalysisFilter all() {
        return new AnalysisFilter(null, null, null, null, null);
    }

    public AnalysisFilter withPeriod(LocalDate newFrom, LocalDate newTo) {
        return new AnalysisFilter(newFrom, newTo, teamId, organisationId, groupId);
    }

    public AnalysisFilter withTeam(UUID newTeamId) {
        return new AnalysisFilter(from, to, newTeamId, organisationId, groupId);
    }

    public AnalysisFilter withOrganisation(UUID newOrganisationId) {
        return new AnalysisFilter(from, to, teamId, newOrganisationId, groupId);
    }

    public AnalysisFilter withGroup(UUID newGroupId) {
        return new AnalysisFilter(from, to, teamId, organisationId, newGroupId);
    }
}
