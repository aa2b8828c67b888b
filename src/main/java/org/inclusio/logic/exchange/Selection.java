package org.inclusio.logic.exchange;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What an export contains: the whole store, one process team, the activities of a period or one
 * activity (a workshop). A partial selection carries everything its activities need: their
 * participations, proposals and flags, the people, teams and organisations they refer to with
 * those people's consents and memberships, and every vocabulary entry.
 *
 * @param scope which of the four
 * @param team  the team (TEAM)
 * @param from  the first day (PERIOD)
 * @param to    the last day (PERIOD)
 * @param activity the activity (ACTIVITY)
 */
public record Selection(Scope scope, UUID team, LocalDate from, LocalDate to, UUID activity) {

    /** The four kinds of selection. */
    public enum Scope { ALL, TEAM, PERIOD, ACTIVITY }

    public Selection {
        Objects.requireNonNull(scope, "scope");
        if (scope == Scope.PERIOD && (from == null || to == null || to.isBefore(from))) {
            throw new IllegalArgumentException("a period needs a first and a last day, in that order");
        }
    }

    public static Selection all() {
        return new Selection(Scope.ALL, null, null, null, null);
    }

    public static Selection team(UUID team) {
        return new Selection(Scope.TEAM, Objects.requireNonNull(team), null, null, null);
    }

    public static Selection period(LocalDate from, LocalDate to) {
        return new Selection(Scope.PERIOD, null, from, to, null);
    }

    public static Selection activity(UUID activity) {
        return new Selection(Scope.ACTIVITY, null, null, null, Objects.requireNonNull(activity));
    }

    /**
     * The SQL condition over a kind's table that picks its rows, or null when the kind is not part
     * of the selection. Values come from typed fields (UUID, LocalDate), never from free text.
     */
    String condition(RecordKind kind) {
        if (scope == Scope.ALL) {
            return "1 = 1";
        }
        String activities = "select id from activity where " + activityCondition();
        String teams = "select team_id from activity where team_id is not null and " + activityCondition()
                + (scope == Scope.TEAM ? " union select '" + team + "'" : "");
        String people = "select person_id from participation where activity_id in (" + activities + ")"
                + " union select proposer_id from proposal where proposer_id is not null and activity_id in ("
                + activities + ") union select person_id from team_membership where team_id in (" + teams + ")";
        return switch (kind) {
            case DISADVANTAGED_GROUP, BARRIER, ACCOMMODATION -> "1 = 1";
            case ORGANISATION -> "id in (select organisation_id from activity where " + activityCondition()
                    + " union select organisation_id from process_team where id in (" + teams + "))";
            case PROCESS_TEAM -> "id in (" + teams + ")";
            case PERSON -> "id in (" + people + ")";
            case PERSON_IDENTITY, CONSENT, GROUP_MEMBERSHIP -> "person_id in (" + people + ")";
            case TEAM_MEMBERSHIP, REFERENCE_SHARE -> "team_id in (" + teams + ")";
            case ACTIVITY -> "id in (" + activities + ")";
            case PARTICIPATION, PROPOSAL -> "activity_id in (" + activities + ")";
            case EXCLUSION_FLAG -> "(activity_id in (" + activities + ") or team_id in (" + teams + "))"
                    + " and (activity_id is null or activity_id in (" + activities + "))"
                    + " and (team_id is null or team_id in (" + teams + "))";
            case RULE_PARAMETER -> null;
        };
    }

    /** What is selected, for the exchange log and the file's header: "ALL", "TEAM id", "PERIOD from to", "ACTIVITY id". */
    String label() {
        return switch (scope) {
            case ALL -> "ALL";
            case TEAM -> "TEAM " + team;
            case PERIOD -> "PERIOD " + from + " " + to;
            case ACTIVITY -> "ACTIVITY " + activity;
        };
    }

    /**
     * The selection a {@link #label()} names, or empty when the label is blank or not one this version
     * writes (a file from a later version, a damaged log entry).
     */
    static Optional<Selection> ofLabel(String label) {
        if (label == null || label.isBlank()) {
            return Optional.empty();
        }
        String[] parts = label.strip().split(" ");
        try {
            return Optional.ofNullable(switch (parts[0]) {
                case "ALL" -> parts.length == 1 ? all() : null;
                case "TEAM" -> parts.length == 2 ? team(UUID.fromString(parts[1])) : null;
                case "PERIOD" -> parts.length == 3 ? period(LocalDate.parse(parts[1]), LocalDate.parse(parts[2])) : null;
                case "ACTIVITY" -> parts.length == 2 ? activity(UUID.fromString(parts[1])) : null;
                default -> null;
            });
        } catch (IllegalArgumentException | DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }

    private String activityCondition() {
        return switch (scope) {
            case ALL -> "1 = 1";
            case TEAM -> "team_id = '" + team + "'";
            case PERIOD -> "held_on between date '" + from + "' and date '" + to + "'";
            case ACTIVITY -> "id = '" + activity + "'";
        };
    }
}
