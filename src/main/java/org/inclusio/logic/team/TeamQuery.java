package org.inclusio.logic.team;

/**
 * What the process-team register shows.
 *
 * @param text      words in the team's name; blank for all
 * @param sort      the column to sort by
 * @param ascending the sort direction
 * @param limit     how many rows at most
 */
public record TeamQuery(String text, TeamSort sort, boolean ascending, int limit) {

    /** The register's default: every team by name, the first 500. */
    public static TeamQuery all() {
        return new TeamQuery("", TeamSort.NAME, true, 500);
    }
}
