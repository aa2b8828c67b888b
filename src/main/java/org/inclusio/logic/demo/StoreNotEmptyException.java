package org.inclusio.logic.demo;

import java.util.List;
import org.inclusio.logic.store.StoreCounts;

/**
 * The example region is only loaded into an empty store, so that demo records never mix with real
 * ones by accident; adding them on purpose goes through {@link DemoRegionLoader#add}.
 */
public class StoreNotEmptyException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final transient StoreCounts counts;

    public StoreNotEmptyException(StoreCounts counts) {
        super("The store already holds " + counts.activities() + " activities, " + counts.people() + " people and "
                + counts.processTeams() + " process teams; the example region is only loaded into an empty store.");
        this.counts = counts;
    }

    /** What the store held. */
    public StoreCounts counts() {
        return counts;
    }

    /** The key of the localised message in the messages bundle. */
    public String messageKey() {
        return "demo.error.storeNotEmpty";
    }

    /** The values the localised message is filled with: activities, people, process teams. */
    public List<Object> arguments() {
        return List.of(counts.activities(), counts.people(), counts.processTeams());
    }
}
