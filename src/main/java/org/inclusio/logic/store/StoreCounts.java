package org.inclusio.logic.store;

/**
 * How much a store holds, soft-deleted records left out: what the start screen and the
 * store-information dialog show, and what tells a first run (an empty store) from later ones.
 */
public record StoreCounts(
        long organisations,
        long processTeams,
        long people,
        long activities,
        long participations,
        long proposals,
        long exclusionFlags) {

    /** A store with no activities, people or process teams: nothing recorded yet. */
    public boolean isEmpty() {
        return activities == 0 && people == 0 && processTeams == 0;
    }
}
