package org.inclusio.logic.exchange;

import java.util.Map;
import java.util.UUID;

/**
 * How to import: as a dry run (everything checked and counted, nothing kept) or for real, with the
 * user's choices for records in conflict (by id); conflicts without a choice are left as the store has them.
 */
public record ImportOptions(boolean dryRun, Map<UUID, Resolution> resolutions) {

    public ImportOptions {
        resolutions = Map.copyOf(resolutions);
    }

    public static ImportOptions dryRunOnly() {
        return new ImportOptions(true, Map.of());
    }

    public static ImportOptions apply() {
        return new ImportOptions(false, Map.of());
    }

    public static ImportOptions apply(Map<UUID, Resolution> resolutions) {
        return new ImportOptions(false, resolutions);
    }
}
