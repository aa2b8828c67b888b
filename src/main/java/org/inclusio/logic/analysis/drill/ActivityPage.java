package org.inclusio.logic.analysis.drill;

import java.util.List;

/**
 * The activities behind a row of figures: at most {@link RowActivities#LIMIT} of them, oldest first,
 * with how many there are in all; or hidden, because so few people are behind them that the list
 * could single someone out.
 *
 * @param activities the activities listed; empty when hidden
 * @param total      how many activities there are in all; 0 when hidden
 * @param hidden     whether the list is withheld by small-count suppression
 */
public record ActivityPage(List<ActivityRef> activities, long total, boolean hidden) {

    public ActivityPage {
        activities = List.copyOf(activities);
    }

    public static ActivityPage withheld() {
        return new ActivityPage(List.of(), 0, true);
    }
}
