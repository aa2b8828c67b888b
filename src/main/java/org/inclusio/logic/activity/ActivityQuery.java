package org.inclusio.logic.activity;

import java.time.LocalDate;
import java.util.UUID;
import org.inclusio.model.Level;
import org.inclusio.model.Mode;

/**
 * What the activity register shows: a free-text search and filters, a sort order, and at most
 * {@code limit} rows (the register says how many more there are).
 *
 * @param text          words in the title, place or purpose; blank for all
 * @param from          first day of the period, or null
 * @param to            last day of the period, or null
 * @param mode          only this mode, or null
 * @param level         only this level, or null
 * @param teamId        only this process team, or null
 * @param organisationId only this organisation, or null
 * @param groupId       a disadvantaged group, or null
 * @param groupPresent  with {@code groupId}: true for activities a member of the group attended,
 *                      false for those none attended
 * @param openFlagsOnly only activities with open exclusion flags
 * @param sort          the column to sort by
 * @param ascending     the sort direction
 * @param limit         how many rows at most
 */
public record ActivityQuery(String text, LocalDate from, LocalDate to, Mode mode, Level level, UUID teamId,
                            UUID organisationId, UUID groupId, boolean groupPresent, boolean openFlagsOnly,
                            ActivitySort sort, boolean ascending, int limit) {

    /** The register's default: everything, newest first, the first 500 rows. */
    public static ActivityQuery all() {
        return new ActivityQuery("", null, null, null, null, null, null, null, true, false,
                ActivitySort.DATE, false, 500);
    }

    /** The same query sorted differently. */
    public ActivityQuery withSort(ActivitySort newSort, boolean newAscending) {
        return new ActivityQuery(text, from, to, mode, level, teamId, organisationId, groupId, groupPresent,
                openFlagsOnly, newSort, newAscending, limit);
    }
}
