package org.inclusio.logic.store;

/**
 * The records of the three registers a user sees in the status bar, soft-deleted ones left out:
 * what tells a first run (an empty store) from later ones. Cheaper than {@link StoreCounts}, which
 * also counts participations and proposals.
 */
public record RegisterCounts(long processTeams, long people, long activities) {

    /** A store with no activities, people or process teams: nothing recorded yet. */
    public boolean isEmpty() {
        return activities == 0 && people == 0 && processTeams == 0;
    }
}
