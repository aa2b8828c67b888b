package org.inclusio.logic.activity;

import java.util.List;

/**
 * The rows the register shows and how many activities match in all.
 *
 * @param rows  at most the query's limit
 * @param total all matching activities
 */
public record ActivityPage(List<ActivityRow> rows, long total) {
}
