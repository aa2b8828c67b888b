package org.inclusio.logic.team;

import java.util.List;

/**
 * The rows the team register shows and how many teams match in all.
 *
 * @param rows  at most the query's limit
 * @param total all matching teams
 */
public record TeamPage(List<TeamRow> rows, long total) {

    public TeamPage {
        rows = List.copyOf(rows);
    }
}
