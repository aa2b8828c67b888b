package org.inclusio.logic.person;

import java.util.List;

/**
 * The rows the people register shows and how many people match in all.
 *
 * @param rows  at most the query's limit
 * @param total all matching people
 */
public record PersonPage(List<PersonRow> rows, long total) {
}
